/**
 * Cross-checks of the forms with the journals of notifications (domain.md §4.1 items 7–8, and the seed
 * report's practice: lines 2, 3, 6 of section 1 against notifications of other paid work; line 6 of
 * section 1, column 4 of section 2 and column 6 of section 3.1 against gifts).
 */
import type { PersonDeclaration } from '../../spravki-bk/types.js';
import {
  GIFT_MARKER,
  incomeText,
  latestPrevious,
  NOT_WORK_MARKER,
  PAID_WORK_MARKER,
  rub,
  samePerson,
} from '../family.js';
import type { AnalysisRule, RuleContext, RuleHit } from '../rule.js';
import type { Evidence } from '../types.js';
import { realEstateKey, vehicleKey } from './year-over-year.js';

/** Incomes from other paid work: teaching and science (line 2), creative work (line 3), paid work on line 6. */
export function otherPaidWorkIncomes(p: PersonDeclaration): Evidence[] {
  return p.incomes
    .filter((i) => {
      if ((i.amount ?? 0) <= 0) return false;
      if (i.kind === 'teaching_science' || i.kind === 'creative') return true;
      const text = incomeText(i);
      return (
        i.kind === 'other' && PAID_WORK_MARKER.test(text) && !NOT_WORK_MARKER.test(text) && !GIFT_MARKER.test(text)
      );
    })
    .map((i) => ({
      label:
        i.kind === 'other'
          ? `Иной доход: ${incomeText(i)}`
          : i.kind === 'creative'
            ? 'Доход от иной творческой деятельности'
            : 'Доход от педагогической и научной деятельности',
      value: i.amount ?? 0,
      source: `раздел 1, строка ${i.line}`,
    }));
}

export const otherPaidWorkNoNoticeRule: AnalysisRule = {
  code: 'OTHER_PAID_WORK_NO_NOTICE',
  title: 'Доход от иной оплачиваемой работы без уведомления',
  basis:
    'Федеральный закон от 02.03.2007 № 25-ФЗ, ст. 11 ч. 2 (иная оплачиваемая работа — с предварительным уведомлением представителя нанимателя)',
  run(ctx) {
    const self = ctx.persons.find((p) => p.role === 'self');
    if (!self) return [];
    const evidence = otherPaidWorkIncomes(self);
    if (evidence.length === 0) return [];
    const yearStart = `${ctx.year}-01-01`;
    const yearEnd = `${ctx.year}-12-31`;
    const covering = ctx.context.otherPaidWorkNotices.filter(
      (n) => n.registeredAt <= yearEnd && (!n.workEnd || n.workEnd >= yearStart),
    );
    if (covering.length > 0) return [];
    const total = evidence.reduce((s, e) => s + Number(e.value), 0);
    evidence.push({
      label: `Уведомлений об иной оплачиваемой работе, действующих в ${ctx.year} г.`,
      value: 0,
      source: 'журнал уведомлений о намерении выполнять иную оплачиваемую работу',
    });
    return [
      {
        severity: 'medium',
        person: self,
        evidence,
        message: `Указан доход от иной оплачиваемой работы (${rub(total)}), а уведомления о ней в журнале нет. Проверить соблюдение обязанности уведомлять.`,
      },
    ];
  },
};

/** Signs of gifts in one form: money gifts (line 6), sources of funds (section 2), new property by gift (section 3). */
function giftEntries(ctx: RuleContext, p: PersonDeclaration): Evidence[] {
  const out: Evidence[] = [];
  for (const i of p.incomes) {
    if ((i.amount ?? 0) > 0 && i.line === 6 && GIFT_MARKER.test(incomeText(i))) {
      out.push({ label: `Иной доход: ${incomeText(i)}`, value: i.amount ?? 0, source: 'раздел 1, строка 6' });
    }
  }
  for (const e of p.expenses) {
    for (const s of e.sources) {
      if (s.source && GIFT_MARKER.test(s.source))
        out.push({
          label: `Источник средств: ${s.source}`,
          value: s.amount ?? e.amount ?? 0,
          source: 'раздел 2, графа 4',
        });
    }
  }
  // Property received as a gift long ago is not news: with last year's form only the new objects count.
  const prev = latestPrevious(ctx);
  const before = prev ? samePerson(p, prev.persons) : undefined;
  const hadEstate = new Set(before?.realEstate.map(realEstateKey));
  const hadVehicles = new Set(before?.vehicles.map(vehicleKey));
  for (const r of p.realEstate) {
    if (r.basis && GIFT_MARKER.test(r.basis) && !hadEstate.has(realEstateKey(r))) {
      out.push({
        label: `${r.typeRaw ?? r.kind}${r.area ? `, ${r.area} м²` : ''}: ${r.basis}`,
        value: 'получено в дар',
        source: 'раздел 3.1, графа 6',
      });
    }
  }
  for (const v of p.vehicles) {
    if (v.basis && GIFT_MARKER.test(v.basis) && !hadVehicles.has(vehicleKey(v))) {
      out.push({
        label: `${[v.make, v.model].filter(Boolean).join(' ')}: ${v.basis}`,
        value: 'получено в дар',
        source: 'раздел 3.2',
      });
    }
  }
  return out;
}

export const giftNoNoticeRule: AnalysisRule = {
  code: 'GIFT_NO_NOTICE',
  title: 'Получены деньги или имущество в дар, уведомлений о подарках нет',
  basis:
    'Гражданский кодекс РФ, ст. 575 ч. 1 п. 3; 25-ФЗ, ст. 14 ч. 1 п. 5 (запрет получать вознаграждения, в том числе подарки, в связи с исполнением обязанностей); Постановление Правительства РФ от 09.01.2014 № 10',
  run(ctx) {
    const yearNotices = ctx.context.giftNotices.filter((n) =>
      (n.receivedAt ?? n.registeredAt).startsWith(String(ctx.year)),
    );
    if (yearNotices.length > 0) return [];
    const hits: RuleHit[] = [];
    for (const p of ctx.persons) {
      const evidence = giftEntries(ctx, p);
      if (evidence.length === 0) continue;
      evidence.push({
        label: `Уведомлений о получении подарков за ${ctx.year} г.`,
        value: 0,
        source: 'журнал уведомлений о получении подарков',
      });
      hits.push({
        severity: p.role === 'self' ? 'medium' : 'low',
        person: p,
        evidence,
        message:
          'Указаны деньги или имущество, полученные в дар. Уточнить, от кого и при каких обстоятельствах получены ' +
          '(подарки в связи с должностным положением запрещены, кроме обычных до 3 000 ₽ и протокольных, о которых уведомляют).',
      });
    }
    return hits;
  },
};
