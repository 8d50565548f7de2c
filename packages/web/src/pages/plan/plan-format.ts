/** Small formatting helpers of the plan pages (pure, no React). */
import { isMonthDay, type MonthDay, monthDayPhrase, type TermRule } from '@antikor/core';
import type { ControlDateState, ReportStatus } from './plan-types';

/** '12-25' → 'ежегодно до 25 декабря'. */
export function reportDueLabel(reportDue: string): string {
  return /^\d{2}-\d{2}$/.test(reportDue) ? `ежегодно до ${monthDayPhrase(reportDue as MonthDay)}` : reportDue;
}

export const reportStatusLabels: Record<ReportStatus, string> = {
  not_started: 'Не начат',
  draft: 'Черновик',
  submitted: 'Представлен',
  returned: 'Возвращён',
  accepted: 'Принят',
};

/** Tag colours of report statuses (antd preset colours). */
export const reportStatusColors: Record<ReportStatus, string> = {
  not_started: 'default',
  draft: 'blue',
  submitted: 'gold',
  returned: 'red',
  accepted: 'green',
};

export const reportStatusOrder: ReportStatus[] = ['not_started', 'draft', 'returned', 'submitted', 'accepted'];

export const controlDateLabels: Record<ControlDateState, string> = {
  overdue: 'просрочено',
  upcoming: 'скоро',
  done: 'выполнено',
  planned: 'запланировано',
};

export const controlDateColors: Record<ControlDateState, string> = {
  overdue: 'red',
  upcoming: 'orange',
  done: 'green',
  planned: 'default',
};

export function quarterLabel(quarter: number): string {
  return quarter === 0 ? 'год' : `${['I', 'II', 'III', 'IV'][quarter - 1]} квартал`;
}

/** The years of a plan, for a year select. */
export function planYears(plan: { periodFrom: number; periodTo: number }): number[] {
  return Array.from({ length: plan.periodTo - plan.periodFrom + 1 }, (_, i) => plan.periodFrom + i);
}

/** The year to open a plan at: the current one when it lies within the plan, else the nearest end. */
export function defaultPlanYear(
  plan: { periodFrom: number; periodTo: number },
  now = new Date().getFullYear(),
): number {
  return Math.min(Math.max(now, plan.periodFrom), plan.periodTo);
}

/** Whether a rule has every field its kind needs (the server checks the same with termRuleSchema). */
export function ruleComplete(rule: TermRule | null): boolean {
  if (!rule) return true;
  switch (rule.kind) {
    case 'yearly':
      return isMonthDay(rule.date);
    case 'quarters':
      return rule.quarters.length > 0;
    case 'working_days_after':
      return rule.days >= 1 && isMonthDay(rule.from) && rule.fromLabel.trim().length > 0;
    case 'period':
      return !rule.fromYear || !rule.toYear || rule.fromYear <= rule.toYear;
    default:
      return true;
  }
}
