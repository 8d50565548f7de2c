/**
 * Production calendar data for 2024–2026 (domain.md §16).
 *
 * Source of each year: ТК РФ ст. 112 (holidays, automatic transfer of a weekend holiday) and the Government
 * decree on transferring days off. Cross-checked against the xmlcalendar.ru dataset in
 * `xmlcalendar-parser.test.ts`. `daysOff` lists every non-working weekday plus the whole January block.
 */
import type { CalendarYear } from './calendar-year.js';

const LABOR_CODE = 'ТК РФ ст. 112';

/** 2024: ПП РФ от 10.08.2023 № 1314. 248 working days, 1979 hours (40-hour week). */
export const calendar2024: CalendarYear = {
  year: 2024,
  source: {
    laborCodeBasis: LABOR_CODE,
    decree: {
      citation: 'ПП РФ от 10.08.2023 № 1314',
      number: '1314',
      date: '2023-08-10',
      title: 'О переносе выходных дней в 2024 году',
    },
  },
  daysOff: [
    '01-01',
    '01-02',
    '01-03',
    '01-04',
    '01-05',
    '01-06',
    '01-07',
    '01-08',
    '02-23',
    '03-08',
    '04-29',
    '04-30',
    '05-01',
    '05-09',
    '05-10',
    '06-12',
    '11-04',
    '12-30',
    '12-31',
  ],
  workingWeekends: ['04-27', '11-02', '12-28'],
  // 02.11 is a working Saturday before the 04.11 holiday, hence also shortened (ТК РФ ст. 95).
  shortDays: ['02-22', '03-07', '05-08', '06-11', '11-02'],
  transfers: [
    { from: '01-06', to: '05-10' },
    { from: '01-07', to: '12-31' },
    { from: '04-27', to: '04-29' },
    { from: '11-02', to: '04-30' },
    { from: '12-28', to: '12-30' },
  ],
  officialTotals: { workingDays: 248, hours40: 1979 },
};

/** 2025: ПП РФ от 04.10.2024 № 1335. 247 working days, 1972 hours. */
export const calendar2025: CalendarYear = {
  year: 2025,
  source: {
    laborCodeBasis: LABOR_CODE,
    decree: {
      citation: 'ПП РФ от 04.10.2024 № 1335',
      number: '1335',
      date: '2024-10-04',
      title: 'О переносе выходных дней в 2025 году',
    },
    // domain.md §16.3 / Appendix B item 14: 01.11 as shortened follows the newest xmlcalendar version.
    note: 'Сокращённый день 01.11.2025 (рабочая суббота) — по данным xmlcalendar.ru, не сверено с календарём Минтруда',
  },
  daysOff: [
    '01-01',
    '01-02',
    '01-03',
    '01-04',
    '01-05',
    '01-06',
    '01-07',
    '01-08',
    '05-01',
    '05-02',
    '05-08',
    '05-09',
    '06-12',
    '06-13',
    '11-03',
    '11-04',
    '12-31',
  ],
  workingWeekends: ['11-01'],
  shortDays: ['03-07', '04-30', '06-11', '11-01'],
  transfers: [
    { from: '01-04', to: '05-02' },
    { from: '01-05', to: '12-31' },
    { from: '02-23', to: '05-08' },
    { from: '03-08', to: '06-13' },
    { from: '11-01', to: '11-03' },
  ],
  officialTotals: { workingDays: 247, hours40: 1972 },
};

/** 2026: ПП РФ от 24.09.2025 № 1466. 247 working days, 1972 hours (computed; official figure unconfirmed). */
export const calendar2026: CalendarYear = {
  year: 2026,
  source: {
    laborCodeBasis: LABOR_CODE,
    decree: {
      citation: 'ПП РФ от 24.09.2025 № 1466',
      number: '1466',
      date: '2025-09-24',
      title: 'О переносе выходных дней в 2026 году',
    },
    note: 'Переносы 08.03 → 09.03 и 09.05 → 11.05 — автоматически по ТК РФ ст. 112 ч. 2',
  },
  daysOff: [
    '01-01',
    '01-02',
    '01-03',
    '01-04',
    '01-05',
    '01-06',
    '01-07',
    '01-08',
    '01-09',
    '02-23',
    '03-09',
    '05-01',
    '05-11',
    '06-12',
    '11-04',
    '12-31',
  ],
  workingWeekends: [],
  shortDays: ['04-30', '05-08', '06-11', '11-03'],
  transfers: [
    { from: '01-03', to: '01-09' },
    { from: '01-04', to: '12-31' },
    { from: '03-08', to: '03-09' },
    { from: '05-09', to: '05-11' },
  ],
  officialTotals: { workingDays: 247, hours40: 1972 },
};

/** The years shipped with the product; more are loaded by an administrator (xmlcalendar.ru or by hand). */
export const builtInCalendarYears: readonly CalendarYear[] = [calendar2024, calendar2025, calendar2026];
