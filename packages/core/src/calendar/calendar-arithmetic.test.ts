import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  countWorkingDays,
  shiftToWorkingDay,
} from './calendar-arithmetic.js';
import { defaultCalendar as cal } from './production-calendar.js';

describe('addWorkingDays (ТК РФ ст. 14: from the day after the event)', () => {
  it('gift received on 29.12.2023 → 3 working days → 11.01.2024, across the January block', () => {
    const r = addWorkingDays(cal, '2023-12-29', 3);
    expect(r.date).toBe('2024-01-11');
    expect(r.countedDays).toEqual(['2024-01-09', '2024-01-10', '2024-01-11']);
    // 30–31.12.2023 are counted through, and 2023 is not loaded: the result says it is an estimate.
    expect(r.isEstimated).toBe(true);
    expect(r.warnings.map((w) => w.year)).toEqual([2023]);
  });

  it('notice of 26.04.2024 → 5 working days: the working Saturday 27.04 counts, 29.04–01.05 do not', () => {
    const r = addWorkingDays(cal, '2024-04-26', 5);
    expect(r.countedDays).toEqual(['2024-04-27', '2024-05-02', '2024-05-03', '2024-05-06', '2024-05-07']);
    expect(r.date).toBe('2024-05-07');
    expect(r.isEstimated).toBe(false);
  });

  it('an event on a holiday counts from the next working day; the event year itself does not matter', () => {
    expect(addWorkingDays(cal, '2025-05-09', 1).date).toBe('2025-05-12');
    expect(addWorkingDays(cal, '2023-12-31', 1)).toMatchObject({ date: '2024-01-09', isEstimated: false });
  });

  it('counts back for "not later than N working days before"', () => {
    // 28.12.2024 is a working Saturday (ПП РФ № 1314), so it is the third working day back.
    expect(addWorkingDays(cal, '2025-01-13', -3).countedDays).toEqual(['2025-01-10', '2025-01-09', '2024-12-28']);
    expect(addWorkingDays(cal, '2024-05-06', 0).date).toBe('2024-05-06');
  });

  it('rejects fractional counts', () => {
    expect(() => addWorkingDays(cal, '2024-05-06', 1.5)).toThrow(RangeError);
  });
});

describe('addCalendarDays with the last-day shift', () => {
  it('a period ending on a Sunday moves to Monday by default (ГК РФ ст. 193)', () => {
    const r = addCalendarDays(cal, '2024-03-15', 30);
    expect(r.periodEnd).toBe('2024-04-14');
    expect(r.shiftedFrom?.kind).toBe('weekend');
    expect(r.date).toBe('2024-04-15');
  });

  it("'previous' moves it to the preceding working day (local 59-ФЗ practice)", () => {
    expect(addCalendarDays(cal, '2024-03-15', 30, { shift: 'previous' }).date).toBe('2024-04-12');
  });

  it("'none' keeps a non-working last day", () => {
    expect(addCalendarDays(cal, '2024-03-15', 30, { shift: 'none' })).toMatchObject({
      date: '2024-04-14',
      shiftedFrom: null,
    });
  });

  it('a last day inside the May 2024 holidays moves over the whole block', () => {
    // 10 days from 19.04.2024 → 29.04 (transferred day off) → 30.04 off → 01.05 holiday → 02.05.
    expect(addCalendarDays(cal, '2024-04-19', 10).date).toBe('2024-05-02');
    expect(addCalendarDays(cal, '2024-04-19', 10, { shift: 'previous' }).date).toBe('2024-04-27');
  });

  it('the January block moves a 10-day period to 09.01.2025', () => {
    expect(addCalendarDays(cal, '2024-12-22', 10).date).toBe('2025-01-09');
  });
});

describe('addMonths (ГК РФ ст. 192)', () => {
  it('one month from 31.01.2024 → 29.02.2024 (no 31st in February)', () => {
    expect(addMonths(cal, '2024-01-31', 1)).toMatchObject({ periodEnd: '2024-02-29', date: '2024-02-29' });
  });

  it('same-numbered day, then moved off a non-working day', () => {
    // 09.03.2025 is a Sunday → 10.03.2025.
    expect(addMonths(cal, '2025-02-09', 1).date).toBe('2025-03-10');
    expect(addMonths(cal, '2025-02-09', 1, 'previous').date).toBe('2025-03-07');
  });

  it('crosses years and handles 29 February', () => {
    expect(addMonths(cal, '2024-02-29', 12, 'none').date).toBe('2025-02-28');
    expect(addMonths(cal, '2025-11-30', 2, 'none').date).toBe('2026-01-30');
    expect(addMonths(cal, '2025-03-31', -1, 'none').date).toBe('2025-02-28');
  });
});

describe('countWorkingDays and shiftToWorkingDay', () => {
  it('counts both ends inclusive', () => {
    expect(countWorkingDays(cal, '2024-04-27', '2024-05-03').count).toBe(3); // 27.04, 02.05, 03.05
    expect(countWorkingDays(cal, '2024-05-06', '2024-05-06').count).toBe(1);
    expect(() => countWorkingDays(cal, '2024-05-06', '2024-05-05')).toThrow(RangeError);
  });

  it('moves a date to the nearest working day in the chosen direction', () => {
    expect(shiftToWorkingDay(cal, '2024-04-28', 'next').date).toBe('2024-05-02');
    expect(shiftToWorkingDay(cal, '2024-04-28', 'previous').date).toBe('2024-04-27');
    expect(shiftToWorkingDay(cal, '2024-05-02', 'previous').shiftedFrom).toBeNull();
  });
});
