/**
 * The term of a plan measure as a rule the system understands (issue 4). Plans write terms in words
 * («Постоянно», «Ежегодно до 30 апреля», «в течение 14 рабочих дней со дня истечения срока…»); the rule
 * turns them into concrete control dates of a year. The words are kept beside the rule, as written.
 */
import { z } from 'zod';
import { MONTHS_GENITIVE, monthDayPhrase } from '../calendar/deadline-wording.js';
import { isMonthDay, type MonthDay } from '../calendar/iso-date.js';

export type TermRule =
  /** «Постоянно»: no control date of its own; reported on at the plan's reporting date. */
  | { kind: 'permanent' }
  /** «По мере поступления информации»: acted on as things arrive. */
  | { kind: 'on_arrival' }
  /** «в течение 2021-2024 годов», «Планируемый период»: during the plan's years (or the given ones). */
  | { kind: 'period'; fromYear?: number; toYear?: number }
  /** «Ежегодно до 30 апреля»; `nextYear` for «до 20 января года, следующего за отчётным». */
  | { kind: 'yearly'; date: MonthDay; nextYear?: boolean }
  /** «Ежеквартально»: by the last day of each quarter. */
  | { kind: 'quarterly' }
  /** «Ежегодно 3-4 кварталы»: by the last day of each listed quarter. */
  | { kind: 'quarters'; quarters: number[] }
  /** «в течение 14 рабочих дней со дня истечения срока подачи сведений» (30 апреля). */
  | { kind: 'working_days_after'; days: number; from: MonthDay; fromLabel: string };

const monthDay = z
  .string()
  .refine(isMonthDay, 'ожидается день года ММ-ДД')
  .transform((v) => v as MonthDay);

export const termRuleSchema: z.ZodType<TermRule, unknown> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('permanent') }),
  z.object({ kind: z.literal('on_arrival') }),
  z.object({
    kind: z.literal('period'),
    fromYear: z.number().int().min(2000).max(2100).optional(),
    toYear: z.number().int().min(2000).max(2100).optional(),
  }),
  z.object({ kind: z.literal('yearly'), date: monthDay, nextYear: z.boolean().optional() }),
  z.object({ kind: z.literal('quarterly') }),
  z.object({ kind: z.literal('quarters'), quarters: z.array(z.number().int().min(1).max(4)).min(1).max(4) }),
  z.object({
    kind: z.literal('working_days_after'),
    days: z.number().int().min(1).max(365),
    from: monthDay,
    fromLabel: z.string().trim().min(1),
  }),
]) as z.ZodType<TermRule, unknown>;

export const termKindLabels: Record<TermRule['kind'], string> = {
  permanent: 'Постоянно',
  on_arrival: 'По мере поступления информации',
  period: 'В течение периода (лет)',
  yearly: 'Ежегодно к дате',
  quarterly: 'Ежеквартально',
  quarters: 'Ежегодно в кварталах',
  working_days_after: 'Рабочих дней после даты',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The rule in Russian, for a list or a tooltip. */
export function describeTermRule(rule: TermRule): string {
  switch (rule.kind) {
    case 'permanent':
    case 'on_arrival':
    case 'quarterly':
      return termKindLabels[rule.kind];
    case 'period':
      return rule.fromYear && rule.toYear
        ? `В течение ${rule.fromYear}–${rule.toYear} годов`
        : 'В течение срока действия плана';
    case 'yearly':
      return `Ежегодно до ${monthDayPhrase(rule.date)}${rule.nextYear ? ' года, следующего за отчётным' : ''}`;
    case 'quarters':
      return `Ежегодно, ${rule.quarters.join(', ')} квартал${rule.quarters.length > 1 ? 'ы' : ''}`;
    case 'working_days_after':
      return `В течение ${rule.days} рабочих дней со дня ${rule.fromLabel} (${monthDayPhrase(rule.from)})`;
  }
}

/**
 * Reads a term written in words. Returns null when the words carry no rule the system knows — the user
 * then chooses one. Order matters: the most specific patterns first.
 */
export function parseTermText(text: string): TermRule | null {
  const t = text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  const days = t.match(/в течение (\d+) рабочих дней/);
  if (days) {
    // «со дня истечения срока, установленного для подачи указанных сведений» — the 30 April filing deadline
    // of income declarations (Указ Президента РФ от 18.05.2009 № 559, п. 3; domain.md §3.1).
    return {
      kind: 'working_days_after',
      days: Number(days[1]),
      from: '04-30',
      fromLabel: 'истечения срока подачи сведений о доходах',
    };
  }
  const dated = t.match(
    /(?:до|не позднее)\s+(\d{1,2})(?:-?го)?\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)/,
  );
  if (dated) {
    const md = `${pad(MONTHS_GENITIVE.indexOf(dated[2]) + 1)}-${pad(Number(dated[1]))}` as MonthDay;
    return { kind: 'yearly', date: md, ...(/следующ[а-я]* за отчетным/.test(t) ? { nextYear: true } : {}) };
  }
  const quarters = t.match(/(\d)\s*(?:[-–—,и]\s*(\d)\s*)?квартал/);
  if (quarters) {
    const from = Number(quarters[1]);
    const to = quarters[2] ? Number(quarters[2]) : from;
    if (from >= 1 && to <= 4 && from <= to)
      return { kind: 'quarters', quarters: Array.from({ length: to - from + 1 }, (_, i) => from + i) };
  }
  if (/ежекварт/.test(t)) return { kind: 'quarterly' };
  if (/по мере поступлени/.test(t)) return { kind: 'on_arrival' };
  if (/постоянно/.test(t)) return { kind: 'permanent' };
  const years = t.match(/(\d{4})\s*[-–—]\s*(\d{4})/);
  if (years) return { kind: 'period', fromYear: Number(years[1]), toYear: Number(years[2]) };
  if (/планируем[а-я]* период|в течение срока/.test(t)) return { kind: 'period' };
  return null;
}
