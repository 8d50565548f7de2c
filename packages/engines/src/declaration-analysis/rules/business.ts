/**
 * Entrepreneurship, participation in organisations and securities (domain.md §4.1 items 5–6): the bans
 * of 25-ФЗ ст. 14 and the duty to hand securities over to trust management when they may lead to a
 * conflict of interest (273-ФЗ ст. 12.3 ч. 2, 25-ФЗ ст. 14.1).
 */
import { ENTREPRENEUR_MARKER, incomeText, lineAmount, rub } from '../family.js';
import type { AnalysisRule, RuleHit } from '../rule.js';
import type { Evidence } from '../types.js';

const BAN_BASIS =
  'Федеральный закон от 02.03.2007 № 25-ФЗ, ст. 14 ч. 1 (запрет заниматься предпринимательской деятельностью и участвовать в управлении коммерческой организацией)';
const TRUST_BASIS =
  'Федеральный закон от 25.12.2008 № 273-ФЗ, ст. 12.3 ч. 2; 25-ФЗ, ст. 14.1 (передача ценных бумаг, акций, долей в доверительное управление при возможном конфликте интересов)';

export const securitiesHeldRule: AnalysisRule = {
  code: 'SECURITIES_HELD',
  title: 'Акции, доли участия или ценные бумаги',
  basis: `${BAN_BASIS}; ${TRUST_BASIS}`,
  run(ctx) {
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      if (p.shareholdings.length === 0 && p.securities.length === 0) continue;
      const evidence: Evidence[] = [
        ...p.shareholdings.map((s) => ({
          label: [s.legalForm, s.name].filter(Boolean).join(' ') || 'участие в организации',
          value:
            [s.participation && `доля ${s.participation}`, s.shareCount !== null && `акций ${s.shareCount}`, s.basis]
              .filter(Boolean)
              .join(', ') || 'указано',
          source: 'раздел 5.1',
        })),
        ...p.securities.map((s) => ({
          label: [s.type, s.issuer].filter(Boolean).join(', ') || 'ценная бумага',
          value: s.totalValue ?? s.quantity ?? 'указано',
          source: 'раздел 5.2',
        })),
      ];
      // The bans bind the employee; holdings of the family matter only as a possible conflict of interest.
      const isEmployee = p.role === 'self';
      hits.push({
        severity: isEmployee && p.shareholdings.length > 0 ? 'medium' : 'low',
        person: p,
        evidence,
        message: isEmployee
          ? 'Служащий владеет акциями (долями) или ценными бумагами: проверить, не участвует ли он в управлении организацией, ' +
            'нет ли конфликта интересов и переданы ли бумаги в доверительное управление.'
          : 'Член семьи владеет акциями (долями) или ценными бумагами: проверить связь организаций с полномочиями служащего (конфликт интересов).',
      });
    }
    return hits;
  },
};

export const securitiesIncomeWithoutSecuritiesRule: AnalysisRule = {
  code: 'SECURITIES_INCOME_WITHOUT_SECURITIES',
  title: 'Доход от ценных бумаг и долей при отсутствии их в разделе 5',
  basis:
    'Методические рекомендации Минтруда России по вопросам представления сведений о доходах… (соответствие раздела 1 строки 5 и раздела 5)',
  run(ctx) {
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      const income = lineAmount(p, 'securities');
      if (income <= 0 || p.shareholdings.length > 0 || p.securities.length > 0) continue;
      hits.push({
        severity: 'medium',
        person: p,
        evidence: [
          { label: 'Доход от ценных бумаг и долей участия', value: income, source: 'раздел 1, строка 5' },
          { label: 'Ценных бумаг и долей указано', value: 0, source: 'раздел 5' },
        ],
        message: `Указан доход от ценных бумаг и долей ${rub(income)}, а раздел 5 пуст. Уточнить, проданы ли бумаги в течение года или не указаны.`,
      });
    }
    return hits;
  },
};

export const entrepreneurialIncomeRule: AnalysisRule = {
  code: 'ENTREPRENEURIAL_INCOME',
  title: 'Доход от предпринимательской деятельности',
  basis: BAN_BASIS,
  run(ctx) {
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      const incomes = p.incomes.filter((i) => (i.amount ?? 0) > 0 && ENTREPRENEUR_MARKER.test(incomeText(i)));
      if (incomes.length === 0) continue;
      hits.push({
        // The ban binds the employee; the spouse may be an entrepreneur (a conflict-of-interest check).
        severity: p.role === 'self' ? 'high' : 'low',
        person: p,
        evidence: incomes.map((i) => ({
          label: incomeText(i),
          value: i.amount ?? 0,
          source: `раздел 1, строка ${i.line}`,
        })),
        message:
          p.role === 'self'
            ? 'Служащий указал доход от предпринимательской деятельности: запрет для муниципального служащего, провести проверку.'
            : 'Член семьи получает доход от предпринимательской деятельности: проверить связь с полномочиями служащего.',
      });
    }
    return hits;
  },
};
