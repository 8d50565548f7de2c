import { describe, expect, it } from 'vitest';
import { buildIncome, buildSecurity, buildShareholding } from '../../spravki-bk/build.js';
import { findingsOf, self, spouse } from '../analysis.test-helper.js';

const share = buildShareholding({
  legalForm: 'ООО',
  name: 'Кузбасс-Строй',
  participation: '25%',
  basis: 'Учредительный договор',
});

describe('SECURITIES_HELD', () => {
  it('flags the employee holding a share (medium) and the spouse holding bonds (low)', () => {
    const found = findingsOf('SECURITIES_HELD', {
      current: {
        year: 2024,
        persons: [
          self(2024, { shareholdings: [share] }),
          spouse(2024, {
            securities: [buildSecurity({ type: 'Облигация', issuer: 'Минфин России', totalValue: 100_000 })],
          }),
        ],
      },
    });
    expect(found.map((f) => [f.personRole, f.severity])).toEqual([
      ['self', 'medium'],
      ['spouse', 'low'],
    ]);
    expect(found[0].evidence).toEqual([
      { label: 'ООО Кузбасс-Строй', value: 'доля 25%, Учредительный договор', source: 'раздел 5.1' },
    ]);
    expect(found[1].evidence).toEqual([{ label: 'Облигация, Минфин России', value: 100_000, source: 'раздел 5.2' }]);
  });

  it('finds nothing without section 5 entries', () => {
    expect(findingsOf('SECURITIES_HELD', { current: { year: 2024, persons: [self(2024), spouse(2024)] } })).toEqual([]);
  });
});

describe('SECURITIES_INCOME_WITHOUT_SECURITIES', () => {
  it('flags line 5 income with an empty section 5, not when securities are declared', () => {
    const p = self(2024, { incomes: [buildIncome('main_work', 555_133.28), buildIncome('securities', 44_610.22)] });
    const [f] = findingsOf('SECURITIES_INCOME_WITHOUT_SECURITIES', { current: { year: 2024, persons: [p] } });
    expect(f.evidence[0]).toEqual({
      label: 'Доход от ценных бумаг и долей участия',
      value: 44_610.22,
      source: 'раздел 1, строка 5',
    });
    expect(
      findingsOf('SECURITIES_INCOME_WITHOUT_SECURITIES', {
        current: { year: 2024, persons: [{ ...p, shareholdings: [share] }] },
      }),
    ).toEqual([]);
  });
});

describe('ENTREPRENEURIAL_INCOME', () => {
  it('flags entrepreneurial income of the employee as high, of the spouse as low', () => {
    const ip = buildIncome('other', 350_000, { otherKind: 'Доход от предпринимательской деятельности (ИП)' });
    const found = findingsOf('ENTREPRENEURIAL_INCOME', {
      current: {
        year: 2024,
        persons: [self(2024, { incomes: [buildIncome('main_work', 1), ip] }), spouse(2024, { incomes: [ip] })],
      },
    });
    expect(found.map((f) => [f.personRole, f.severity])).toEqual([
      ['self', 'high'],
      ['spouse', 'low'],
    ]);
    expect(found[0].evidence).toEqual([
      { label: 'Доход от предпринимательской деятельности (ИП)', value: 350_000, source: 'раздел 1, строка 6' },
    ]);
  });

  it('does not mistake other income for entrepreneurship', () => {
    const pension = buildIncome('other', 200_000, { otherKind: 'Пенсия' });
    const tip = buildIncome('other', 1000, { otherKind: 'Типография: вознаграждение' });
    expect(
      findingsOf('ENTREPRENEURIAL_INCOME', {
        current: { year: 2024, persons: [self(2024, { incomes: [pension, tip] })] },
      }),
    ).toEqual([]);
  });
});
