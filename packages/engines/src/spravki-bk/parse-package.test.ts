import { describe, expect, it } from 'vitest';
import { decodePackageBytes } from './decode.js';
import { FIXTURE_NAMES, readExpected, readFixture } from './fixtures.test-helper.js';
import { parseSpravkiBk, parseSpravkiBkXml, SpravkiBkParseError } from './parse-package.js';

const ROLE_RAW = { self: 'НаСебя', spouse: 'НаСупругаИлиСупругу', minor_child: 'НаНесовершеннолетнегоРебенка' };

describe('parseSpravkiBk on the synthetic fixtures', () => {
  const expected = readExpected();

  for (const name of FIXTURE_NAMES) {
    it(`${name} parses to expected.json`, () => {
      const pkg = parseSpravkiBk(readFixture(name));
      const persons = pkg.persons.map((p) => ({
        role: ROLE_RAW[p.role],
        last_name: p.lastName,
        first_name: p.firstName,
        middle_name: p.middleName,
        birth_date: p.birthDate,
        income_total: p.incomeTotal,
        real_estate: p.realEstate.length,
        vehicles: p.vehicles.length,
        accounts: p.accounts.length,
        balance_total: Math.round(p.accounts.reduce((s, a) => s + (a.balance ?? 0), 0) * 100) / 100,
      }));
      expect(persons).toEqual(expected[name]);
      expect(pkg.warnings).toEqual([]);
      expect(pkg.persons.every((p) => Object.keys(p.unknown).length === 0)).toBe(true);
    });
  }

  it('reads the container format and the encoding it found', () => {
    const xsb = parseSpravkiBk(readFixture('001'));
    expect([xsb.format, xsb.encoding, xsb.packageVersion, xsb.program]).toEqual([
      'xsb',
      'utf-32le',
      '1.4',
      '2.5.5.2275',
    ]);
    const xml = parseSpravkiBk(readFixture('005-plain-utf16'));
    expect([xml.format, xml.encoding]).toEqual(['xml', 'utf-16le']);
  });

  it('reads the title, personal data and items of the first form', () => {
    const [self, spouse, child] = parseSpravkiBk(readFixture('001')).persons;
    expect(self).toMatchObject({
      role: 'self',
      gender: 'female',
      reportingPeriod: { start: '2024-01-01', end: '2024-12-31' },
      reportDate: '2024-12-31',
      signedAt: '2025-03-22',
      isClarifying: false,
      filingBasis: 'ВРамкахДекларационнойКомпании',
      workplace: { organisation: 'Администрация Кемеровского муниципального округа', position: 'главный специалист' },
      registration: { city: 'Кемерово', street: 'ул. Весенняя', house: '1', flat: '63' },
    });
    expect(self.incomes.map((i) => [i.line, i.kind, i.amount])).toEqual([
      [1, 'main_work', 555133.28],
      [2, 'teaching_science', 0],
      [3, 'creative', 20966.69],
      [4, 'deposits', 0],
      [5, 'securities', 44610.22],
      [6, 'other', 0],
    ]);
    expect(self.realEstate[0]).toMatchObject({
      kind: 'apartment',
      ownership: 'individual',
      share: '1/3',
      area: 57.8,
      basis: 'Договор купли-продажи',
    });
    // The program's internal account identifier is not data of the form: it must not leak into `extra`.
    expect(self.accounts[0]).toEqual({
      bank: 'ПАО Сбербанк',
      type: 'Текущий',
      currency: 'Рубль',
      openedAt: '2024-07-13',
      balance: 94936.24,
      inflow: null,
      inflowWithinIncome: null,
      statementDate: null,
      explanation: null,
      country: null,
      isForeign: false,
    });
    expect(spouse.declarant).toEqual({
      lastName: 'Рябова',
      firstName: 'Юлия',
      middleName: 'Ивановна',
      birthDate: '1986-05-18',
    });
    expect(spouse).toMatchObject({
      role: 'spouse',
      lastName: 'Рябов',
      workplace: { organisation: 'ООО «Кузбассэнерго»' },
    });
    expect(child).toMatchObject({ role: 'minor_child', identity: { documentType: 'СвидетельствоОРождении' } });
  });

  it('gives the same content hash to the same package in any container', () => {
    const xml = decodePackageBytes(readFixture('002')).xml;
    const fromXsb = parseSpravkiBk(readFixture('002'));
    const fromUtf8 = parseSpravkiBk(Buffer.from(xml, 'utf8'));
    expect(fromUtf8.contentHash).toBe(fromXsb.contentHash);
    expect(fromXsb.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(parseSpravkiBk(readFixture('003')).contentHash).not.toBe(fromXsb.contentHash);
  });
});

describe('parseSpravkiBkXml: clarifying packages and unknown elements', () => {
  const base = decodePackageBytes(readFixture('004')).xml;

  it('detects a clarifying package (Уточнение = Да)', () => {
    const clarifying = base.replace('<Атрибут Имя="Уточнение">Нет</Атрибут>', '<Атрибут Имя="Уточнение">Да</Атрибут>');
    const pkg = parseSpravkiBkXml(clarifying);
    expect(pkg.isClarifying).toBe(true);
    expect(pkg.persons.map((p) => p.isClarifying)).toEqual([true, false]);
    expect(parseSpravkiBkXml(base).isClarifying).toBe(false);
  });

  it('keeps unknown sections and fields raw and still reads the rest', () => {
    const extended = base
      .replace(
        '<Атрибут Имя="Доходы">',
        '<Атрибут Имя="НовыйРаздел2030"><Запись><Атрибут Имя="Поле">значение</Атрибут></Запись></Атрибут>' +
          '<Атрибут Имя="НовыйФлаг">Да</Атрибут><Атрибут Имя="Доходы">',
      )
      .replace(
        '<Атрибут Имя="ВидДохода">ДоходПоОсновномуМестуРаботы</Атрибут>',
        '<Атрибут Имя="ВидДохода">ДоходПоОсновномуМестуРаботы</Атрибут><Атрибут Имя="НовоеПоле">42</Атрибут>',
      );
    const pkg = parseSpravkiBkXml(extended);
    const self = pkg.persons[0];
    expect(self.unknown.НовыйФлаг).toBe('Да');
    expect(self.unknown.НовыйРаздел2030).toEqual({
      tag: 'Атрибут',
      name: 'НовыйРаздел2030',
      children: [{ tag: 'Запись', children: [{ tag: 'Атрибут', name: 'Поле', text: 'значение' }] }],
    });
    expect(self.incomes[0].extra).toEqual({ НовоеПоле: '42' });
    expect(self.incomeTotal).toBe(parseSpravkiBkXml(base).persons[0].incomeTotal);
  });

  it('reports an unreadable amount with its place and reads it as null', () => {
    const broken = base.replace(/(<Атрибут Имя="ВеличинаДохода" Печать="Да">)[^<]+/, '$1двадцать');
    const pkg = parseSpravkiBkXml(broken);
    expect(pkg.persons[0].incomes[0].amount).toBeNull();
    expect(pkg.warnings).toHaveLength(1);
    expect(pkg.warnings[0]).toMatchObject({
      path: 'Справка 1 / Доходы / Доход 1 / ВеличинаДохода',
      line: 1,
      message: 'не число: «двадцать»',
    });
    expect(pkg.warnings[0].column).toBeGreaterThan(1);
  });

  it('fails with line and column on malformed XML', () => {
    const truncated = `${base.slice(0, base.indexOf('<Атрибут Имя="Доходы">'))}\n<Лишний></Другой>`;
    expect(() => parseSpravkiBkXml(truncated)).toThrow(SpravkiBkParseError);
    try {
      parseSpravkiBkXml(truncated);
    } catch (err) {
      expect((err as SpravkiBkParseError).line).toBe(2);
      expect((err as SpravkiBkParseError).message).toMatch(/строка 2, столбец 9: закрывающий тег <\/Другой>/);
    }
  });

  it('fails on XML that holds no form', () => {
    expect(() => parseSpravkiBkXml('<?xml version="1.0"?><Документ/>')).toThrow(/нет ни одной справки/);
  });
});
