import { describe, expect, it } from 'vitest';
import { buildAccount, buildRealEstate, buildRealEstateInUse, buildShareholding } from '../../spravki-bk/build.js';
import { child, findingsOf, self, spouse } from '../analysis.test-helper.js';
import type { HrFamilyMember } from '../types.js';

describe('IN_USE_FROM_NON_RELATIVE', () => {
  const flat = (fields: Parameters<typeof buildRealEstateInUse>[0]) =>
    buildRealEstateInUse({
      typeRaw: 'Квартира',
      area: 63.2,
      useKind: 'Безвозмездное пользование',
      basis: 'Фактическое предоставление',
      ...fields,
    });

  it('flags a flat provided by an outsider (medium) or by a counterparty (high)', () => {
    const outsider = flat({
      providerType: 'ФизическоеЛицо',
      providerName: 'Петров Пётр Петрович',
      providerBirthDate: '1960-02-02',
    });
    const firm = flat({ providerType: 'ЮридическоеЛицо', providerName: 'ООО «Дорстрой»', providerInn: '4205000000' });
    const found = findingsOf('IN_USE_FROM_NON_RELATIVE', {
      current: {
        year: 2024,
        persons: [self(2024, { realEstateInUse: [outsider] }), spouse(2024, { realEstateInUse: [firm] })],
      },
      context: { counterpartyInns: ['4205000000'] },
    });
    expect(found.map((f) => [f.personRole, f.severity])).toEqual([
      ['self', 'medium'],
      ['spouse', 'high'],
    ]);
    expect(found[0].evidence[1]).toEqual({
      label: 'Предоставившая сторона',
      value: 'ФизическоеЛицо, Петров Пётр Петрович, дата рождения 1960-02-02',
      source: 'раздел 6.1',
    });
  });

  it('does not flag a flat of the spouse, of a relative from HR data, or municipal housing', () => {
    const ofSpouse = flat({ providerName: 'Рябов Фёдор Сергеевич' });
    const ofMother = flat({ providerName: 'Иванова Мария Петровна' });
    const municipal = flat({ providerType: 'Муниципальное образование', basis: 'Договор социального найма' });
    const mother: HrFamilyMember = {
      relation: 'mother',
      lastName: 'Иванова',
      firstName: 'Мария',
      middleName: 'Петровна',
      birthDate: '1958-01-01',
    };
    expect(
      findingsOf('IN_USE_FROM_NON_RELATIVE', {
        current: {
          year: 2024,
          persons: [self(2024, { realEstateInUse: [ofSpouse, ofMother, municipal] }), spouse(2024)],
        },
        context: { hrFamily: [mother] },
      }),
    ).toEqual([]);
  });
});

describe('FOREIGN_ASSETS', () => {
  it('flags a foreign account (high) and foreign real estate (medium)', () => {
    const found = findingsOf('FOREIGN_ASSETS', {
      current: {
        year: 2024,
        persons: [
          self(2024, { accounts: [buildAccount({ bank: 'Bank of Cyprus', country: 'Кипр', balance: 10_000 })] }),
          spouse(2024, { realEstate: [buildRealEstate({ typeRaw: 'Квартира', area: 50, country: 'Турция' })] }),
        ],
      },
    });
    expect(found.map((f) => [f.personRole, f.severity, f.evidence[0].source])).toEqual([
      ['self', 'high', 'раздел 4'],
      ['spouse', 'medium', 'раздел 3.1'],
    ]);
  });

  it('does not flag Russian assets or foreign currency in a Russian bank', () => {
    const persons = [
      self(2024, {
        accounts: [buildAccount({ bank: 'ПАО Сбербанк', currency: 'Доллар США', country: 'Российская Федерация' })],
        shareholdings: [buildShareholding({ name: 'АО «Кузбассразрезуголь»', country: 'Россия' })],
      }),
    ];
    expect(findingsOf('FOREIGN_ASSETS', { current: { year: 2024, persons } })).toEqual([]);
  });
});

describe('HR_FAMILY_NO_DECLARATION and DECLARATION_NOT_IN_HR', () => {
  const hr: HrFamilyMember[] = [
    { relation: 'spouse', lastName: 'Рябов', firstName: 'Фёдор', middleName: 'Сергеевич', birthDate: '1982-11-09' },
    { relation: 'child', lastName: 'Рябов', firstName: 'Илья', middleName: 'Фёдорович', birthDate: '2014-09-25' },
    { relation: 'child', lastName: 'Рябова', firstName: 'Анна', middleName: 'Фёдоровна', birthDate: '2017-03-28' },
    { relation: 'child', lastName: 'Рябова', firstName: 'Ольга', middleName: 'Фёдоровна', birthDate: '2004-01-15' },
    { relation: 'mother', lastName: 'Иванова', firstName: 'Мария', birthDate: '1958-01-01' },
  ];

  it('flags a minor child from HR data without a form (high), not an adult child or the mother', () => {
    const found = findingsOf('HR_FAMILY_NO_DECLARATION', {
      current: { year: 2024, persons: [self(2024), spouse(2024), child(2024)] },
      context: { hrFamily: hr },
    });
    expect(found.map((f) => [f.severity, f.personRole, f.personName])).toEqual([
      ['high', 'minor_child', 'Рябова Анна Фёдоровна'],
    ]);
  });

  it('is silent when every member has a form, or when HR data is not given', () => {
    const anna = child(2024, {
      lastName: 'Рябова',
      firstName: 'Анна',
      middleName: 'Фёдоровна',
      birthDate: '2017-03-28',
    });
    const persons = [self(2024), spouse(2024), child(2024), anna];
    expect(
      findingsOf('HR_FAMILY_NO_DECLARATION', { current: { year: 2024, persons }, context: { hrFamily: hr } }),
    ).toEqual([]);
    expect(findingsOf('HR_FAMILY_NO_DECLARATION', { current: { year: 2024, persons: [self(2024)] } })).toEqual([]);
  });

  it('flags a form about a family member HR does not know (low)', () => {
    const stranger = child(2024, {
      lastName: 'Рябова',
      firstName: 'Вера',
      middleName: 'Фёдоровна',
      birthDate: '2019-06-27',
    });
    const found = findingsOf('DECLARATION_NOT_IN_HR', {
      current: { year: 2024, persons: [self(2024), spouse(2024), child(2024), stranger] },
      context: { hrFamily: hr },
    });
    expect(found.map((f) => [f.severity, f.personName])).toEqual([['low', 'Рябова Вера Фёдоровна']]);
    expect(findingsOf('DECLARATION_NOT_IN_HR', { current: { year: 2024, persons: [self(2024), stranger] } })).toEqual(
      [],
    );
  });
});
