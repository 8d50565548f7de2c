/**
 * Applies a deadline rule to an event date and explains the result in Russian, so that every deadline shown
 * in the UI or a report can say how it was counted and on what legal basis (architecture.md, decision 3).
 */
import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  type DateComputation,
  shiftToWorkingDay,
} from './calendar-arithmetic.js';
import type { DeadlineRule } from './deadline-rule.js';
import { amountPhrase, type CountedKind, monthDayPhrase, nonWorkingReason, shiftPhrase } from './deadline-wording.js';
import { formatDateRu, formatDayMonthRu, type IsoDate, parseIsoDate, toIsoDate } from './iso-date.js';
import { type CalendarWarning, getDayInfo, type ProductionCalendar } from './production-calendar.js';

/** A computed deadline with its explanation. */
export type DeadlineComputation = {
  /** Last day to act; null for a rule of kind 'none'. */
  dueDate: IsoDate | null;
  rule: DeadlineRule;
  eventDate: IsoDate;
  /** Russian sentence, e.g. «3 рабочих дня с 06.05.2024 (…): 07.05, 08.05, 13.05 → 13.05.2024». */
  explanation: string;
  /** Whether the rule's maximum extension was applied. */
  isExtended: boolean;
  /** True when a year without a loaded calendar was used; `warnings` then says which. */
  isEstimated: boolean;
  warnings: CalendarWarning[];
};

// Lists of counted days longer than this are shortened in the explanation.
const MAX_LISTED_DAYS = 15;

function listDays(days: readonly IsoDate[]): string {
  const shown = days.length <= MAX_LISTED_DAYS ? days : [...days.slice(0, 3), null, ...days.slice(-2)];
  return shown.map((d) => (d === null ? '…' : formatDayMonthRu(d))).join(', ');
}

function firstFixedDateAfter(eventDate: IsoDate, monthDay: string): IsoDate {
  const { year } = parseIsoDate(eventDate);
  const [month, day] = [Number(monthDay.slice(0, 2)), Number(monthDay.slice(3))];
  const sameYear = toIsoDate(year, month, day);
  return sameYear > eventDate ? sameYear : toIsoDate(year + 1, month, day);
}

/**
 * Computes the due date of `rule` for an event on `eventDate`.
 * Counting starts the day after the event (ТК РФ ст. 14, ГК РФ ст. 191); for calendar days, months and fixed
 * dates a non-working last day moves as `rule.shift` says; working days always end on a working day.
 * @param options.extended apply the rule's maximum extension (e.g. 59-ФЗ ст. 12 ч. 2: +30 days).
 * @throws RangeError when `options.extended` is set but the rule has no extension.
 */
export function computeDeadline(
  cal: ProductionCalendar,
  rule: DeadlineRule,
  eventDate: IsoDate,
  options: { extended?: boolean } = {},
): DeadlineComputation {
  parseIsoDate(eventDate);
  const isExtended = options.extended === true;
  if (isExtended && !rule.extension) throw new RangeError(`Срок «${rule.description}» продлению не подлежит`);
  const extensionAmount = isExtended && rule.extension ? rule.extension.amount : 0;
  const amount = rule.amount + extensionAmount;
  const event = formatDateRu(eventDate);
  const basis = `(${rule.basis})`;
  // «30 + 30 календарных дней (продление — 59-ФЗ, ст. 12, ч. 2) с 15.03.2024 (59-ФЗ, ст. 12, ч. 1)»
  const counted = (kind: CountedKind) =>
    rule.extension && isExtended
      ? `${amountPhrase(kind, rule.amount, extensionAmount)} (продление — ${rule.extension.basis})`
      : amountPhrase(kind, amount);

  let result: DateComputation;
  let head: string;
  switch (rule.kind) {
    case 'none':
      return {
        dueDate: null,
        rule,
        eventDate,
        explanation: `Срок не установлен: ${rule.description} ${basis}`,
        isExtended: false,
        isEstimated: false,
        warnings: [],
      };
    case 'working_days': {
      result = addWorkingDays(cal, eventDate, amount);
      const days = result.countedDays.length > 0 ? `: ${listDays(result.countedDays)}` : '';
      head =
        amount >= 0
          ? `${counted('working_days')} с ${event} ${basis}${days}`
          : `За ${amountPhrase('working_days', amount)} до ${event} ${basis}${days}`;
      break;
    }
    case 'calendar_days':
      result = addCalendarDays(cal, eventDate, amount, { shift: rule.shift });
      head =
        amount >= 0
          ? `${counted('calendar_days')} с ${event} ${basis}`
          : `За ${amountPhrase('calendar_days', amount)} до ${event} ${basis}`;
      break;
    case 'months': {
      result = addMonths(cal, eventDate, amount, rule.shift);
      const isMonthShorter = parseIsoDate(result.periodEnd).day !== parseIsoDate(eventDate).day;
      head = `${counted('months')} с ${event} ${basis}`;
      // ГК РФ ст. 192 ч. 3: no same-numbered day in the last month → its last day.
      if (isMonthShorter) head += `: соответствующего числа в последнем месяце нет — последний день месяца`;
      break;
    }
    case 'fixed_date': {
      if (!rule.fixedDate) throw new RangeError(`У срока «${rule.description}» не указана дата ММ-ДД`);
      result = shiftToWorkingDay(cal, firstFixedDateAfter(eventDate, rule.fixedDate), rule.shift);
      head = `Срок — ${monthDayPhrase(rule.fixedDate)}, ближайшее после ${event} ${basis}`;
      break;
    }
    default: {
      const unreachable: never = rule.kind;
      throw new RangeError(`Неизвестный вид срока: ${String(unreachable)}`);
    }
  }

  let shift = result.shiftedFrom ? `; ${shiftPhrase(result.shiftedFrom, rule.shift)}` : '';
  if (rule.kind !== 'working_days' && rule.shift === 'none') {
    const end = getDayInfo(cal, result.date);
    if (!end.isWorking) shift = `; ${formatDateRu(end.date)} — ${nonWorkingReason(end)}, перенос не применяется`;
  }
  const warning = result.isEstimated ? ` Внимание: ${result.warnings.map((w) => w.message).join('; ')}.` : '';
  return {
    dueDate: result.date,
    rule,
    eventDate,
    explanation: `${head}${shift} → ${formatDateRu(result.date)}${warning}`,
    isExtended,
    isEstimated: result.isEstimated,
    warnings: result.warnings,
  };
}
