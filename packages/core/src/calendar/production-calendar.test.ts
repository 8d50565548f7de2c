import { describe, expect, it } from 'vitest';
import { countWorkingDays, workingDaysInMonth } from './calendar-arithmetic.js';
import { calendar2024, calendar2025, calendar2026 } from './calendar-data.js';
import { CalendarDataError, type CalendarYear } from './calendar-year.js';
import { compareCalendarYears } from './compare-calendar-years.js';
import { buildEstimatedYear } from './labor-code-holidays.js';
import {
  CalendarRangeError,
  computeYearTotals,
  createProductionCalendar,
  defaultCalendar,
  getDayInfo,
  isShortDay,
  isWorkingDay,
  withCalendarYear,
} from './production-calendar.js';

const monthly = (year: number) =>
  Array.from({ length: 12 }, (_, i) => workingDaysInMonth(defaultCalendar, year, i + 1).count);

describe('working days per month against the official figures', () => {
  it('2024: 248 days, 1979 hours (ПП РФ № 1314)', () => {
    // Official Минтруд figures. The task brief listed November 20 and December 22; that contradicts the decree:
    // November has 20 weekdays after 04.11 plus the working Saturday 02.11 (= 21), December has 22 weekdays
    // minus 30–31.12 plus the working Saturday 28.12 (= 21). Both lists sum to 248.
    expect(monthly(2024)).toEqual([17, 20, 20, 21, 20, 19, 23, 22, 21, 23, 21, 21]);
    expect(countWorkingDays(defaultCalendar, '2024-01-01', '2024-12-31')).toMatchObject({ count: 248, hours40: 1979 });
  });

  it('2025: 247 days, 1972 hours (ПП РФ № 1335)', () => {
    expect(monthly(2025)).toEqual([17, 20, 21, 22, 18, 19, 23, 21, 22, 23, 19, 22]);
    expect(countWorkingDays(defaultCalendar, '2025-01-01', '2025-12-31')).toMatchObject({ count: 247, hours40: 1972 });
  });

  it('2026: 247 days, 1972 hours (ПП РФ № 1466; computed, domain.md marks the official figure unconfirmed)', () => {
    expect(monthly(2026)).toEqual([15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22]);
    expect(monthly(2026).reduce((a, b) => a + b)).toBe(247);
    expect(computeYearTotals(calendar2026)).toEqual({ workingDays: 247, hours40: 1972 });
  });

  it('month figures carry shortened days and hours', () => {
    // May 2024: 20 days, 08.05 shortened → 159 hours.
    expect(workingDaysInMonth(defaultCalendar, 2024, 5)).toEqual({
      count: 20,
      shortDays: 1,
      hours40: 159,
      isEstimated: false,
      warnings: [],
    });
  });
});

describe('what a day is', () => {
  it('tells holidays, transferred days off, working Saturdays and shortened days apart', () => {
    expect(getDayInfo(defaultCalendar, '2024-05-09')).toMatchObject({ kind: 'holiday', holidayName: 'День Победы' });
    expect(getDayInfo(defaultCalendar, '2024-05-10')).toMatchObject({ kind: 'day_off', isWorking: false });
    expect(getDayInfo(defaultCalendar, '2024-04-27')).toMatchObject({ kind: 'working_weekend', isShort: false });
    expect(getDayInfo(defaultCalendar, '2024-11-02')).toMatchObject({ kind: 'working_weekend', isShort: true });
    expect(getDayInfo(defaultCalendar, '2025-02-23')).toMatchObject({ kind: 'holiday', isWorking: false });
    expect(getDayInfo(defaultCalendar, '2025-02-24')).toMatchObject({ kind: 'working' }); // moved to 08.05 instead
    expect(isWorkingDay(defaultCalendar, '2026-01-09')).toBe(false);
    expect(isWorkingDay(defaultCalendar, '2026-03-09')).toBe(false);
    expect(isShortDay(defaultCalendar, '2025-04-30')).toBe(true);
    expect(isShortDay(defaultCalendar, '2025-05-01')).toBe(false);
  });
});

describe('years that are not loaded', () => {
  it('are estimated from ТК РФ ст. 112 and say so', () => {
    const info = getDayInfo(defaultCalendar, '2027-05-03');
    expect(info).toMatchObject({ kind: 'day_off', isWorking: false, isEstimated: true }); // 01.05.2027 is a Saturday
    const count = workingDaysInMonth(defaultCalendar, 2027, 5);
    expect(count.isEstimated).toBe(true);
    expect(count.warnings).toEqual([expect.objectContaining({ code: 'year_not_loaded', year: 2027 })]);
    expect(count.warnings[0].message).toMatch(/2027 год не загружен/);
  });

  it('an estimate differs from the decree only where the Government moved days (2026: 09.01 and 31.12)', () => {
    expect(compareCalendarYears(calendar2026, buildEstimatedYear(2026))).toEqual([
      { date: '2026-01-09', expected: 'off', actual: 'working' },
      { date: '2026-12-31', expected: 'off', actual: 'short' },
    ]);
  });

  it("throw with outOfRange: 'error'", () => {
    const strict = createProductionCalendar([calendar2024], { outOfRange: 'error' });
    expect(isWorkingDay(strict, '2024-12-28')).toBe(true);
    expect(() => isWorkingDay(strict, '2025-01-09')).toThrow(CalendarRangeError);
  });

  it('stop being estimates once the year is loaded', () => {
    const cal = withCalendarYear(createProductionCalendar([calendar2024]), calendar2025);
    expect(getDayInfo(cal, '2025-05-02')).toMatchObject({ isWorking: false, isEstimated: false });
  });
});

describe('year data is validated when the calendar is built', () => {
  const broken: CalendarYear = {
    ...calendar2024,
    workingWeekends: ['04-27', '11-05'],
    shortDays: ['02-22', '02-23'],
    daysOff: [...calendar2024.daysOff, '02-30'],
  };

  it('names every faulty field', () => {
    let error: unknown;
    try {
      createProductionCalendar([broken]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarDataError);
    const paths = (error as CalendarDataError).issues.map((i) => i.path);
    expect(paths).toEqual(['2024.daysOff[19]', '2024.workingWeekends[1]', '2024.shortDays[1]']);
  });

  it('catches data that does not add up to the official totals', () => {
    // The stored 2024 xmlcalendar version without the working Saturdays would give 246 days.
    const withoutSaturdays = { ...calendar2024, workingWeekends: ['11-02' as const] };
    expect(() => createProductionCalendar([withoutSaturdays])).toThrow(
      /2024\.officialTotals: по данным 246 раб\. дн\. \/ 1963 ч, официально 248 \/ 1979/,
    );
  });

  it('refuses the same year twice', () => {
    expect(() => createProductionCalendar([calendar2025, calendar2025])).toThrow(/год загружен дважды/);
  });
});
