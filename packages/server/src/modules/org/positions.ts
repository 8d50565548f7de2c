import type { Position, positionInput } from '@antikor/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { type AuditContext, appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, assertOrgVisible } from '../../platform/auth/actor.js';
import { notFound } from '../../platform/errors.js';
import { getSubdivision } from './subdivisions.js';
import { positions } from './tables.js';

type Row = typeof positions.$inferSelect;
export const toPositionDto = (p: Row): Position => ({
  id: p.id,
  orgId: p.orgId,
  subdivisionId: p.subdivisionId,
  title: p.title,
  group: p.group as Position['group'],
  isDeclarant: p.isDeclarant,
  isActive: p.isActive,
});

export async function findPositions(
  db: Db,
  actor: Actor,
  filter: { orgId?: string; subdivisionId?: string },
): Promise<Position[]> {
  if (filter.orgId) assertOrgVisible(actor, filter.orgId);
  const rows = await db
    .select()
    .from(positions)
    .where(
      and(
        filter.orgId ? eq(positions.orgId, filter.orgId) : inArray(positions.orgId, actor.orgIds),
        filter.subdivisionId ? eq(positions.subdivisionId, filter.subdivisionId) : undefined,
      ),
    )
    .orderBy(asc(positions.title));
  return rows.map(toPositionDto);
}

export async function getPosition(db: Db, actor: Actor, id: string): Promise<Row> {
  const [row] = await db
    .select()
    .from(positions)
    .where(and(eq(positions.id, id), inArray(positions.orgId, actor.orgIds)));
  if (!row) throw notFound('Должность');
  return row;
}

type Input = z.output<typeof positionInput>;

export async function createPosition(db: Db, actor: Actor, ctx: AuditContext, input: Input): Promise<Position> {
  const orgId = input.orgId ?? actor.orgId;
  assertOrgVisible(actor, orgId);
  if (input.subdivisionId) await getSubdivision(db, actor, input.subdivisionId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(positions)
      .values({ ...input, orgId })
      .returning();
    await appendAudit(tx, ctx, {
      orgId,
      type: 'position.created',
      entityType: 'position',
      entityId: row.id,
      data: { title: row.title, isDeclarant: row.isDeclarant },
    });
    return toPositionDto(row);
  });
}

export async function updatePosition(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  patch: Partial<Input>,
): Promise<Position> {
  await getPosition(db, actor, id);
  if (patch.subdivisionId) await getSubdivision(db, actor, patch.subdivisionId);
  const { orgId: _ignored, ...changes } = patch;
  return db.transaction(async (tx) => {
    const [row] = await tx.update(positions).set(changes).where(eq(positions.id, id)).returning();
    await appendAudit(tx, ctx, {
      orgId: row.orgId,
      type: 'position.updated',
      entityType: 'position',
      entityId: id,
      data: { changes },
    });
    return toPositionDto(row);
  });
}
