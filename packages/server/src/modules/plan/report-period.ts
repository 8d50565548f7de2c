/**
 * Reporting periods of a plan: a year (quarter 0) or a quarter, and the date a unit's report is due —
 * the plan's yearly date («ежегодно до 25 декабря», measure 5.1 of the seed) or a number of working days
 * after the quarter (set by the local act; UNCONFIRMED default 10).
 */
import { addWorkingDays, defaultCalendar, type IsoDate, shiftToWorkingDay, toIsoDate } from '@antikor/core';
import type { PlanRow } from './plan-access.js';

const QUARTER_END: Record<number, [number, number]> = { 1: [3, 31], 2: [6, 30], 3: [9, 30], 4: [12, 31] };

export function periodLabel(year: number, quarter: number): string {
  return quarter === 0 ? `${year} год` : `${['I', 'II', 'III', 'IV'][quarter - 1]} квартал ${year} года`;
}

export function periodRange(year: number, quarter: number): { from: IsoDate; to: IsoDate } {
  if (quarter === 0) return { from: toIsoDate(year, 1, 1), to: toIsoDate(year, 12, 31) };
  const [m, d] = QUARTER_END[quarter];
  return { from: toIsoDate(year, m - 2, 1), to: toIsoDate(year, m, d) };
}

export function reportDueDate(
  plan: Pick<PlanRow, 'reportDue' | 'quarterReportDays'>,
  year: number,
  quarter: number,
): IsoDate {
  if (quarter === 0) {
    const [m, d] = plan.reportDue.split('-').map(Number);
    return shiftToWorkingDay(defaultCalendar, toIsoDate(year, m, d), 'next').date;
  }
  return addWorkingDays(defaultCalendar, periodRange(year, quarter).to, plan.quarterReportDays).date;
}
