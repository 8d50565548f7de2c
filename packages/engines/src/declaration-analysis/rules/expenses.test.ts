import { describe, expect, it } from 'vitest';
import { buildExpense, buildIncome, buildRealEstate, buildVehicle } from '../../spravki-bk/build.js';
import { findingsOf, self, spouse } from '../analysis.test-helper.js';

const history = [2021, 2022, 2023].map((year) => ({ year, persons: [self(year), spouse(year)] }));
// Three years of the employee (900 000) and the spouse (600 000): 4 500 000 ₽.

describe('EXPENSES_EXCEED_3Y_INCOME', () => {
  const house = buildExpense({
    assetKind: 'ЖилойДом',
    name: 'Жилой дом',
    amount: 5_200_000,
    sources: [{ source: 'Кредит', amount: 3_000_000 }],
  });

  it('flags deals above the income of the employee and spouse for three previous years (high)', () => {
    const [f] = findingsOf('EXPENSES_EXCEED_3Y_INCOME', {
      current: { year: 2024, persons: [self(2024, { expenses: [house] }), spouse(2024)] },
      previous: history,
    });
    expect(f).toMatchObject({ severity: 'high', personRole: 'family' });
    expect(f.evidence[0]).toEqual({
      label: 'Сделка: ЖилойДом, Жилой дом (источники: Кредит)',
      value: 5_200_000,
      source: 'справка служащего Рябова Юлия Ивановна, раздел 2',
    });
    expect(f.evidence.slice(1)).toEqual(
      [2023, 2022, 2021].map((y) => ({
        label: `Доход служащего и супруга за ${y} г.`,
        value: 1_500_000,
        source: `справка за ${y} г., раздел 1, строка 7`,
      })),
    );
    expect(f.message).toContain('4 500 000,00 ₽');
  });

  it('is medium with fewer than three known years, and silent without history or under the threshold', () => {
    const current = { year: 2024, persons: [self(2024, { expenses: [house] }), spouse(2024)] };
    expect(findingsOf('EXPENSES_EXCEED_3Y_INCOME', { current, previous: history.slice(2) })[0].severity).toBe('medium');
    expect(findingsOf('EXPENSES_EXCEED_3Y_INCOME', { current })).toEqual([]);
    const cheaper = { ...house, amount: 4_400_000 };
    expect(
      findingsOf('EXPENSES_EXCEED_3Y_INCOME', {
        current: { year: 2024, persons: [self(2024, { expenses: [cheaper] })] },
        previous: history,
      }),
    ).toEqual([]);
  });
});

describe('EXPENSE_SECTION_MISSING', () => {
  const newFlat = buildRealEstate({ typeRaw: 'Квартира', area: 64, basis: 'Договор купли-продажи' });

  it('flags new purchased property when section 2 is empty', () => {
    const [f] = findingsOf('EXPENSE_SECTION_MISSING', {
      current: { year: 2024, persons: [self(2024, { realEstate: [newFlat] }), spouse(2024)] },
      previous: history,
    });
    expect(f.evidence[0]).toEqual({
      label: 'Новое на конец 2024 г. (Рябова Юлия Ивановна)',
      value: 'Квартира, 64 м²',
      source: 'справка служащего Рябова Юлия Ивановна, раздел 3.1',
    });
    expect(f.evidence[1]).toEqual({
      label: 'Раздел 2 (сведения о расходах)',
      value: 'не заполнен',
      source: 'раздел 2',
    });
    expect(f.message).toContain('4 500 000,00 ₽');
    expect(f.severity).toBe('medium');
  });

  it('is low when only a vehicle is new', () => {
    const car = buildVehicle({ make: 'KIA', model: 'Rio', year: 2023, basis: 'Договор купли-продажи' });
    const [f] = findingsOf('EXPENSE_SECTION_MISSING', {
      current: { year: 2024, persons: [self(2024, { vehicles: [car] })] },
      previous: history,
    });
    expect(f.severity).toBe('low');
  });

  it('does not flag gifts and inheritance, filled section 2, or property already held', () => {
    const inherited = buildVehicle({
      make: 'LADA',
      model: 'Vesta',
      year: 2020,
      basis: 'Свидетельство о праве на наследство',
    });
    const gifted = buildRealEstate({ typeRaw: 'Квартира', area: 40, basis: 'Договор дарения' });
    const run = (persons: ReturnType<typeof self>[], previous = history) =>
      findingsOf('EXPENSE_SECTION_MISSING', { current: { year: 2024, persons }, previous });
    expect(run([self(2024, { realEstate: [gifted], vehicles: [inherited] })])).toEqual([]);
    expect(run([self(2024, { realEstate: [newFlat], expenses: [buildExpense({ amount: 3_000_000 })] })])).toEqual([]);
    expect(
      run([self(2024, { realEstate: [newFlat] })], [{ year: 2023, persons: [self(2023, { realEstate: [newFlat] })] }]),
    ).toEqual([]);
  });
});

describe('income lines used by the 230-ФЗ check', () => {
  it('counts only the employee and the spouse, not the children', () => {
    const richChildYears = [2021, 2022, 2023].map((year) => ({
      year,
      persons: [self(year, { incomes: [buildIncome('main_work', 100_000)] })],
    }));
    const [f] = findingsOf('EXPENSES_EXCEED_3Y_INCOME', {
      current: { year: 2024, persons: [self(2024, { expenses: [buildExpense({ amount: 400_000 })] })] },
      previous: richChildYears,
    });
    expect(f.severity).toBe('high');
  });
});
