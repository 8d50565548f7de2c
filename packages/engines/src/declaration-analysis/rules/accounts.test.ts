import { describe, expect, it } from 'vitest';
import { buildAccount, buildIncome } from '../../spravki-bk/build.js';
import { findingsOf, self, spouse } from '../analysis.test-helper.js';

const account = (balance: number, fields = {}) =>
  buildAccount({ bank: 'ПАО Сбербанк', type: 'Текущий', balance, ...fields });

describe('ACCOUNT_BALANCE_GROWTH', () => {
  it('flags balances that grew more than the family earned in the year', () => {
    const [f] = findingsOf('ACCOUNT_BALANCE_GROWTH', {
      current: { year: 2024, persons: [self(2024, { accounts: [account(2_100_000)] }), spouse(2024)] },
      previous: [{ year: 2023, persons: [self(2023, { accounts: [account(100_000)] }), spouse(2023)] }],
    });
    expect(f).toMatchObject({ severity: 'medium', personRole: 'family' });
    expect(f.evidence).toContainEqual({
      label: 'Доход семьи за 2024 г.',
      value: 1_500_000,
      source: 'раздел 1, строка 7 (все справки семьи)',
    });
    expect(f.evidence).toContainEqual({
      label: 'Остатки на счетах на 31.12.2023',
      value: 100_000,
      source: 'справка служащего Рябова Юлия Ивановна за 2023 г., раздел 4',
    });
  });

  it('does not flag growth within income; without history flags only large multiples (low)', () => {
    const previous = [{ year: 2023, persons: [self(2023, { accounts: [account(100_000)] }), spouse(2023)] }];
    expect(
      findingsOf('ACCOUNT_BALANCE_GROWTH', {
        current: { year: 2024, persons: [self(2024, { accounts: [account(1_500_000)] }), spouse(2024)] },
        previous,
      }),
    ).toEqual([]);
    expect(
      findingsOf('ACCOUNT_BALANCE_GROWTH', {
        current: { year: 2024, persons: [self(2024, { accounts: [account(4_400_000)] }), spouse(2024)] },
      }),
    ).toEqual([]);
    const [f] = findingsOf('ACCOUNT_BALANCE_GROWTH', {
      current: { year: 2024, persons: [self(2024, { accounts: [account(4_600_000)] }), spouse(2024)] },
    });
    expect(f.severity).toBe('low');
  });
});

describe('ACCOUNT_INFLOW_EXCEEDS_INCOME', () => {
  it('flags inflows above the income of the reporting year and the two before (high)', () => {
    const [f] = findingsOf('ACCOUNT_INFLOW_EXCEEDS_INCOME', {
      current: {
        year: 2024,
        persons: [self(2024, { accounts: [account(50_000, { inflow: 4_800_000 })] }), spouse(2024)],
      },
      previous: [2022, 2023].map((year) => ({ year, persons: [self(year), spouse(year)] })),
    });
    expect(f.severity).toBe('high');
    expect(f.evidence[0]).toEqual({
      label: 'Поступило на счёт ПАО Сбербанк, Текущий, Рубль',
      value: 4_800_000,
      source: 'справка служащего Рябова Юлия Ивановна, раздел 4',
    });
    expect(f.evidence.slice(1).map((e) => e.value)).toEqual([1_500_000, 1_500_000, 1_500_000]);
  });

  it('does not flag inflows within that income, nor accounts without inflow', () => {
    const previous = [2022, 2023].map((year) => ({ year, persons: [self(year), spouse(year)] }));
    expect(
      findingsOf('ACCOUNT_INFLOW_EXCEEDS_INCOME', {
        current: { year: 2024, persons: [self(2024, { accounts: [account(0, { inflow: 4_400_000 })] }), spouse(2024)] },
        previous,
      }),
    ).toEqual([]);
    expect(
      findingsOf('ACCOUNT_INFLOW_EXCEEDS_INCOME', {
        current: { year: 2024, persons: [self(2024, { accounts: [account(9_000_000)] })] },
      }),
    ).toEqual([]);
  });
});

describe('INTEREST_WITHOUT_ACCOUNTS and DEPOSITS_WITHOUT_INTEREST', () => {
  it('flags interest income without any account', () => {
    const p = self(2024, { incomes: [buildIncome('main_work', 900_000), buildIncome('deposits', 23_236.3)] });
    const [f] = findingsOf('INTEREST_WITHOUT_ACCOUNTS', { current: { year: 2024, persons: [p] } });
    expect(f.evidence).toEqual([
      { label: 'Доход от вкладов', value: 23_236.3, source: 'раздел 1, строка 4' },
      { label: 'Счетов указано', value: 0, source: 'раздел 4' },
    ]);
    expect(
      findingsOf('INTEREST_WITHOUT_ACCOUNTS', {
        current: { year: 2024, persons: [{ ...p, accounts: [account(10)] }] },
      }),
    ).toEqual([]);
  });

  it('flags a large deposit without interest, not a current account or a deposit with interest', () => {
    const deposit = account(228_575.4, { type: 'Депозитный' });
    const [f] = findingsOf('DEPOSITS_WITHOUT_INTEREST', {
      current: { year: 2024, persons: [self(2024, { accounts: [deposit] })] },
    });
    expect(f).toMatchObject({ severity: 'low' });
    expect(f.evidence[0]).toEqual({ label: 'Депозитный: ПАО Сбербанк', value: 228_575.4, source: 'раздел 4' });
    expect(
      findingsOf('DEPOSITS_WITHOUT_INTEREST', {
        current: { year: 2024, persons: [self(2024, { accounts: [account(500_000)] })] },
      }),
    ).toEqual([]);
    const withInterest = self(2024, {
      accounts: [deposit],
      incomes: [buildIncome('main_work', 1), buildIncome('deposits', 12_000)],
    });
    expect(findingsOf('DEPOSITS_WITHOUT_INTEREST', { current: { year: 2024, persons: [withInterest] } })).toEqual([]);
  });
});
