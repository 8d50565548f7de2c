/**
 * Income against acquisitions (domain.md §3.1 and §4.1 item 3). 230-ФЗ ст. 3 ч. 1: expenses are declared,
 * and their sources checked, when the family's deals of the year (land, other real estate, vehicles,
 * securities, shares, digital financial assets, digital currency) exceed the total income of the employee
 * and the spouse over the three years preceding the reporting period.
 */
import type { PersonDeclaration } from '../../spravki-bk/types.js';
import { fullName, GIFT_MARKER, incomesBefore, latestPrevious, norm, round2, rub, src } from '../family.js';
import type { AnalysisRule, RuleContext, RuleHit } from '../rule.js';
import type { Evidence } from '../types.js';
import { realEstateKey, vehicleKey } from './year-over-year.js';

const BASIS_230 =
  'Федеральный закон от 03.12.2012 № 230-ФЗ, ст. 3 ч. 1 (контроль за расходами: сделки на сумму, превышающую общий доход служащего и супруга за три предшествующих года)';

/** Income of the employee and the spouse over the years before the reporting one, as known. */
function threeYearIncome(ctx: RuleContext) {
  const years = incomesBefore(ctx, ctx.year, ctx.config.expenseControlYears, ['self', 'spouse']);
  return { years, total: round2(years.reduce((s, y) => s + y.income, 0)) };
}

function incomeEvidence(ctx: RuleContext, years: { year: number; income: number }[]): Evidence[] {
  return years.map((y) => ({
    label: `Доход служащего и супруга за ${y.year} г.`,
    value: y.income,
    source: src(ctx, y.year, 'раздел 1, строка 7'),
  }));
}

export const expensesExceedIncomeRule: AnalysisRule = {
  code: 'EXPENSES_EXCEED_3Y_INCOME',
  title: 'Сделки превышают общий доход семьи за три предшествующих года',
  basis: BASIS_230,
  run(ctx) {
    const deals = ctx.persons.flatMap((p) => p.expenses.map((e) => ({ p, e })));
    const dealsTotal = round2(deals.reduce((s, d) => s + (d.e.amount ?? 0), 0));
    if (dealsTotal <= 0) return [];
    const income = threeYearIncome(ctx);
    if (income.years.length < ctx.config.minPreviousYearsForExpenseCheck || dealsTotal <= income.total) return [];
    const complete = income.years.length >= ctx.config.expenseControlYears;
    const evidence: Evidence[] = deals.map(({ p, e }) => ({
      label: `Сделка: ${[e.assetKind, e.name].filter(Boolean).join(', ') || 'приобретение'}${
        e.sources.length
          ? ` (источники: ${e.sources
              .map((s) => s.source)
              .filter(Boolean)
              .join('; ')})`
          : ''
      }`,
      value: e.amount ?? 0,
      source: src(ctx, ctx.year, 'раздел 2', p),
    }));
    evidence.push(...incomeEvidence(ctx, income.years));
    return [
      {
        // With fewer than three years known the income is understated, so the excess is not proven.
        severity: complete ? 'high' : 'medium',
        person: null,
        evidence,
        message:
          `Сумма сделок за ${ctx.year} г. ${rub(dealsTotal)} превышает доход служащего и супруга за ` +
          `${complete ? 'три предшествующих года' : `известные ${income.years.length} из ${ctx.config.expenseControlYears} предшествующих лет`} ` +
          `${rub(income.total)}. Проверить источники средств; основание для контроля за расходами по 230-ФЗ.`,
      },
    ];
  },
};

type Acquisition = { p: PersonDeclaration; what: string; section: string; basis: string | null };

/** Property present this year and absent from the family's forms last year, other than gifts and inheritance. */
function newAcquisitions(ctx: RuleContext, prev: PersonDeclaration[]): Acquisition[] {
  const had = {
    estate: new Set(prev.flatMap((p) => p.realEstate.map(realEstateKey))),
    vehicles: new Set(prev.flatMap((p) => p.vehicles.map(vehicleKey))),
    shares: new Set(prev.flatMap((p) => p.shareholdings.map((s) => norm(s.name)))),
    securities: new Set(prev.flatMap((p) => p.securities.map((s) => `${norm(s.type)}|${norm(s.issuer)}`))),
    digital: new Set(prev.flatMap((p) => p.digitalAssets.map((d) => `${d.kind}|${norm(d.name)}`))),
  };
  const out: Acquisition[] = [];
  for (const p of ctx.persons) {
    for (const r of p.realEstate) {
      if (!had.estate.has(realEstateKey(r)))
        out.push({
          p,
          what: `${r.typeRaw ?? r.kind}${r.area ? `, ${r.area} м²` : ''}`,
          section: 'раздел 3.1',
          basis: r.basis,
        });
    }
    for (const v of p.vehicles) {
      if (!had.vehicles.has(vehicleKey(v)))
        out.push({
          p,
          what: [v.type, v.make, v.model].filter(Boolean).join(' '),
          section: 'раздел 3.2',
          basis: v.basis,
        });
    }
    for (const s of p.shareholdings) {
      if (!had.shares.has(norm(s.name)))
        out.push({ p, what: `доля/акции: ${s.name ?? '?'}`, section: 'раздел 5.1', basis: s.basis });
    }
    for (const s of p.securities) {
      if (!had.securities.has(`${norm(s.type)}|${norm(s.issuer)}`))
        out.push({
          p,
          what: `${s.type ?? 'ценная бумага'} ${s.issuer ?? ''}`.trim(),
          section: 'раздел 5.2',
          basis: null,
        });
    }
    for (const d of p.digitalAssets) {
      if (!had.digital.has(`${d.kind}|${norm(d.name)}`))
        out.push({ p, what: `цифровой актив: ${d.name ?? '?'}`, section: 'раздел 3.3–3.5', basis: null });
    }
  }
  // Gifts, inheritance and privatisation are not deals paid for: 230-ФЗ does not count them.
  return out.filter((a) => !a.basis || !(GIFT_MARKER.test(a.basis) || /наслед|приватиз/i.test(a.basis)));
}

export const expenseSectionMissingRule: AnalysisRule = {
  code: 'EXPENSE_SECTION_MISSING',
  title: 'Приобретено имущество, а раздел 2 (расходы) не заполнен',
  basis: `${BASIS_230}; Указ Президента РФ № 460 (раздел 2 справки)`,
  run(ctx) {
    const prev = latestPrevious(ctx);
    if (!prev || ctx.persons.some((p) => p.expenses.length > 0)) return [];
    const acquisitions = newAcquisitions(ctx, prev.persons);
    if (acquisitions.length === 0) return [];
    const income = incomesBefore(ctx, ctx.year, ctx.config.expenseControlYears, ['self', 'spouse']);
    const threshold = round2(income.reduce((s, y) => s + y.income, 0));
    const evidence: Evidence[] = acquisitions.map((a) => ({
      label: `Новое на конец ${ctx.year} г. (${fullName(a.p)})`,
      value: a.what,
      source: src(ctx, ctx.year, a.section, a.p),
    }));
    evidence.push({ label: 'Раздел 2 (сведения о расходах)', value: 'не заполнен', source: 'раздел 2' });
    evidence.push(...incomeEvidence(ctx, income));
    // A new car rarely costs three years of income; new real estate or shares often do.
    const costly = acquisitions.some((x) => x.section === 'раздел 3.1' || x.section === 'раздел 5.1');
    return [
      {
        severity: costly ? 'medium' : 'low',
        person: null,
        evidence,
        message:
          `За ${ctx.year} г. в семье появилось имущество (${acquisitions.length}), раздел 2 не заполнен. ` +
          `Если сумма сделок больше ${rub(threshold)} (доход служащего и супруга за ${income.length} предшествующих г.), ` +
          'сведения о расходах обязательны: запросить договоры и суммы сделок.',
      } satisfies RuleHit,
    ];
  },
};
