/**
 * The production calendar: which days are working, shortened or off.
 *
 * Built from year data so that an administrator can load a new year (see `parseXmlCalendar`). A date in a
 * year that is not loaded is answered from an estimate (Mon–Fri + ТК РФ ст. 112) and every result that used
 * such a day carries `isEstimated` and a warning — or, with `outOfRange: 'error'`, the lookup throws.
 */
import { builtInCalendarYears } from './calendar-data.js';
import { CalendarDataError, type CalendarDataIssue, type CalendarYear, validateCalendarYear } from './calendar-year.js';
import {
  daysInMonth,
  type IsoDate,
  isWeekend,
  type MonthDay,
  monthDayOf,
  parseIsoDate,
  toIsoDate,
} from './iso-date.js';
import { buildEstimatedYear, laborCodeHolidayName } from './labor-code-holidays.js';

/**
 * What a day is: a plain working day, a working Saturday/Sunday (by decree), an ordinary weekend, a
 * non-working holiday of ТК РФ ст. 112 or another day off (transferred by decree or by ст. 112 ч. 2).
 */
export type DayKind = 'working' | 'working_weekend' | 'weekend' | 'holiday' | 'day_off';

/** Everything the calendar knows about one date. */
export type DayInfo = {
  date: IsoDate;
  kind: DayKind;
  isWorking: boolean;
  /** Pre-holiday working day shortened by one hour (ТК РФ ст. 95). */
  isShort: boolean;
  /** Name of the art. 112 holiday, when `kind` is 'holiday'. */
  holidayName: string | null;
  /** True when the year is not loaded and the answer is an estimate. */
  isEstimated: boolean;
};

/** A warning attached to a result that relied on an estimated year. */
export type CalendarWarning = { code: 'year_not_loaded'; year: number; message: string };

/** What to do with a date in a year that is not loaded. */
export type OutOfRangePolicy = 'estimate' | 'error';

type YearIndex = {
  data: CalendarYear;
  off: ReadonlySet<string>;
  workingWeekends: ReadonlySet<string>;
  short: ReadonlySet<string>;
  isEstimated: boolean;
};

/** A production calendar; create with {@link createProductionCalendar}. Treat as immutable. */
export type ProductionCalendar = {
  /** Loaded years by number. */
  readonly years: ReadonlyMap<number, CalendarYear>;
  readonly outOfRange: OutOfRangePolicy;
  /** Lookup indexes; estimated years are added on first use (a pure memo, same answer every time). */
  readonly indexes: Map<number, YearIndex>;
};

/** Thrown for a date outside the loaded years when the calendar was created with `outOfRange: 'error'`. */
export class CalendarRangeError extends RangeError {
  readonly year: number;
  constructor(year: number) {
    super(`Производственный календарь на ${year} год не загружен`);
    this.name = 'CalendarRangeError';
    this.year = year;
  }
}

function indexYear(data: CalendarYear, isEstimated: boolean): YearIndex {
  return {
    data,
    off: new Set(data.daysOff),
    workingWeekends: new Set(data.workingWeekends),
    short: new Set(data.shortDays),
    isEstimated,
  };
}

function yearIndex(cal: ProductionCalendar, year: number): YearIndex {
  const found = cal.indexes.get(year);
  if (found) return found;
  if (cal.outOfRange === 'error') throw new CalendarRangeError(year);
  const estimated = indexYear(buildEstimatedYear(year), true);
  cal.indexes.set(year, estimated);
  return estimated;
}

function dayKind(index: YearIndex, date: IsoDate, md: MonthDay, holidayName: string | null): DayKind {
  // The year's data decides whether a weekday is off; the art. 112 list only names the day.
  if (index.workingWeekends.has(md)) return 'working_weekend';
  const isOff = index.off.has(md);
  if (!isOff && !isWeekend(date)) return 'working';
  if (holidayName !== null) return 'holiday';
  return isOff ? 'day_off' : 'weekend';
}

function describeDay(index: YearIndex, date: IsoDate): DayInfo {
  const md: MonthDay = monthDayOf(date);
  const holidayName = laborCodeHolidayName(md);
  const kind = dayKind(index, date, md, holidayName);
  const isWorking = kind === 'working' || kind === 'working_weekend';
  return {
    date,
    kind,
    isWorking,
    isShort: isWorking && index.short.has(md),
    holidayName: kind === 'holiday' ? holidayName : null,
    isEstimated: index.isEstimated,
  };
}

/** Year totals computed from the data: working days and hours for a five-day 40-hour week. */
export function computeYearTotals(data: CalendarYear): { workingDays: number; hours40: number } {
  const index = indexYear(data, false);
  let workingDays = 0;
  let shortDays = 0;
  for (let month = 1; month <= 12; month++) {
    for (let day = 1; day <= daysInMonth(data.year, month); day++) {
      const info = describeDay(index, toIsoDate(data.year, month, day));
      if (info.isWorking) workingDays++;
      if (info.isShort) shortDays++;
    }
  }
  return { workingDays, hours40: workingDays * 8 - shortDays };
}

/**
 * Builds a calendar from year data, validating every year and, where given, its official totals.
 * @param years calendar years; each year at most once.
 * @param options.outOfRange 'estimate' (default): answer other years from ТК РФ ст. 112 with a warning;
 *   'error': throw {@link CalendarRangeError}.
 * @throws CalendarDataError listing every inconsistency (path like '2024.shortDays[3]').
 */
export function createProductionCalendar(
  years: readonly CalendarYear[],
  options: { outOfRange?: OutOfRangePolicy } = {},
): ProductionCalendar {
  const issues: CalendarDataIssue[] = [];
  const byYear = new Map<number, CalendarYear>();
  for (const data of years) {
    if (byYear.has(data.year)) issues.push({ path: `${data.year}`, message: 'год загружен дважды' });
    const yearIssues = validateCalendarYear(data);
    issues.push(...yearIssues);
    if (yearIssues.length === 0 && data.officialTotals) {
      const totals = computeYearTotals(data);
      const expected = data.officialTotals;
      if (totals.workingDays !== expected.workingDays || totals.hours40 !== expected.hours40) {
        issues.push({
          path: `${data.year}.officialTotals`,
          message: `по данным ${totals.workingDays} раб. дн. / ${totals.hours40} ч, официально ${expected.workingDays} / ${expected.hours40}`,
        });
      }
    }
    byYear.set(data.year, data);
  }
  if (issues.length > 0) throw new CalendarDataError(issues);
  const indexes = new Map<number, YearIndex>();
  for (const [year, data] of byYear) indexes.set(year, indexYear(data, false));
  return { years: byYear, outOfRange: options.outOfRange ?? 'estimate', indexes };
}

/** A new calendar with `data` added, or replacing the loaded year with the same number. */
export function withCalendarYear(cal: ProductionCalendar, data: CalendarYear): ProductionCalendar {
  const others = [...cal.years.values()].filter((y) => y.year !== data.year);
  return createProductionCalendar([...others, data], { outOfRange: cal.outOfRange });
}

/** The calendar shipped with the product: 2024, 2025 and 2026. */
export const defaultCalendar: ProductionCalendar = createProductionCalendar(builtInCalendarYears);

/** Whether the year's calendar is loaded (answers for other years are estimates). */
export function isYearLoaded(cal: ProductionCalendar, year: number): boolean {
  return cal.years.has(year);
}

/**
 * Everything known about a date. `isEstimated` is true for a year that is not loaded.
 * @throws CalendarRangeError for such a year when the calendar's policy is 'error'.
 */
export function getDayInfo(cal: ProductionCalendar, date: IsoDate): DayInfo {
  return describeDay(yearIndex(cal, parseIsoDate(date).year), date);
}

/**
 * Whether the date is a working day. For a year that is not loaded the answer is an estimate — use
 * {@link getDayInfo} (`isEstimated`) or a calendar with `outOfRange: 'error'` when that matters.
 */
export function isWorkingDay(cal: ProductionCalendar, date: IsoDate): boolean {
  return getDayInfo(cal, date).isWorking;
}

/** Whether the date is a working day shortened by one hour (ТК РФ ст. 95). Same caveat as {@link isWorkingDay}. */
export function isShortDay(cal: ProductionCalendar, date: IsoDate): boolean {
  return getDayInfo(cal, date).isShort;
}

/** The warning for a year that is not loaded (Russian text for users). */
export function yearNotLoadedWarning(year: number): CalendarWarning {
  return {
    code: 'year_not_loaded',
    year,
    message: `Производственный календарь на ${year} год не загружен: учтены только праздники ТК РФ ст. 112, без постановления Правительства о переносе выходных дней — результат ориентировочный`,
  };
}

/**
 * Collects the estimated years met while walking the calendar, so that a computed result can say it is an
 * estimate. Internal helper of the arithmetic functions.
 */
export function createDayTracker(cal: ProductionCalendar) {
  const estimatedYears = new Set<number>();
  return {
    info(date: IsoDate): DayInfo {
      const info = getDayInfo(cal, date);
      if (info.isEstimated) estimatedYears.add(parseIsoDate(date).year);
      return info;
    },
    summary(): { isEstimated: boolean; warnings: CalendarWarning[] } {
      const years = [...estimatedYears].sort((a, b) => a - b);
      return { isEstimated: years.length > 0, warnings: years.map(yearNotLoadedWarning) };
    },
  };
}
