/**
 * Non-working holidays fixed by the Labour Code and the estimate used for years without a loaded calendar.
 */
import type { CalendarYear, DayOffTransfer } from './calendar-year.js';
import { addDays, type IsoDate, isWeekend, type MonthDay, monthDayOf, toIsoDate } from './iso-date.js';

/** A non-working holiday (нерабочий праздничный день) of ТК РФ ст. 112 ч. 1. */
export type LaborCodeHoliday = { monthDay: MonthDay; name: string };

const NEW_YEAR = 'Новогодние каникулы';

/** ТК РФ ст. 112 ч. 1: 1–6 and 8 January, 7 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November. */
export const laborCodeHolidays: readonly LaborCodeHoliday[] = [
  { monthDay: '01-01', name: NEW_YEAR },
  { monthDay: '01-02', name: NEW_YEAR },
  { monthDay: '01-03', name: NEW_YEAR },
  { monthDay: '01-04', name: NEW_YEAR },
  { monthDay: '01-05', name: NEW_YEAR },
  { monthDay: '01-06', name: NEW_YEAR },
  { monthDay: '01-07', name: 'Рождество Христово' },
  { monthDay: '01-08', name: NEW_YEAR },
  { monthDay: '02-23', name: 'День защитника Отечества' },
  { monthDay: '03-08', name: 'Международный женский день' },
  { monthDay: '05-01', name: 'Праздник Весны и Труда' },
  { monthDay: '05-09', name: 'День Победы' },
  { monthDay: '06-12', name: 'День России' },
  { monthDay: '11-04', name: 'День народного единства' },
];

const HOLIDAY_NAMES = new Map<string, string>(laborCodeHolidays.map((h) => [h.monthDay, h.name]));

/** Name of the art. 112 holiday on this day of the year, or null. */
export function laborCodeHolidayName(monthDay: MonthDay): string | null {
  return HOLIDAY_NAMES.get(monthDay) ?? null;
}

/**
 * An estimated calendar year for which no decree is loaded: Mon–Fri, the art. 112 holidays, the automatic
 * transfer of ст. 112 ч. 2 and the shortened pre-holiday days of ст. 95.
 *
 * What it cannot know: where the Government moves the two January weekend days (ст. 112 ч. 2, second
 * sentence) and any other transfer by decree (ст. 112 ч. 5). A decree may also override the automatic
 * transfer (2025: 23.02 moved to 08.05, not to 24.02). Results built on it are therefore flagged as estimates.
 */
export function buildEstimatedYear(year: number): CalendarYear {
  const holidays = laborCodeHolidays.map((h) =>
    toIsoDate(year, Number(h.monthDay.slice(0, 2)), Number(h.monthDay.slice(3))),
  );
  const off = new Set<IsoDate>(holidays);
  const transfers: DayOffTransfer[] = [];
  for (const holiday of holidays) {
    // ст. 112 ч. 2: a weekend holiday moves to the next working day, except the January ones.
    if (holiday.slice(5, 7) === '01' || !isWeekend(holiday)) continue;
    let to = addDays(holiday, 1);
    while (isWeekend(to) || off.has(to)) to = addDays(to, 1);
    off.add(to);
    transfers.push({ from: monthDayOf(holiday), to: monthDayOf(to) });
  }
  const isWorking = (d: IsoDate) => !isWeekend(d) && !off.has(d);
  // ст. 95 ч. 1: the working day immediately before a holiday is one hour shorter; 31.12 precedes 01.01.
  const shortDays = [...holidays, toIsoDate(year + 1, 1, 1)]
    .map((h) => addDays(h, -1))
    .filter((d) => d.startsWith(String(year)) && isWorking(d));
  return {
    year,
    source: {
      laborCodeBasis: 'ТК РФ ст. 112',
      decree: null,
      note: `Оценка: постановление о переносе выходных дней в ${year} году не загружено; учтены только праздники ТК РФ ст. 112 и перенос по ч. 2`,
    },
    daysOff: [...off]
      .filter((d) => !isWeekend(d) || d.slice(5, 7) === '01')
      .map(monthDayOf)
      .sort(),
    workingWeekends: [],
    shortDays: [...new Set(shortDays)].map(monthDayOf).sort(),
    transfers,
  };
}
