import { describe, expect, it } from 'vitest';
import { matchAffiliation } from './match';
import { withInnCheckDigits } from './normalise/inn';
import type { CounterpartyRow, Link, StaffPerson } from './types';

// Valid personal ИНН of the Kemerovo oblast (region code 42) built with real check digits.
const INN_IVANOV = withInnCheckDigits('4205123456');
const INN_OTHER = withInnCheckDigits('4205123457');
const INN_SIDOROVA = withInnCheckDigits('4217654321');

const ivanov: StaffPerson = {
  id: 's1',
  employeeId: 'e1',
  relation: 'self',
  lastName: 'Иванов',
  firstName: 'Сергей',
  middleName: 'Петрович',
  birthDate: '14.03.1975',
  inn: INN_IVANOV,
  phones: ['+7 (923) 456-78-90'],
  emails: ['s.ivanov@ya.ru'],
  addresses: ['г. Кемерово, ул. Ленина, д. 5, кв. 12'],
};
// the employee's wife: Сидорова before marriage, with her own ИНН
const wife: StaffPerson = {
  id: 's2',
  employeeId: 'e1',
  relation: 'spouse',
  lastName: 'Иванова',
  firstName: 'Мария',
  middleName: 'Сергеевна',
  birthDate: '1978-07-01',
  inn: INN_SIDOROVA,
  phones: ['8 (3842) 45-67-89'],
  addresses: ['г. Кемерово, ул. Ленина, д. 5, кв. 12'],
};
const staff = [ivanov, wife];

const company = { companyInn: '7707083893', companyName: 'ООО «Ромашка»' };
const row = (id: string, r: Partial<CounterpartyRow>): CounterpartyRow => ({ id, ...company, role: 'director', ...r });

function linkOf(cp: CounterpartyRow, people: StaffPerson[] = staff, staffId = 's1'): Link | undefined {
  return matchAffiliation(people, [cp], { minScore: 0 }).find((l) => l.staffId === staffId);
}
const scoreOf = (cp: CounterpartyRow, people?: StaffPerson[], staffId?: string) =>
  linkOf(cp, people, staffId)?.score ?? 0;

describe('same person', () => {
  it('claims a director with the same ИНН written «ИВАНОВ С.П.»', () => {
    const l = linkOf(row('c1', { lastName: 'ИВАНОВ С.П.', inn: INN_IVANOV }));
    expect(l?.score).toBeGreaterThanOrEqual(0.95);
    expect(l?.evidence.basis).toBe('same-person');
    expect(l?.evidence.fields).toContainEqual(
      expect.objectContaining({ field: 'inn', how: 'exact', outcome: 'agree' }),
    );
    expect(l?.evidence.fields).toContainEqual(expect.objectContaining({ field: 'first_name', how: 'initial' }));
  });

  it('claims the name in the other order and initials before the surname', () => {
    expect(scoreOf(row('c1', { lastName: 'Сергей Петрович Иванов', inn: INN_IVANOV }))).toBeGreaterThanOrEqual(0.9);
    expect(scoreOf(row('c1', { lastName: 'С. П. Иванов', birthDate: '1975-03-14' }))).toBeGreaterThanOrEqual(0.5);
  });

  it('claims a married woman under her maiden name when the ИНН agrees', () => {
    const l = linkOf(
      row('c1', {
        role: 'founder',
        lastName: 'Сидорова',
        firstName: 'Мария',
        middleName: 'Сергеевна',
        inn: INN_SIDOROVA,
      }),
      staff,
      's2',
    );
    expect(l?.score).toBeGreaterThanOrEqual(0.5);
    expect(l?.evidence.fields).toContainEqual(expect.objectContaining({ field: 'last_name', outcome: 'disagree' }));
  });

  it('uses a former surname given in brackets («Иванова (урожд. Сидорова)»)', () => {
    const withFormer: StaffPerson = { ...wife, lastName: 'Иванова (урожд. Сидорова)', inn: undefined };
    const l = linkOf(
      row('c1', { lastName: 'СИДОРОВА', firstName: 'МАРИЯ', middleName: 'СЕРГЕЕВНА', birthDate: '01.07.1978' }),
      [ivanov, withFormer],
      's2',
    );
    expect(l?.score).toBeGreaterThanOrEqual(0.5);
    expect(l?.evidence.fields).toContainEqual(
      expect.objectContaining({ field: 'last_name', how: 'normalised', note: 'staff former surname Сидорова' }),
    );
  });

  it('claims a married woman by birth date and the household phone, without ИНН', () => {
    const cp = row('c1', {
      lastName: 'СИДОРОВА',
      firstName: 'МАРИЯ',
      middleName: 'СЕРГЕЕВНА',
      birthDate: '01.07.1978',
      phones: ['83842456789'],
    });
    expect(scoreOf(cp, staff, 's2')).toBeGreaterThanOrEqual(0.5);
  });

  it('claims the other gender form of one surname (Иванова written for Иванов) with the birth date', () => {
    const l = linkOf(
      row('c1', { lastName: 'Иванова', firstName: 'Сергей', middleName: 'Петрович', birthDate: '1975-03-14' }),
    );
    expect(l?.score).toBeGreaterThanOrEqual(0.5);
    expect(l?.evidence.fields).toContainEqual(expect.objectContaining({ field: 'last_name', how: 'gender-form' }));
  });

  it('does not take -енко, -их, -ых surnames for gender forms: they are one word for both', () => {
    const shevchenko: StaffPerson = {
      id: 's9',
      lastName: 'Шевченко',
      firstName: 'Анна',
      middleName: 'Петровна',
      birthDate: '1990-02-02',
    };
    const l = linkOf(
      row('c1', { lastName: 'ШЕВЧЕНКО', firstName: 'АННА', middleName: 'ПЕТРОВНА', birthDate: '02.02.1990' }),
      [shevchenko],
      's9',
    );
    expect(l?.evidence.fields).toContainEqual(expect.objectContaining({ field: 'last_name', how: 'normalised' }));
    expect(l?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('claims a Latin passport spelling (ICAO) and a GOST 7.79 spelling', () => {
    const icao = linkOf(
      row('c1', { lastName: 'IVANOV', firstName: 'SERGEI', middleName: 'PETROVICH', birthDate: '1975-03-14' }),
    );
    expect(icao?.score).toBeGreaterThanOrEqual(0.5);
    expect(icao?.evidence.fields).toContainEqual(
      expect.objectContaining({ field: 'first_name', how: 'transliteration' }),
    );
    expect(
      scoreOf(
        row('c1', { lastName: 'Ivanova', firstName: 'Mariya', middleName: 'Sergeevna', inn: INN_SIDOROVA }),
        staff,
        's2',
      ),
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('claims a name with one typo when the ИНН agrees', () => {
    const l = linkOf(row('c1', { lastName: 'Иваноф', firstName: 'Сергей', middleName: 'Петрович', inn: INN_IVANOV }));
    expect(l?.score).toBeGreaterThanOrEqual(0.9);
    expect(l?.evidence.fields).toContainEqual(expect.objectContaining({ field: 'last_name', how: 'typo' }));
  });

  it('treats an ИНН failing its check digits as a typo: evidence with the name, no claim without it', () => {
    const typoInn = `${INN_IVANOV.slice(0, 11)}${(Number(INN_IVANOV[11]) + 1) % 10}`;
    const withName = linkOf(
      row('c1', { lastName: 'Иванов', firstName: 'Сергей', middleName: 'Петрович', inn: typoInn }),
    );
    expect(withName?.score).toBeGreaterThanOrEqual(0.5);
    expect(withName?.evidence.fields).toContainEqual(
      expect.objectContaining({ field: 'inn', how: 'typo', outcome: 'partial' }),
    );
    expect(scoreOf(row('c1', { inn: typoInn }))).toBeLessThan(0.5);
  });

  it('ignores an organisation’s ИНН put in the person’s column instead of calling it a conflict', () => {
    const l = linkOf(
      row('c1', {
        lastName: 'Иванов',
        firstName: 'Сергей',
        middleName: 'Петрович',
        birthDate: '1975-03-14',
        inn: '7707083893',
      }),
    );
    expect(l?.score).toBeGreaterThanOrEqual(0.5);
    expect(l?.evidence.cap).toBeUndefined();
  });

  it('links an entrepreneur by the company ИНН, which is the person’s own', () => {
    const l = linkOf({
      id: 'c1',
      companyInn: INN_IVANOV,
      companyName: 'ИП Иванов С.П.',
      role: 'entrepreneur',
      lastName: 'ИВАНОВ',
      firstName: 'СЕРГЕЙ',
      middleName: 'ПЕТРОВИЧ',
    });
    expect(l?.score).toBeGreaterThanOrEqual(0.9);
    expect(l?.evidence.fields).toContainEqual(expect.objectContaining({ field: 'inn', how: 'entrepreneur-inn' }));
  });
});

describe('namesakes are different people', () => {
  it('scores the same full name with a different valid ИНН below 0.5', () => {
    const l = linkOf(row('c1', { lastName: 'Иванов', firstName: 'Сергей', middleName: 'Петрович', inn: INN_OTHER }));
    expect(l?.score ?? 0).toBeLessThan(0.5);
    expect(l?.evidence.cap).toBe('inn-conflict');
  });

  it('scores the same full name with a different birth date below 0.5', () => {
    expect(
      scoreOf(row('c1', { lastName: 'Иванов', firstName: 'Сергей', middleName: 'Петрович', birthDate: '1981-11-02' })),
    ).toBeLessThan(0.5);
  });

  it('keeps a match on the name alone a weak link, even where a full name would otherwise decide', () => {
    // In a population of a thousand a rare full name alone would give P ≈ 0.9; the rule caps it.
    const rare: StaffPerson = { id: 's7', lastName: 'Збруев', firstName: 'Евлампий', middleName: 'Никодимович' };
    const l = matchAffiliation(
      [rare],
      [row('c1', { lastName: 'ЗБРУЕВ', firstName: 'ЕВЛАМПИЙ', middleName: 'НИКОДИМОВИЧ' })],
      { minScore: 0, population: 1000 },
    )[0];
    expect(l.score).toBeLessThanOrEqual(0.35);
    expect(l.evidence.cap).toBe('name-only');
    expect(l.evidence.summary).toMatch(/только ФИО/);
  });

  it('keeps a namesake born a day apart a weak link (a date one typo away is not enough)', () => {
    const l = linkOf(
      row('c1', { lastName: 'Иванов', firstName: 'Сергей', middleName: 'Петрович', birthDate: '15.03.1975' }),
    );
    expect(l?.score ?? 0).toBeLessThan(0.5);
    expect(l?.evidence.fields).toContainEqual(
      expect.objectContaining({ field: 'birth_date', how: 'typo', outcome: 'partial' }),
    );
  });

  it('does not mistake a brother (same surname and patronymic) for the employee', () => {
    expect(
      scoreOf(row('c1', { lastName: 'Иванов', firstName: 'Андрей', middleName: 'Петрович', birthDate: '1979-06-30' })),
    ).toBeLessThan(0.5);
  });
});

describe('shared contact points', () => {
  it('claims a company using the employee’s mobile written another way', () => {
    const l = linkOf(row('c1', { role: 'contact', phones: ['8-923-456-78-90'] }));
    expect(l?.score).toBeGreaterThanOrEqual(0.5);
    expect(l?.evidence.basis).toBe('shared-contact');
    expect(l?.evidence.fields).toContainEqual(expect.objectContaining({ field: 'phone', how: 'other-format' }));
  });

  it('claims a company registered in the family’s flat, for both spouses', () => {
    const links = matchAffiliation(staff, [
      row('c1', { role: 'contact', addresses: ['650000, Кемеровская обл., Кемерово г, Ленина ул, 5-12'] }),
    ]);
    expect(links.map((l) => l.staffId).sort()).toEqual(['s1', 's2']);
    expect(links[0].evidence.fields).toContainEqual(expect.objectContaining({ field: 'address', how: 'same-flat' }));
  });

  it('claims a Yandex mailbox written with the other domain', () => {
    expect(scoreOf(row('c1', { role: 'contact', emails: ['S.Ivanov@yandex.ru'] }))).toBeGreaterThanOrEqual(0.5);
  });

  it('does not claim a neighbour’s flat or the same flat in another town', () => {
    expect(scoreOf(row('c1', { role: 'contact', addresses: ['г. Кемерово, ул. Ленина, д. 5, кв. 13'] }))).toBeLessThan(
      0.5,
    );
    expect(
      scoreOf(row('c1', { role: 'contact', addresses: ['г. Новокузнецк, ул. Ленина, д. 5, кв. 12'] })),
    ).toBeLessThan(0.5);
  });

  it('does not claim a switchboard number that many employees list', () => {
    const switchboard = '8 (3842) 58-00-00';
    const employees: StaffPerson[] = Array.from({ length: 30 }, (_, i) => ({
      id: `w${i}`,
      employeeId: `e${i + 10}`,
      relation: 'self',
      phones: [switchboard],
    }));
    const links = matchAffiliation(employees, [row('c1', { role: 'contact', phones: ['+7 3842 580000'] })], {
      minScore: 0,
    });
    for (const l of links) expect(l.score).toBeLessThan(0.5);
  });
});
