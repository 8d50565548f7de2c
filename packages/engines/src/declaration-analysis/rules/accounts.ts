/**
 * Accounts against income (domain.md §4.1 item 4): balances that grew more than the family earned,
 * inflows stated on accounts (the form asks for them only when they exceed the income of the employee and
 * spouse for the reporting year and the two before it), interest without accounts and the reverse.
 */
import type { PersonDeclaration } from '../../spravki-bk/types.js';
import { balancesOf, incomeOf, incomesBefore, latestPrevious, lineAmount, round2, rub, src } from '../family.js';
import type { AnalysisRule, RuleContext, RuleHit } from '../rule.js';
import type { Evidence } from '../types.js';

const METHOD_BASIS =
  'Методические рекомендации Минтруда России по вопросам представления сведений о доходах… (раздел 4 справки: остатки и поступления на счета)';

function balanceEvidence(ctx: RuleContext, year: number, persons: PersonDeclaration[]): Evidence[] {
  return persons
    .filter((p) => p.accounts.length > 0)
    .map((p) => ({
      label: `Остатки на счетах на 31.12.${year}`,
      value: round2(p.accounts.reduce((s, a) => s + (a.balance ?? 0), 0)),
      source: src(ctx, year, 'раздел 4', p),
    }));
}

export const balanceGrowthRule: AnalysisRule = {
  code: 'ACCOUNT_BALANCE_GROWTH',
  title: 'Остатки на счетах не соответствуют доходам',
  basis: METHOD_BASIS,
  run(ctx) {
    const { balanceGrowthToIncomeRatio, balanceToIncomeRatioWithoutHistory, balanceMinAmount } = ctx.config;
    const income = incomeOf(ctx.persons);
    const balances = balancesOf(ctx.persons);
    const prev = latestPrevious(ctx);
    const incomeEvidence = {
      label: `Доход семьи за ${ctx.year} г.`,
      value: income,
      source: 'раздел 1, строка 7 (все справки семьи)',
    };
    if (prev) {
      const growth = round2(balances - balancesOf(prev.persons));
      if (growth < balanceMinAmount || growth <= income * balanceGrowthToIncomeRatio) return [];
      return [
        {
          severity: 'medium',
          person: null,
          evidence: [
            ...balanceEvidence(ctx, ctx.year, ctx.persons),
            ...balanceEvidence(ctx, prev.year, prev.persons),
            incomeEvidence,
          ],
          message:
            `Остатки на счетах семьи выросли на ${rub(growth)} (с ${rub(balancesOf(prev.persons))} до ${rub(balances)}), ` +
            `больше дохода семьи за ${ctx.year} г. ${rub(income)}. Запросить пояснения об источниках средств.`,
        },
      ];
    }
    if (balances < balanceMinAmount || balances <= income * balanceToIncomeRatioWithoutHistory) return [];
    return [
      {
        severity: 'low',
        person: null,
        evidence: [...balanceEvidence(ctx, ctx.year, ctx.persons), incomeEvidence],
        message:
          `Остатки на счетах семьи ${rub(balances)} больше ${balanceToIncomeRatioWithoutHistory}-кратного дохода семьи за ${ctx.year} г. ` +
          `(${rub(income)}); справок за прошлые годы нет — сравнить с ними при их наличии.`,
      },
    ];
  },
};

export const inflowExceedsIncomeRule: AnalysisRule = {
  code: 'ACCOUNT_INFLOW_EXCEEDS_INCOME',
  title: 'Поступления на счета превышают доход за три года',
  basis:
    'Указ Президента РФ № 460 (раздел 4: сумма поступивших на счёт средств указывается, если она превышает общий доход служащего и супруга за отчётный период и два предшествующих года; ред. Указа от 15.01.2020 № 13)',
  run(ctx) {
    const withInflow = ctx.persons.flatMap((p) => p.accounts.filter((a) => (a.inflow ?? 0) > 0).map((a) => ({ p, a })));
    if (withInflow.length === 0) return [];
    const inflow = round2(withInflow.reduce((s, x) => s + (x.a.inflow ?? 0), 0));
    const years = [
      { year: ctx.year, income: incomeOf(ctx.persons, ['self', 'spouse']) },
      ...incomesBefore(ctx, ctx.year, 2, ['self', 'spouse']),
    ];
    const income = round2(years.reduce((s, y) => s + y.income, 0));
    if (inflow <= income) return [];
    return [
      {
        severity: 'high',
        person: null,
        evidence: [
          ...withInflow.map(({ p, a }) => ({
            label: `Поступило на счёт ${[a.bank, a.type, a.currency].filter(Boolean).join(', ')}`,
            value: a.inflow ?? 0,
            source: src(ctx, ctx.year, 'раздел 4', p),
          })),
          ...years.map((y) => ({
            label: `Доход служащего и супруга за ${y.year} г.`,
            value: y.income,
            source: src(ctx, y.year, 'раздел 1, строка 7'),
          })),
        ],
        message:
          `На счета поступило ${rub(inflow)} — больше дохода служащего и супруга за ${years.length === 3 ? 'отчётный и два предшествующих года' : `${years.length} известных года`} ` +
          `(${rub(income)}). Запросить выписку о движении средств и пояснения об источниках.`,
      },
    ];
  },
};

/** Accounts that normally earn interest: deposits and savings accounts. */
const DEPOSIT = /депозит|вклад|сберегат|накопит/i;

export const interestWithoutAccountsRule: AnalysisRule = {
  code: 'INTEREST_WITHOUT_ACCOUNTS',
  title: 'Доход от вкладов при отсутствии счетов',
  basis: METHOD_BASIS,
  run(ctx) {
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      const interest = lineAmount(p, 'deposits');
      if (interest <= 0 || p.accounts.length > 0) continue;
      hits.push({
        severity: 'medium',
        person: p,
        evidence: [
          { label: 'Доход от вкладов', value: interest, source: 'раздел 1, строка 4' },
          { label: 'Счетов указано', value: 0, source: 'раздел 4' },
        ],
        message: `Указан доход от вкладов ${rub(interest)}, но ни одного счёта в разделе 4 нет. Возможно, счёт не указан.`,
      });
    }
    return hits;
  },
};

export const depositsWithoutInterestRule: AnalysisRule = {
  code: 'DEPOSITS_WITHOUT_INTEREST',
  title: 'Вклады без дохода от вкладов',
  basis: METHOD_BASIS,
  run(ctx) {
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      if (lineAmount(p, 'deposits') > 0) continue;
      const deposits = p.accounts.filter((a) => DEPOSIT.test(a.type ?? ''));
      const total = round2(deposits.reduce((s, a) => s + (a.balance ?? 0), 0));
      if (total < ctx.config.depositWithoutInterestMinBalance) continue;
      hits.push({
        severity: 'low',
        person: p,
        evidence: [
          ...deposits.map((a) => ({
            label: `${a.type}: ${a.bank ?? '?'}${a.openedAt ? `, открыт ${a.openedAt}` : ''}`,
            value: a.balance ?? 0,
            source: 'раздел 4',
          })),
          { label: 'Доход от вкладов', value: 0, source: 'раздел 1, строка 4' },
        ],
        message: `Остаток на депозитных (сберегательных) счетах ${rub(total)}, а доход от вкладов не указан. Уточнить, не пропущены ли проценты.`,
      });
    }
    return hits;
  },
};
