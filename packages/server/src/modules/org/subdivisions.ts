import type { Subdivision, subdivisionInput } from '@antikor/core';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { type AuditContext, appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, assertOrgVisible } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { employees, subdivisions } from './tables.js';

type Row = typeof subdivisions.$inferSelect;
const toDto = (s: Row, employeeCount?: number): Subdivision => ({
  id: s.id,
  orgId: s.orgId,
  parentId: s.parentId,
  name: s.name,
  shortName: s.shortName,
  isActive: s.isActive,
  employeeCount,
});

export async function findSubdivisions(db: Db, actor: Actor, orgId?: string): Promise<Subdivision[]> {
  if (orgId) assertOrgVisible(actor, orgId);
  const rows = await db
    .select({
      s: subdivisions,
      // Qualified by hand: drizzle renders a lone table's columns unqualified, which would bind to e.id here.
      count: sql<number>`(select count(*)::int from ${employees} e where e.subdivision_id = "subdivisions"."id" and e.dismissed_at is null)`,
    })
    .from(subdivisions)
    .where(orgId ? eq(subdivisions.orgId, orgId) : inArray(subdivisions.orgId, actor.orgIds))
    .orderBy(asc(subdivisions.name));
  return rows.map((r) => toDto(r.s, r.count));
}

export async function getSubdivision(db: Db, actor: Actor, id: string): Promise<Row> {
  const [row] = await db
    .select()
    .from(subdivisions)
    .where(and(eq(subdivisions.id, id), inArray(subdivisions.orgId, actor.orgIds)));
  if (!row) throw notFound('Подразделение');
  return row;
}

type Input = z.output<typeof subdivisionInput>;

export async function createSubdivision(db: Db, actor: Actor, ctx: AuditContext, input: Input): Promise<Subdivision> {
  const orgId = input.orgId ?? actor.orgId;
  assertOrgVisible(actor, orgId);
  if (input.parentId) await getSubdivision(db, actor, input.parentId);
  await assertNameFree(db, orgId, input.name);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(subdivisions)
      .values({ ...input, orgId })
      .returning();
    await appendAudit(tx, ctx, {
      orgId,
      type: 'subdivision.created',
      entityType: 'subdivision',
      entityId: row.id,
      data: { name: row.name },
    });
    return toDto(row, 0);
  });
}

export async function updateSubdivision(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  patch: Partial<Input>,
): Promise<Subdivision> {
  const current = await getSubdivision(db, actor, id);
  if (patch.name && patch.name !== current.name) await assertNameFree(db, current.orgId, patch.name);
  if (patch.parentId) {
    if (patch.parentId === id)
      throw new AppError('VALIDATION', 'Подразделение не может входить само в себя', [
        { field: 'parentId', message: 'Недопустимое значение' },
      ]);
    await getSubdivision(db, actor, patch.parentId);
  }
  const { orgId: _ignored, ...changes } = patch;
  return db.transaction(async (tx) => {
    const [row] = await tx.update(subdivisions).set(changes).where(eq(subdivisions.id, id)).returning();
    await appendAudit(tx, ctx, {
      orgId: row.orgId,
      type: 'subdivision.updated',
      entityType: 'subdivision',
      entityId: id,
      data: { changes },
    });
    return toDto(row);
  });
}

async function assertNameFree(db: Db, orgId: string, name: string): Promise<void> {
  const [dup] = await db
    .select({ id: subdivisions.id })
    .from(subdivisions)
    .where(and(eq(subdivisions.orgId, orgId), eq(subdivisions.name, name)));
  if (dup)
    throw new AppError('CONFLICT', `Подразделение «${name}» уже есть в этой организации`, [
      { field: 'name', message: 'Такое подразделение уже есть' },
    ]);
}
