/**
 * Day-by-day comparison of two versions of a calendar year — used to check a loaded dataset against the
 * decree-based data (domain.md §16.6 warns that stored 2024 xmlcalendar files contained errors).
 */
import type { CalendarYear } from './calendar-year.js';
import { addDays, type IsoDate, isWeekend, type MonthDay, monthDayOf, toIsoDate } from './iso-date.js';

/** Effective status of a day for a five-day week. */
export type DayStatus = 'working' | 'short' | 'off';

/** One date on which two versions of a year disagree. */
export type CalendarDifference = { date: IsoDate; expected: DayStatus; actual: DayStatus };

/** Effective status of a date in the given year's data (weekends off unless listed as working). */
export function dayStatusInYear(data: CalendarYear, date: IsoDate): DayStatus {
  const md: MonthDay = monthDayOf(date);
  const isWorking = data.workingWeekends.includes(md) || (!data.daysOff.includes(md) && !isWeekend(date));
  if (!isWorking) return 'off';
  return data.shortDays.includes(md) ? 'short' : 'working';
}

/**
 * Every date of the year whose status differs between `expected` and `actual` (same year number required).
 * Raw lists may differ harmlessly (a dataset also lists holidays that fall on a weekend); this compares effect.
 */
export function compareCalendarYears(expected: CalendarYear, actual: CalendarYear): CalendarDifference[] {
  if (expected.year !== actual.year)
    throw new RangeError(`Сравниваются разные годы: ${expected.year} и ${actual.year}`);
  const differences: CalendarDifference[] = [];
  const end = toIsoDate(expected.year, 12, 31);
  for (let date = toIsoDate(expected.year, 1, 1); date <= end; date = addDays(date, 1)) {
    const a = dayStatusInYear(expected, date);
    const b = dayStatusInYear(actual, date);
    if (a !== b) differences.push({ date, expected: a, actual: b });
  }
  return differences;
}
