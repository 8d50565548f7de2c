import type { Finding } from '@antikor/engines/declaration-analysis';
import { buildIncome, buildPerson, buildRealEstate, buildVehicle } from '@antikor/engines/spravki-bk';
import { describe, expect, it } from 'vitest';
import { campaignDeadlines } from './campaign-deadlines.js';
import { isMinorOn } from './derive-obligations.js';
import { publicationRow } from './publication.js';
import { findingFingerprint } from './run-analysis.js';

describe('campaign deadlines from the production calendar', () => {
  it('2023: 30.04.2024 was a transferred day off, so 02.05.2024; clarifying until 03.06.2024', () => {
    const d = campaignDeadlines(2023);
    expect(d.deadline).toBe('2024-05-02');
    // A month after 02.05.2024 is Sunday 02.06.2024 → the next working day.
    expect(d.clarifyDeadline).toBe('2024-06-03');
    expect(d.deadlineExplanation).toContain('273-ФЗ');
  });
  it('2025: 30.04.2026 is a working day; publication 14 working days later', () => {
    const d = campaignDeadlines(2025);
    expect(d.deadline).toBe('2026-04-30');
    expect(d.clarifyDeadline).toBe('2026-06-01');
    expect(d.publicationDue > d.deadline).toBe(true);
  });
});

describe('minor children on the reporting date', () => {
  it('is a minor until the 18th birthday, which makes an adult on that very day', () => {
    expect(isMinorOn('2006-12-31', '2024-12-31')).toBe(false);
    expect(isMinorOn('2007-01-01', '2024-12-31')).toBe(true);
    expect(isMinorOn('2025-02-01', '2024-12-31')).toBe(false);
    expect(isMinorOn(null, '2024-12-31')).toBe(false);
  });
});

describe('the Decree 613 publication row', () => {
  it('names the declarant but not the family, and shows no address of property', () => {
    const declarant = { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна', birthDate: '1985-04-12' };
    const flat = buildRealEstate({
      kind: 'apartment',
      typeRaw: 'Квартира',
      ownership: 'shared',
      share: '1/2',
      area: 54.3,
      address: { city: 'Кемерово', street: 'ул. Весенняя', house: '1' },
    });
    const self = buildPerson({
      role: 'self',
      ...declarant,
      declarant,
      realEstate: [flat],
      vehicles: [buildVehicle({ type: 'Автомобиль легковой', make: 'KIA', model: 'Rio' })],
      incomes: [buildIncome('main_work', 1_000_000)],
    });
    const spouse = buildPerson({
      role: 'spouse',
      lastName: 'Петров',
      firstName: 'Олег',
      middleName: 'Иванович',
      birthDate: '1983-01-20',
      declarant,
      realEstate: [flat],
    });
    const row = publicationRow(self, 1, 'Главный специалист');
    expect(row).toMatchObject({
      name: 'Петрова Анна Сергеевна',
      position: 'Главный специалист',
      realEstateOwned: 'Квартира, долевая (1/2), 54,3 кв. м, Россия',
      vehicles: 'Автомобиль легковой, KIA Rio',
      realEstateInUse: 'нет',
    });
    expect(row.income).toBe('1 000 000,00');
    const family = publicationRow(spouse, null, 'Главный специалист');
    expect(family.name).toBe('Супруг (супруга)');
    expect(family.position).toBe('');
    expect(JSON.stringify([row, family])).not.toMatch(/Весенняя|Олег|Кемерово/);
  });
});

describe('finding fingerprints', () => {
  const f: Finding = {
    ruleCode: 'LARGE_OBLIGATION',
    title: 't',
    basis: 'b',
    severity: 'medium',
    personRole: 'self',
    personName: 'Петрова Анна',
    message: 'm',
    evidence: [{ label: 'Сумма', value: 600000, source: 'раздел 6.2' }],
  };
  it('is the same for the same rule, person and figures whatever the wording, and differs when a figure changes', () => {
    expect(findingFingerprint({ ...f, message: 'другой текст', title: 'другой заголовок' })).toBe(
      findingFingerprint(f),
    );
    expect(findingFingerprint({ ...f, evidence: [{ ...f.evidence[0], value: 700000 }] })).not.toBe(
      findingFingerprint(f),
    );
  });
});
