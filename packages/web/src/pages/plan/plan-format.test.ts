import { describe, expect, it } from 'vitest';
import { defaultPlanYear, planYears, quarterLabel, reportDueLabel, ruleComplete } from './plan-format';

describe('plan page helpers', () => {
  it('opens a plan at the current year, or at its nearest end', () => {
    const plan = { periodFrom: 2025, periodTo: 2028 };
    expect(defaultPlanYear(plan, 2026)).toBe(2026);
    expect(defaultPlanYear(plan, 2030)).toBe(2028);
    expect(defaultPlanYear(plan, 2020)).toBe(2025);
    expect(planYears(plan)).toEqual([2025, 2026, 2027, 2028]);
  });

  it('words the reporting date and the periods', () => {
    expect(reportDueLabel('12-25')).toBe('ежегодно до 25 декабря');
    expect(reportDueLabel('04-01')).toBe('ежегодно до 1 апреля');
    expect(quarterLabel(0)).toBe('год');
    expect(quarterLabel(3)).toBe('III квартал');
  });

  it('knows when a term rule still lacks a field', () => {
    expect(ruleComplete(null)).toBe(true);
    expect(ruleComplete({ kind: 'permanent' })).toBe(true);
    expect(ruleComplete({ kind: 'yearly', date: '04-30' })).toBe(true);
    expect(ruleComplete({ kind: 'yearly', date: '4-30' as never })).toBe(false);
    expect(ruleComplete({ kind: 'quarters', quarters: [] })).toBe(false);
    expect(ruleComplete({ kind: 'period', fromYear: 2027, toYear: 2025 })).toBe(false);
    expect(ruleComplete({ kind: 'working_days_after', days: 14, from: '04-30', fromLabel: ' ' })).toBe(false);
  });
});
