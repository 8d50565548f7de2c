import { describe, expect, it } from 'vitest';
import { analyzeDeclarations, type RuleCode } from '../declaration-analysis/index.js';
import { parseSpravkiBk } from '../spravki-bk/index.js';
import { encodePackage, type PackageEncoding } from './encode.js';
import { createRng } from './random.js';
import { renderPackageXml } from './render-xml.js';
import { ANOMALIES, type Anomaly, COUNTERPARTY_INNS, generateFamily } from './synthetic-family.js';

const ENCODINGS: PackageEncoding[] = ['xsb', 'utf16', 'utf8', 'cp1251'];

describe('synthetic packages round-trip through the parser', () => {
  it('parses back exactly the declarations they were rendered from, in every encoding', () => {
    const rng = createRng(20240430);
    for (let i = 0; i < 40; i++) {
      const family = generateFamily(rng, { id: `f${i}`, firstYear: 2022, lastYear: 2024, anomalyRate: 0.8 });
      for (const { persons } of family.years) {
        const xml = renderPackageXml(persons);
        const encoding = ENCODINGS[i % ENCODINGS.length];
        const pkg = parseSpravkiBk(encodePackage(xml, encoding));
        expect(pkg.warnings).toEqual([]);
        expect(pkg.persons).toEqual(persons);
      }
    }
  });

  it('covers every section of the form across a sample', () => {
    const rng = createRng(7);
    const sections = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const family = generateFamily(rng, { id: `f${i}`, firstYear: 2024, lastYear: 2024, anomalyRate: 1 });
      for (const p of family.years[0].persons) {
        for (const key of [
          'incomes',
          'expenses',
          'realEstate',
          'vehicles',
          'digitalAssets',
          'accounts',
          'shareholdings',
          'securities',
          'realEstateInUse',
          'obligations',
          'giftedAway',
        ] as const) {
          if (p[key].length > 0) sections.add(key);
        }
      }
    }
    expect([...sections].sort()).toEqual([
      'accounts',
      'digitalAssets',
      'expenses',
      'giftedAway',
      'incomes',
      'obligations',
      'realEstate',
      'realEstateInUse',
      'securities',
      'shareholdings',
      'vehicles',
    ]);
  });

  it('is deterministic for a seed', () => {
    const a = generateFamily(createRng('seed'), { id: 'x', firstYear: 2023, lastYear: 2024 });
    const b = generateFamily(createRng('seed'), { id: 'x', firstYear: 2023, lastYear: 2024 });
    expect(renderPackageXml(a.years[1].persons)).toBe(renderPackageXml(b.years[1].persons));
  });
});

/** The rule each planted anomaly must trigger. */
const EXPECTED: Record<Anomaly, RuleCode> = {
  income_jump: 'YOY_INCOME_JUMP',
  property_vanished: 'YOY_PROPERTY_DISAPPEARED',
  new_property_no_basis: 'YOY_NEW_PROPERTY_NO_SOURCE',
  big_deal: 'EXPENSES_EXCEED_3Y_INCOME',
  money_gift: 'GIFT_NO_NOTICE',
  foreign_account: 'FOREIGN_ASSETS',
  shares: 'SECURITIES_HELD',
  counterparty_loan: 'CREDITOR_IS_COUNTERPARTY',
  in_use_outsider: 'IN_USE_FROM_NON_RELATIVE',
  large_inflow: 'ACCOUNT_INFLOW_EXCEEDS_INCOME',
  entrepreneur: 'ENTREPRENEURIAL_INCOME',
  teaching_income: 'OTHER_PAID_WORK_NO_NOTICE',
};

describe('planted anomalies are found by the analysis', () => {
  it('finds the rule of every anomaly planted in 300 families', () => {
    const rng = createRng(99);
    const seen = new Set<Anomaly>();
    for (let i = 0; i < 300; i++) {
      const family = generateFamily(rng, { id: `f${i}`, firstYear: 2020, lastYear: 2024, anomalyRate: 0.9 });
      const last = family.years[family.years.length - 1];
      const result = analyzeDeclarations({
        current: last,
        previous: family.years.slice(0, -1),
        context: { counterpartyInns: [...COUNTERPARTY_INNS] },
      });
      const codes = new Set(result.findings.map((f) => f.ruleCode));
      for (const anomaly of family.anomalies) {
        seen.add(anomaly);
        expect(codes, `${family.id}: ${anomaly}`).toContain(EXPECTED[anomaly]);
      }
    }
    expect([...seen].sort()).toEqual([...ANOMALIES].sort());
  });
});

describe('a given family', () => {
  it('keeps the names and birth dates of the people given and draws the rest', () => {
    const people = [
      {
        role: 'self',
        gender: 'female',
        lastName: 'Петрова',
        firstName: 'Анна',
        middleName: 'Сергеевна',
        birthDate: '1985-04-12',
      },
      {
        role: 'minor_child',
        gender: 'male',
        lastName: 'Петров',
        firstName: 'Иван',
        middleName: 'Олегович',
        birthDate: '2015-06-01',
      },
    ] as const;
    const family = generateFamily(createRng(7), {
      id: 'given',
      firstYear: 2023,
      lastYear: 2025,
      people: people.map((p) => ({ ...p })),
      workplace: { organisation: 'Администрация', position: 'Главный специалист' },
    });
    const last = family.years[family.years.length - 1].persons;
    expect(last.map((p) => [p.role, p.lastName, p.firstName, p.birthDate])).toEqual(
      people.map((p) => [p.role, p.lastName, p.firstName, p.birthDate]),
    );
    expect(last[0].workplace.position).toBe('Главный специалист');
    expect(last[1].declarant.lastName).toBe('Петрова');
  });
});
