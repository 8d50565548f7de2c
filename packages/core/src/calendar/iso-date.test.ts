import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInMonth,
  diffDays,
  formatDateRu,
  isIsoDate,
  isMonthDay,
  parseIsoDate,
  toIsoDate,
  weekdayNameRu,
  weekdayOf,
} from './iso-date.js';

describe('ISO dates without time zones', () => {
  it('accepts only real dates in YYYY-MM-DD form', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(isIsoDate('29.02.2024')).toBe(false);
    expect(() => parseIsoDate('2024-13-01')).toThrow(/2024-13-01/);
    expect(() => toIsoDate(2024, 4, 31)).toThrow(RangeError);
  });

  it('accepts MM-DD days that exist in some year', () => {
    expect(isMonthDay('02-29')).toBe(true);
    expect(isMonthDay('04-31')).toBe(false);
    expect(isMonthDay('4-30')).toBe(false);
  });

  it('knows weekdays of real dates', () => {
    expect(weekdayOf('2024-04-27')).toBe(6); // working Saturday of 2024
    expect(weekdayOf('2024-04-14')).toBe(7);
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('1969-12-29')).toBe(1);
    expect(weekdayNameRu('2024-04-14')).toBe('воскресенье');
  });

  it('adds days across month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-29', 13)).toBe('2024-01-11');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(diffDays('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('formats for Russian documents', () => {
    expect(formatDateRu('2024-01-11')).toBe('11.01.2024');
  });
});
