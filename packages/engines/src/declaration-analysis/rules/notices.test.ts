import { describe, expect, it } from 'vitest';
import { buildExpense, buildIncome, buildRealEstate } from '../../spravki-bk/build.js';
import { findingsOf, self, spouse } from '../analysis.test-helper.js';

describe('OTHER_PAID_WORK_NO_NOTICE', () => {
  const teacher = self(2024, {
    incomes: [
      buildIncome('main_work', 555_133.28),
      buildIncome('teaching_science', 48_180.55),
      buildIncome('creative', 20_966.69),
      buildIncome('other', 30_000, { otherKind: 'Доход по договору гражданско-правового характера' }),
      buildIncome('other', 240_000, { otherKind: 'Пенсия' }),
    ],
  });

  it('flags lines 2, 3 and paid work on line 6 without a notification in the journal', () => {
    const [f] = findingsOf('OTHER_PAID_WORK_NO_NOTICE', { current: { year: 2024, persons: [teacher] } });
    expect(f).toMatchObject({ severity: 'medium', personRole: 'self' });
    expect(f.evidence).toEqual([
      { label: 'Доход от педагогической и научной деятельности', value: 48_180.55, source: 'раздел 1, строка 2' },
      { label: 'Доход от иной творческой деятельности', value: 20_966.69, source: 'раздел 1, строка 3' },
      {
        label: 'Иной доход: Доход по договору гражданско-правового характера',
        value: 30_000,
        source: 'раздел 1, строка 6',
      },
      {
        label: 'Уведомлений об иной оплачиваемой работе, действующих в 2024 г.',
        value: 0,
        source: 'журнал уведомлений о намерении выполнять иную оплачиваемую работу',
      },
    ]);
  });

  it('is satisfied by a notification covering the year, not by one that ended before it', () => {
    const run = (notices: { registeredAt: string; workEnd?: string | null }[]) =>
      findingsOf('OTHER_PAID_WORK_NO_NOTICE', {
        current: { year: 2024, persons: [teacher] },
        context: { otherPaidWorkNotices: notices },
      });
    expect(run([{ registeredAt: '2022-08-20', workEnd: null }])).toEqual([]);
    expect(run([{ registeredAt: '2022-08-20', workEnd: '2023-06-30' }])).toHaveLength(1);
    expect(run([{ registeredAt: '2025-02-01' }])).toHaveLength(1);
  });

  it('ignores pensions and other non-work income, and the spouse', () => {
    const pensioner = self(2024, {
      incomes: [buildIncome('main_work', 1), buildIncome('other', 240_000, { otherKind: 'Пенсия' })],
    });
    const spouseTeaching = spouse(2024, { incomes: [buildIncome('teaching_science', 100_000)] });
    expect(
      findingsOf('OTHER_PAID_WORK_NO_NOTICE', { current: { year: 2024, persons: [pensioner, spouseTeaching] } }),
    ).toEqual([]);
  });
});

describe('GIFT_NO_NOTICE', () => {
  const moneyGift = buildIncome('other', 500_000, { otherKind: 'Денежные средства, полученные в порядке дарения' });

  it('flags money gifts, gifted property and gift sources of funds without a gift notification', () => {
    const p = self(2024, {
      incomes: [buildIncome('main_work', 900_000), moneyGift],
      realEstate: [buildRealEstate({ typeRaw: 'Квартира', area: 45.7, basis: 'Договор дарения' })],
      expenses: [buildExpense({ amount: 2_000_000, sources: [{ source: 'Подарок от родителей', amount: 1_000_000 }] })],
    });
    const [f] = findingsOf('GIFT_NO_NOTICE', { current: { year: 2024, persons: [p, spouse(2024)] } });
    expect(f).toMatchObject({ severity: 'medium', personRole: 'self' });
    expect(f.evidence.map((e) => e.source)).toEqual([
      'раздел 1, строка 6',
      'раздел 2, графа 4',
      'раздел 3.1, графа 6',
      'журнал уведомлений о получении подарков',
    ]);
  });

  it('does not flag without gifts, with a notification in the year, or for property gifted in earlier years', () => {
    const flat = buildRealEstate({ typeRaw: 'Квартира', area: 45.7, basis: 'Договор дарения' });
    const state = buildIncome('other', 10_000, { otherKind: 'Государственная премия' });
    expect(
      findingsOf('GIFT_NO_NOTICE', { current: { year: 2024, persons: [self(2024, { incomes: [state] })] } }),
    ).toEqual([]);
    const withGift = { current: { year: 2024, persons: [self(2024, { incomes: [moneyGift] })] } };
    expect(
      findingsOf('GIFT_NO_NOTICE', {
        ...withGift,
        context: { giftNotices: [{ registeredAt: '2024-03-11', receivedAt: '2024-03-07' }] },
      }),
    ).toEqual([]);
    expect(
      findingsOf('GIFT_NO_NOTICE', {
        current: { year: 2024, persons: [self(2024, { realEstate: [flat] })] },
        previous: [{ year: 2023, persons: [self(2023, { realEstate: [flat] })] }],
      }),
    ).toEqual([]);
  });
});
