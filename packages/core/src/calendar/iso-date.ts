/**
 * Plain calendar dates without time zones.
 *
 * Deadlines in Russian law are counted in whole calendar days (ТК РФ ст. 14, ГК РФ ст. 191), so dates are
 * kept as ISO strings 'YYYY-MM-DD' and converted to a day number (days since 1970-01-01, computed in UTC)
 * for arithmetic. No local time zone ever enters a computation, so a server in UTC and a browser in
 * Asia/Novokuznetsk compute the same deadline.
 */

/** A calendar date as 'YYYY-MM-DD' (validated at run time by {@link parseIsoDate}). */
export type IsoDate = `${number}-${number}-${number}`;

/** A day of a year as 'MM-DD', used in calendar year data. */
export type MonthDay = `${number}-${number}`;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY_RE = /^(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Year, month (1–12) and day of a date. */
export type DateParts = { year: number; month: number; day: number };

/** Number of days in a month (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a string is a real date in 'YYYY-MM-DD' form (rejects '2024-02-30'). */
export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/**
 * Splits an ISO date into numbers.
 * @throws RangeError naming the value when it is not a real 'YYYY-MM-DD' date.
 */
export function parseIsoDate(value: string): DateParts {
  if (!isIsoDate(value)) throw new RangeError(`Некорректная дата «${value}»: ожидается ГГГГ-ММ-ДД`);
  const [year, month, day] = value.split('-').map(Number);
  return { year, month, day };
}

/** Builds 'YYYY-MM-DD' from numbers (month 1–12); validates the result. */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(value)) throw new RangeError(`Некорректная дата: год ${year}, месяц ${month}, день ${day}`);
  return value;
}

/** Whether a string is a real day of some year in 'MM-DD' form ('02-29' is accepted). */
export function isMonthDay(value: string): value is MonthDay {
  const m = MONTH_DAY_RE.exec(value);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month);
}

/** The 'MM-DD' part of an ISO date. */
export function monthDayOf(date: IsoDate): MonthDay {
  parseIsoDate(date);
  return date.slice(5) as MonthDay;
}

/** Days since 1970-01-01 (UTC), the unit of all date arithmetic here. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Inverse of {@link toDayNumber}. */
export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The date `days` calendar days after (negative: before) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return (((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** Whether a date is a Saturday or a Sunday. */
export function isWeekend(date: IsoDate): boolean {
  return weekdayOf(date) >= 6;
}

/** Russian document form 'DD.MM.YYYY'. */
export function formatDateRu(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** Short Russian form 'DD.MM' (used when listing counted days). */
export function formatDayMonthRu(date: IsoDate): string {
  return formatDateRu(date).slice(0, 5);
}

const WEEKDAY_NAMES_RU = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'];

/** Russian name of the weekday of a date ('воскресенье'). */
export function weekdayNameRu(date: IsoDate): string {
  return WEEKDAY_NAMES_RU[weekdayOf(date) - 1];
}
