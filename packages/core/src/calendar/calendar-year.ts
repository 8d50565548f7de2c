/**
 * One year of the Russian production calendar (производственный календарь) as data.
 *
 * The calendar is data, not code, so that an administrator can load a new year when the Government
 * publishes the decree on transferring days off (ТК РФ ст. 112 ч. 5: no later than a month before the year).
 */
import { type IsoDate, isMonthDay, type MonthDay, toIsoDate, weekdayOf } from './iso-date.js';

/** Reference to the Government decree «О переносе выходных дней в … году». */
export type DecreeReference = {
  /** Short citation used in explanations: 'ПП РФ от 10.08.2023 № 1314'. */
  citation: string;
  number: string;
  date: IsoDate;
  title: string;
};

/** Where a calendar year comes from; shown next to every deadline computed with it. */
export type CalendarSource = {
  /** Always the Labour Code article that defines the holidays: 'ТК РФ ст. 112'. */
  laborCodeBasis: string;
  /** The transfer decree; null when the year was loaded from a dataset without naming it. */
  decree: DecreeReference | null;
  /** Dataset the year was loaded from, e.g. 'xmlcalendar.ru ru/2024/calendar.xml (2023.09.30)'. */
  dataset?: string;
  note?: string;
};

/** A day off moved by the decree (or automatically by art. 112 ч. 2) from one day to another. */
export type DayOffTransfer = { from: MonthDay; to: MonthDay };

/** Official year totals for a five-day 40-hour week, used to check the data when the calendar is built. */
export type OfficialTotals = { workingDays: number; hours40: number };

/**
 * One calendar year. Saturdays and Sundays are days off unless listed in `workingWeekends`.
 */
export type CalendarYear = {
  year: number;
  source: CalendarSource;
  /** Non-working days besides ordinary weekends: holidays, the January block, transferred days off. */
  daysOff: readonly MonthDay[];
  /** Saturdays/Sundays that are working days by the decree. */
  workingWeekends: readonly MonthDay[];
  /** Pre-holiday working days shortened by one hour (ТК РФ ст. 95). */
  shortDays: readonly MonthDay[];
  /** Transfers as written in the decree (documentation; the effect is already in `daysOff`). */
  transfers: readonly DayOffTransfer[];
  officialTotals?: OfficialTotals;
};

/** One problem found in calendar year data; `path` names the field, e.g. '2024.workingWeekends[1]'. */
export type CalendarDataIssue = { path: string; message: string };

/** Thrown when calendar year data is inconsistent; lists every issue found. */
export class CalendarDataError extends Error {
  readonly issues: readonly CalendarDataIssue[];
  constructor(issues: readonly CalendarDataIssue[]) {
    super(`Ошибки в данных производственного календаря:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
    this.name = 'CalendarDataError';
    this.issues = issues;
  }
}

/** The ISO date of a 'MM-DD' day in a given year, or null if that day does not exist (02-29). */
export function monthDayInYear(year: number, monthDay: MonthDay): IsoDate | null {
  const [month, day] = monthDay.split('-').map(Number);
  try {
    return toIsoDate(year, month, day);
  } catch {
    return null;
  }
}

/**
 * Checks one year's data for internal consistency (the totals check needs the whole calendar and is done
 * in `createProductionCalendar`). Returns the issues; an empty list means the data is usable.
 */
export function validateCalendarYear(data: CalendarYear): CalendarDataIssue[] {
  const issues: CalendarDataIssue[] = [];
  const y = data.year;
  if (!Number.isInteger(y) || y < 1900 || y > 2999) {
    return [{ path: `${y}.year`, message: `год должен быть целым числом 1900–2999, получено ${y}` }];
  }
  const checkList = (field: 'daysOff' | 'workingWeekends' | 'shortDays'): Set<string> => {
    const seen = new Set<string>();
    data[field].forEach((md, i) => {
      const path = `${y}.${field}[${i}]`;
      if (!isMonthDay(md) || monthDayInYear(y, md) === null) {
        issues.push({ path, message: `«${md}» — не день ${y} года в форме ММ-ДД` });
      } else if (seen.has(md)) {
        issues.push({ path, message: `день ${md} указан дважды` });
      }
      seen.add(md);
    });
    return seen;
  };
  const off = checkList('daysOff');
  const workingWeekends = checkList('workingWeekends');
  checkList('shortDays');
  data.workingWeekends.forEach((md, i) => {
    const date = isMonthDay(md) ? monthDayInYear(y, md) : null;
    if (date && weekdayOf(date) < 6) {
      issues.push({ path: `${y}.workingWeekends[${i}]`, message: `${md} — не суббота и не воскресенье` });
    }
    if (off.has(md)) issues.push({ path: `${y}.workingWeekends[${i}]`, message: `${md} одновременно в daysOff` });
  });
  data.shortDays.forEach((md, i) => {
    const date = isMonthDay(md) ? monthDayInYear(y, md) : null;
    if (!date) return;
    const isWorking = off.has(md) ? false : weekdayOf(date) < 6 || workingWeekends.has(md);
    if (!isWorking) {
      issues.push({ path: `${y}.shortDays[${i}]`, message: `${md} — сокращённым может быть только рабочий день` });
    }
  });
  data.transfers.forEach((t, i) => {
    const path = `${y}.transfers[${i}]`;
    if (!isMonthDay(t.from) || !isMonthDay(t.to)) {
      issues.push({ path, message: `перенос «${t.from}» → «${t.to}»: ожидаются дни ММ-ДД` });
    } else if (!off.has(t.to)) {
      issues.push({ path, message: `день ${t.to}, на который перенесён выходной, отсутствует в daysOff` });
    }
  });
  return issues;
}
