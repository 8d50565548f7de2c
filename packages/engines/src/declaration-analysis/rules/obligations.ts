/**
 * Obligations (domain.md §4.1 item 9): loans of 500 000 ₽ and more and the ability to service them from
 * income; creditors (or debtors) that are counterparties of the organisation — a conflict-of-interest
 * signal.
 */
import type { Obligation } from '../../spravki-bk/types.js';
import { incomeOf, normInn, round2, rub } from '../family.js';
import type { AnalysisRule, RuleHit } from '../rule.js';
import type { Evidence } from '../types.js';

function obligationLabel(o: Obligation): string {
  return (
    [o.content, o.counterparty && `${o.role === 'creditor' ? 'должник' : 'кредитор'}: ${o.counterparty}`, o.basis]
      .filter(Boolean)
      .join(', ') || 'обязательство'
  );
}

/** The larger of the original amount and the amount outstanding. */
function size(o: Obligation): number {
  return Math.max(o.amount ?? 0, o.outstanding ?? 0);
}

export const largeObligationRule: AnalysisRule = {
  code: 'LARGE_OBLIGATION',
  title: 'Обязательство финансового характера на сумму 500 000 ₽ и более',
  basis:
    'Указ Президента РФ № 460 (раздел 6.2: срочные обязательства на сумму, равную или превышающую 500 000 ₽); Методические рекомендации Минтруда России (возможность обслуживать долг из доходов)',
  run(ctx) {
    const income = incomeOf(ctx.persons);
    const debts = ctx.persons.flatMap((p) => p.obligations.filter((o) => o.role !== 'creditor').map((o) => ({ p, o })));
    const familyDebt = round2(debts.reduce((s, d) => s + (d.o.outstanding ?? d.o.amount ?? 0), 0));
    const heavy = familyDebt > income * ctx.config.obligationToIncomeRatio;
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      const large = p.obligations.filter((o) => o.role !== 'creditor' && size(o) >= ctx.config.obligationThreshold);
      if (large.length === 0) continue;
      const evidence: Evidence[] = large.flatMap((o) => [
        { label: `${obligationLabel(o)} — сумма`, value: o.amount ?? 0, source: 'раздел 6.2' },
        ...(o.outstanding !== null
          ? [{ label: 'остаток на отчётную дату', value: o.outstanding, source: 'раздел 6.2' }]
          : []),
      ]);
      evidence.push({
        label: `Доход семьи за ${ctx.year} г.`,
        value: income,
        source: 'раздел 1, строка 7 (все справки семьи)',
      });
      hits.push({
        severity: heavy ? 'medium' : 'low',
        person: p,
        evidence,
        message: heavy
          ? `Долги семьи ${rub(familyDebt)} больше ${ctx.config.obligationToIncomeRatio}-кратного годового дохода семьи (${rub(income)}): проверить, из каких средств они обслуживаются.`
          : 'Обязательство 500 000 ₽ и более: проверить кредитора и условия (нет ли связи с полномочиями служащего).',
      });
    }
    return hits;
  },
};

export const creditorIsCounterpartyRule: AnalysisRule = {
  code: 'CREDITOR_IS_COUNTERPARTY',
  title: 'Кредитор (должник) — контрагент организации',
  basis:
    'Федеральный закон от 25.12.2008 № 273-ФЗ, ст. 10–11 (конфликт интересов); Методические рекомендации Минтруда России (кредиторы — организации, в отношении которых служащий осуществляет функции)',
  run(ctx) {
    const counterparties = new Set(ctx.context.counterpartyInns.map(normInn).filter(Boolean));
    if (counterparties.size === 0) return [];
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      const linked = p.obligations.filter((o) => counterparties.has(normInn(o.counterpartyInn)));
      if (linked.length === 0) continue;
      hits.push({
        severity: 'high',
        person: p,
        evidence: linked.map((o) => ({
          label: `${obligationLabel(o)}, ИНН ${o.counterpartyInn}`,
          value: o.outstanding ?? o.amount ?? 0,
          source: 'раздел 6.2',
        })),
        message: `${linked.map((o) => o.counterparty ?? o.counterpartyInn).join(', ')} — контрагент организации и сторона обязательства: возможный конфликт интересов.`,
      });
    }
    return hits;
  },
};
