/** Creating and editing plans, their sections and measures; every change is audited. */
import { parseTermText } from '@antikor/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { descendantOrgIds } from '../org/org-tree.js';
import { subdivisions } from '../org/tables.js';
import type { PlanRow } from './plan-access.js';
import type { MeasureInput, PlanInput } from './plan-input.js';
import { executionReports, planMeasures, planMeasureUnits, planSections, plans } from './tables.js';

type Unit = { kind: 'subdivision' | 'organisation'; id: string };

/** A measure's units must belong to the plan's organisation: its subdivisions or the bodies of its tree. */
export async function assertUnitsOfPlan(tx: Db, planOrgId: string, units: Unit[]): Promise<void> {
  const subIds = units.filter((u) => u.kind === 'subdivision').map((u) => u.id);
  const orgIds = units.filter((u) => u.kind === 'organisation').map((u) => u.id);
  if (subIds.length) {
    const found = await tx
      .select({ id: subdivisions.id })
      .from(subdivisions)
      .where(and(inArray(subdivisions.id, subIds), eq(subdivisions.orgId, planOrgId)));
    if (found.length !== new Set(subIds).size)
      throw new AppError('VALIDATION', 'Ответственное подразделение не найдено в организации плана', [
        { field: 'units', message: 'Подразделение не найдено' },
      ]);
  }
  if (orgIds.length) {
    const tree = new Set(await descendantOrgIds(tx, planOrgId));
    if (orgIds.some((id) => !tree.has(id)))
      throw new AppError('VALIDATION', 'Ответственный орган не входит в структуру организации плана', [
        { field: 'units', message: 'Орган не найден' },
      ]);
  }
}

export async function createPlan(db: Db, actor: Actor, orgId: string, input: PlanInput): Promise<PlanRow> {
  return db.transaction(async (tx) => {
    const [plan] = await tx
      .insert(plans)
      .values({ orgId, ...input })
      .returning();
    await appendAudit(tx, auditContext(actor), {
      orgId,
      type: 'plan.created',
      entityType: 'plan',
      entityId: plan.id,
      data: { title: input.title },
    });
    return plan;
  });
}

export async function updatePlan(db: Db, actor: Actor, plan: PlanRow, input: PlanInput): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(plans)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(plans.id, plan.id));
    await appendAudit(tx, auditContext(actor), {
      orgId: plan.orgId,
      type: 'plan.updated',
      entityType: 'plan',
      entityId: plan.id,
      data: { fields: Object.keys(input) },
    });
  });
}

export async function saveSection(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  input: { number: string; title: string },
  sectionId?: string,
) {
  return db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: planSections.id })
      .from(planSections)
      .where(and(eq(planSections.planId, plan.id), eq(planSections.number, input.number)));
    if (dup && dup.id !== sectionId)
      throw new AppError('CONFLICT', `Раздел № ${input.number} уже есть в плане`, [
        { field: 'number', message: 'Номер занят' },
      ]);
    let id = sectionId;
    if (sectionId) {
      const res = await tx
        .update(planSections)
        .set(input)
        .where(and(eq(planSections.id, sectionId), eq(planSections.planId, plan.id)))
        .returning({ id: planSections.id });
      if (res.length === 0) throw notFound('Раздел');
    } else {
      const [{ next }] = await tx
        .select({ next: sql<number>`coalesce(max(${planSections.position}), 0) + 1` })
        .from(planSections)
        .where(eq(planSections.planId, plan.id));
      [{ id }] = await tx
        .insert(planSections)
        .values({ orgId: plan.orgId, planId: plan.id, position: Number(next), ...input })
        .returning({ id: planSections.id });
    }
    await appendAudit(tx, auditContext(actor), {
      orgId: plan.orgId,
      type: 'plan.updated',
      entityType: 'plan',
      entityId: plan.id,
      data: { section: input.number },
    });
    return { id: id as string };
  });
}

export async function deleteSection(db: Db, actor: Actor, plan: PlanRow, sectionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [m] = await tx
      .select({ id: planMeasures.id })
      .from(planMeasures)
      .where(eq(planMeasures.sectionId, sectionId))
      .limit(1);
    if (m) throw new AppError('CONFLICT', 'В разделе есть мероприятия: сначала удалите или перенесите их');
    const res = await tx
      .delete(planSections)
      .where(and(eq(planSections.id, sectionId), eq(planSections.planId, plan.id)))
      .returning({ number: planSections.number });
    if (res.length === 0) throw notFound('Раздел');
    await appendAudit(tx, auditContext(actor), {
      orgId: plan.orgId,
      type: 'plan.updated',
      entityType: 'plan',
      entityId: plan.id,
      data: { sectionDeleted: res[0].number },
    });
  });
}

/**
 * Creates or edits a measure. When the caller gives no term rule, it is read from the words of the term;
 * an explicit null keeps the term as words only.
 */
export async function saveMeasure(db: Db, actor: Actor, plan: PlanRow, input: MeasureInput, measureId?: string) {
  const number = input.number.replace(/\.$/, '');
  const termRule = input.termRule === undefined ? parseTermText(input.termText) : input.termRule;
  return db.transaction(async (tx) => {
    const [section] = await tx
      .select({ id: planSections.id })
      .from(planSections)
      .where(and(eq(planSections.id, input.sectionId), eq(planSections.planId, plan.id)));
    if (!section)
      throw new AppError('VALIDATION', 'Раздел не найден в этом плане', [
        { field: 'sectionId', message: 'Раздел не найден' },
      ]);
    await assertUnitsOfPlan(tx, plan.orgId, input.units);
    const [dup] = await tx
      .select({ id: planMeasures.id })
      .from(planMeasures)
      .where(and(eq(planMeasures.planId, plan.id), eq(planMeasures.number, number)));
    if (dup && dup.id !== measureId)
      throw new AppError('CONFLICT', `Мероприятие № ${number} уже есть в плане`, [
        { field: 'number', message: 'Номер занят' },
      ]);
    const values = {
      sectionId: input.sectionId,
      number,
      text: input.text,
      executorsText: input.executorsText,
      termText: input.termText,
      termRule,
      expectedResult: input.expectedResult,
    };
    let id = measureId;
    if (measureId) {
      const res = await tx
        .update(planMeasures)
        .set(values)
        .where(and(eq(planMeasures.id, measureId), eq(planMeasures.planId, plan.id)))
        .returning({ id: planMeasures.id });
      if (res.length === 0) throw notFound('Мероприятие');
      await tx.delete(planMeasureUnits).where(eq(planMeasureUnits.measureId, measureId));
    } else {
      const [{ next }] = await tx
        .select({ next: sql<number>`coalesce(max(${planMeasures.position}), 0) + 1` })
        .from(planMeasures)
        .where(eq(planMeasures.planId, plan.id));
      [{ id }] = await tx
        .insert(planMeasures)
        .values({ orgId: plan.orgId, planId: plan.id, position: Number(next), ...values })
        .returning({ id: planMeasures.id });
    }
    const unique = [...new Map(input.units.map((u) => [u.id, u])).values()];
    if (unique.length) {
      await tx.insert(planMeasureUnits).values(
        unique.map((u, i) => ({
          orgId: plan.orgId,
          measureId: id as string,
          unitKind: u.kind,
          unitId: u.id,
          position: i,
        })),
      );
    }
    await appendAudit(tx, auditContext(actor), {
      orgId: plan.orgId,
      type: 'plan.updated',
      entityType: 'plan',
      entityId: plan.id,
      data: { measure: number, created: !measureId },
    });
    return { id: id as string, termRule };
  });
}

export async function deleteMeasure(db: Db, actor: Actor, plan: PlanRow, measureId: string): Promise<void> {
  await db.transaction(async (tx) => {
    // Reports on a measure are the record of its execution: a measure that has them is not deleted.
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(executionReports)
      .where(
        and(eq(executionReports.measureId, measureId), inArray(executionReports.status, ['submitted', 'accepted'])),
      );
    if (n > 0)
      throw new AppError(
        'CONFLICT',
        `По мероприятию есть представленные или принятые отчёты (${n}): его нельзя удалить. Измените текст мероприятия или перенесите его в другой раздел.`,
      );
    const res = await tx
      .delete(planMeasures)
      .where(and(eq(planMeasures.id, measureId), eq(planMeasures.planId, plan.id)))
      .returning({ number: planMeasures.number });
    if (res.length === 0) throw notFound('Мероприятие');
    await appendAudit(tx, auditContext(actor), {
      orgId: plan.orgId,
      type: 'plan.updated',
      entityType: 'plan',
      entityId: plan.id,
      data: { measureDeleted: res[0].number },
    });
  });
}
