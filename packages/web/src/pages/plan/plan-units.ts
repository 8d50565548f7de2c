import { hasPermission, type User } from '@antikor/core';
import type { PlanDetail, PlanUnit } from './plan-types';

/** Every unit named as reporting on some measure of the plan, in plan order, once. */
export function planUnits(plan: PlanDetail): PlanUnit[] {
  const seen = new Map<string, PlanUnit>();
  for (const s of plan.sections)
    for (const m of s.measures) for (const u of m.units) if (!seen.has(u.id)) seen.set(u.id, u);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}

/** Mirrors the server (execution-reports.ts seesAllReports): reviewers and heads see every unit's rows. */
export function seesAllUnits(user: User, plan: PlanDetail): boolean {
  return (
    plan.canManage ||
    hasPermission(user.roles, 'plan.review') ||
    user.roles.includes('head') ||
    user.roles.includes('regional_supervisor')
  );
}
