/**
 * Counting periods on the production calendar.
 *
 * ТК РФ ст. 14 and ГК РФ ст. 191: a period starts on the day after the event. ГК РФ ст. 193, ТК РФ ст. 14
 * ч. 4, КАС РФ ст. 93: a last day that falls on a non-working day moves to the next working day.
 * ГК РФ ст. 192: a period in months ends on the same-numbered day of the last month, or on its last day.
 */
import { addDays, daysInMonth, type IsoDate, parseIsoDate, toIsoDate } from './iso-date.js';
import {
  type CalendarWarning,
  createDayTracker,
  type DayInfo,
  type ProductionCalendar,
} from './production-calendar.js';

/**
 * What happens to a last day that is not a working day: 'next' working day (the federal rule), 'previous'
 * working day (local practice for 59-ФЗ answers in many municipal regulations), or 'none'.
 */
export type ShiftDirection = 'next' | 'previous' | 'none';

/** A computed date with what is needed to explain it. */
export type DateComputation = {
  /** The due date after any shift. */
  date: IsoDate;
  /** The last day of the period by count, before any shift. */
  periodEnd: IsoDate;
  /** The non-working `periodEnd` that was moved, or null when no shift happened. */
  shiftedFrom: DayInfo | null;
  /** The working days counted, in order (only for working-day periods). */
  countedDays: readonly IsoDate[];
  /** True when an estimated (not loaded) year was used. */
  isEstimated: boolean;
  warnings: CalendarWarning[];
};

/** Working days in a range, with hours for a five-day 40-hour week. */
export type WorkingDayCount = {
  count: number;
  shortDays: number;
  /** count × 8 − shortened days (ТК РФ ст. 95). */
  hours40: number;
  isEstimated: boolean;
  warnings: CalendarWarning[];
};

// No run of consecutive non-working days is longer than this (the January block is at most ~12 days).
const MAX_SHIFT_DAYS = 60;

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || Math.abs(n) > 100_000)
    throw new RangeError(`${what}: ожидается целое число, получено ${n}`);
}

function shiftWith(tracker: ReturnType<typeof createDayTracker>, periodEnd: IsoDate, shift: ShiftDirection) {
  const endInfo = tracker.info(periodEnd);
  if (shift === 'none' || endInfo.isWorking) return { date: periodEnd, shiftedFrom: null };
  const step = shift === 'next' ? 1 : -1;
  let date = addDays(periodEnd, step);
  for (let i = 0; !tracker.info(date).isWorking; i++) {
    if (i > MAX_SHIFT_DAYS) throw new RangeError(`Нет рабочего дня рядом с ${periodEnd}: проверьте календарь`);
    date = addDays(date, step);
  }
  return { date, shiftedFrom: endInfo };
}

/**
 * Moves a non-working date to the next or previous working day ('none' keeps it).
 * @example shiftToWorkingDay(defaultCalendar, '2024-04-28', 'next').date === '2024-05-02'
 */
export function shiftToWorkingDay(cal: ProductionCalendar, date: IsoDate, shift: ShiftDirection): DateComputation {
  const tracker = createDayTracker(cal);
  const shifted = shiftWith(tracker, date, shift);
  return { ...shifted, periodEnd: date, countedDays: [], ...tracker.summary() };
}

/**
 * The `n`-th working day after `from` (ТК РФ ст. 14: counting starts the day after the event); a negative
 * `n` counts back ("not later than 10 working days before the start"); 0 returns `from` itself.
 * @example addWorkingDays(defaultCalendar, '2023-12-29', 3).date === '2024-01-11'
 */
export function addWorkingDays(cal: ProductionCalendar, from: IsoDate, n: number): DateComputation {
  assertCount(n, 'Число рабочих дней');
  const tracker = createDayTracker(cal);
  const step = n >= 0 ? 1 : -1;
  const counted: IsoDate[] = [];
  // The event day itself is never counted (ТК РФ ст. 14), so its year does not make the result an estimate.
  let date = from;
  while (counted.length < Math.abs(n)) {
    date = addDays(date, step);
    if (tracker.info(date).isWorking) counted.push(date);
  }
  return { date, periodEnd: date, shiftedFrom: null, countedDays: counted, ...tracker.summary() };
}

/**
 * `from` plus `n` calendar days (non-working days included, ТК РФ ст. 14 ч. 3), the last day moved by `shift`
 * when it is not a working day (default 'next', ГК РФ ст. 193).
 * @example addCalendarDays(defaultCalendar, '2024-03-15', 30).date === '2024-04-15' // 14.04 is a Sunday
 */
export function addCalendarDays(
  cal: ProductionCalendar,
  from: IsoDate,
  n: number,
  options: { shift?: ShiftDirection } = {},
): DateComputation {
  assertCount(n, 'Число календарных дней');
  const tracker = createDayTracker(cal);
  const periodEnd = addDays(from, n);
  const shifted = shiftWith(tracker, periodEnd, options.shift ?? 'next');
  return { ...shifted, periodEnd, countedDays: [], ...tracker.summary() };
}

/**
 * `from` plus `n` months (ГК РФ ст. 192 ч. 3): the same-numbered day of the last month, or its last day if
 * the month is shorter; then moved by `shift` (default 'next'). Years are 12 months (ст. 192 ч. 1).
 * @example addMonths(defaultCalendar, '2024-01-31', 1).date === '2024-02-29'
 */
export function addMonths(
  cal: ProductionCalendar,
  from: IsoDate,
  n: number,
  shift: ShiftDirection = 'next',
): DateComputation {
  assertCount(n, 'Число месяцев');
  const { year, month, day } = parseIsoDate(from);
  const monthIndex = year * 12 + (month - 1) + n;
  const endYear = Math.floor(monthIndex / 12);
  const endMonth = (monthIndex % 12) + 1;
  const periodEnd = toIsoDate(endYear, endMonth, Math.min(day, daysInMonth(endYear, endMonth)));
  const tracker = createDayTracker(cal);
  const shifted = shiftWith(tracker, periodEnd, shift);
  return { ...shifted, periodEnd, countedDays: [], ...tracker.summary() };
}

/**
 * Working days from `from` to `to`, both included, with shortened days and 40-hour-week hours.
 * @throws RangeError when `to` is before `from`.
 */
export function countWorkingDays(cal: ProductionCalendar, from: IsoDate, to: IsoDate): WorkingDayCount {
  if (to < from) throw new RangeError(`Конец периода ${to} раньше начала ${from}`);
  const tracker = createDayTracker(cal);
  let count = 0;
  let shortDays = 0;
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const info = tracker.info(date);
    if (info.isWorking) count++;
    if (info.isShort) shortDays++;
  }
  return { count, shortDays, hours40: count * 8 - shortDays, ...tracker.summary() };
}

/** Working days (and hours) in a month, month 1–12. */
export function workingDaysInMonth(cal: ProductionCalendar, year: number, month: number): WorkingDayCount {
  return countWorkingDays(cal, toIsoDate(year, month, 1), toIsoDate(year, month, daysInMonth(year, month)));
}
