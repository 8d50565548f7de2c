/**
 * Concrete control dates of a measure in a year, from its term rule. Working-day rules use the production
 * calendar; a control date on a non-working day moves to the next working day (ГК РФ ст. 193).
 */
import { addWorkingDays, shiftToWorkingDay } from '../calendar/calendar-arithmetic.js';
import { formatDateRu, type IsoDate, toIsoDate } from '../calendar/iso-date.js';
import type { ProductionCalendar } from '../calendar/production-calendar.js';
import { describeTermRule, type TermRule } from './term-rule.js';

export type ControlDate = {
  date: IsoDate;
  /** Which occurrence: «30 апреля 2024», «II квартал 2024». */
  label: string;
  /** How the date was obtained, in Russian. */
  explanation: string;
};

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'] as const;
const ROMAN = ['I', 'II', 'III', 'IV'];

function onWorkingDay(cal: ProductionCalendar, date: IsoDate, label: string, why: string): ControlDate {
  const shifted = shiftToWorkingDay(cal, date, 'next');
  const moved = shifted.date !== date;
  return {
    date: shifted.date,
    label,
    explanation: `${why}: ${formatDateRu(date)}${moved ? ` — нерабочий день, перенос на ${formatDateRu(shifted.date)} (ГК РФ ст. 193)` : ''}`,
  };
}

/**
 * Control dates of `rule` that fall in `year`. Terms with no date of their own (permanent, as information
 * arrives, during the plan's period) have none: they are reported on by the plan's reporting date.
 * `nextYear` rules («до 20 января года, следующего за отчётным») give the date for the report on `year`,
 * which lies in `year + 1`.
 */
export function controlDatesInYear(cal: ProductionCalendar, rule: TermRule, year: number): ControlDate[] {
  const why = describeTermRule(rule);
  switch (rule.kind) {
    case 'permanent':
    case 'on_arrival':
    case 'period':
      return [];
    case 'yearly': {
      const y = rule.nextYear ? year + 1 : year;
      const [m, d] = rule.date.split('-').map(Number);
      return [onWorkingDay(cal, toIsoDate(y, m, d), rule.nextYear ? `за ${year} год` : `${year} год`, why)];
    }
    case 'quarterly':
    case 'quarters': {
      const qs = rule.kind === 'quarterly' ? [1, 2, 3, 4] : rule.quarters;
      return qs.map((q) => {
        const [m, d] = QUARTER_END[q - 1].split('-').map(Number);
        return onWorkingDay(
          cal,
          toIsoDate(year, m, d),
          `${ROMAN[q - 1]} квартал ${year}`,
          `${why}, окончание квартала`,
        );
      });
    }
    case 'working_days_after': {
      const [m, d] = rule.from.split('-').map(Number);
      const start = shiftToWorkingDay(cal, toIsoDate(year, m, d), 'next').date;
      const due = addWorkingDays(cal, start, rule.days);
      return [
        {
          date: due.date,
          label: `${year} год`,
          explanation: `${rule.days} рабочих дней после ${formatDateRu(start)}: ${formatDateRu(due.date)}`,
        },
      ];
    }
  }
}

/** Whether a rule applies in `year` given the plan's years (a «period» rule limited to its own years). */
export function ruleActiveInYear(
  rule: TermRule,
  year: number,
  plan: { periodFrom: number; periodTo: number },
): boolean {
  if (year < plan.periodFrom || year > plan.periodTo) return false;
  if (rule.kind === 'period')
    return year >= (rule.fromYear ?? plan.periodFrom) && year <= (rule.toYear ?? plan.periodTo);
  return true;
}
