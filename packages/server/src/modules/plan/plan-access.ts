/**
 * Who sees a plan: users of the plan's organisation tree with `plan.read`, and the users of a unit named
 * as a responsible executor (a body of the tree reports on the administration's plan through its own users).
 */
import { hasPermission } from '@antikor/core';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { planMeasureUnits, plans } from './tables.js';

export type PlanRow = typeof plans.$inferSelect;

/** The units the actor reports for: their subdivision and their own organisation. */
export function actorUnitIds(actor: Actor): string[] {
  return [actor.subdivisionId, actor.orgId].filter((v): v is string => v !== null);
}

export async function loadPlan(
  db: Db,
  actor: Actor,
  planId: string,
  opts: { manage?: boolean } = {},
): Promise<PlanRow> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound('План');
  const inTree = actor.orgIds.includes(plan.orgId);
  if (opts.manage) {
    if (!inTree) throw notFound('План');
    if (!hasPermission(actor.roles, 'plan.manage'))
      throw new AppError('FORBIDDEN', 'Изменять план может специалист по профилактике коррупции');
    return plan;
  }
  if (inTree && hasPermission(actor.roles, 'plan.read')) return plan;
  if (hasPermission(actor.roles, 'plan.report')) {
    const [unit] = await db
      .select({ id: planMeasureUnits.measureId })
      .from(planMeasureUnits)
      .where(and(eq(planMeasureUnits.orgId, plan.orgId), inArray(planMeasureUnits.unitId, actorUnitIds(actor))))
      .limit(1);
    if (unit) return plan;
  }
  throw notFound('План');
}

/** Plans the actor may open: of their tree, or naming one of their units. */
export async function visiblePlans(db: Db, actor: Actor): Promise<PlanRow[]> {
  const reporting = db
    .select({ orgId: planMeasureUnits.orgId })
    .from(planMeasureUnits)
    .where(inArray(planMeasureUnits.unitId, actorUnitIds(actor)));
  const conds = [];
  if (hasPermission(actor.roles, 'plan.read')) conds.push(inArray(plans.orgId, actor.orgIds));
  if (hasPermission(actor.roles, 'plan.report')) conds.push(inArray(plans.orgId, reporting));
  if (conds.length === 0) return [];
  return db
    .select()
    .from(plans)
    .where(or(...conds))
    .orderBy(plans.periodFrom, plans.title);
}
