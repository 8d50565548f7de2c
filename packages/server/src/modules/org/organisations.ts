import type { Organisation, OrganisationInput } from '@antikor/core';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type AuditContext, appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, assertOrgVisible } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { organisations } from './tables.js';

type Row = typeof organisations.$inferSelect;
const toDto = (o: Row): Organisation => ({
  id: o.id,
  parentId: o.parentId,
  kind: o.kind as Organisation['kind'],
  name: o.name,
  shortName: o.shortName,
  inn: o.inn,
  address: o.address,
});

/** The actor's organisation and its descendants, parents first. */
export async function findOrganisations(db: Db, actor: Actor): Promise<Organisation[]> {
  const rows = await db
    .select()
    .from(organisations)
    .where(inArray(organisations.id, actor.orgIds))
    .orderBy(asc(organisations.createdAt), asc(organisations.name));
  return rows.map(toDto);
}

export async function getOrganisation(db: Db, actor: Actor, id: string): Promise<Organisation> {
  if (!actor.orgIds.includes(id)) throw notFound('Организация');
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  if (!row) throw notFound('Организация');
  return toDto(row);
}

/** A new organisation always hangs under one the actor can see: tenants are created by the CLI only. */
export async function createOrganisation(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  input: Required<Pick<OrganisationInput, 'kind' | 'name'>> & OrganisationInput,
): Promise<Organisation> {
  const parentId = input.parentId ?? actor.orgId;
  assertOrgVisible(actor, parentId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(organisations)
      .values({ ...input, parentId })
      .returning();
    await appendAudit(tx, ctx, {
      orgId: row.id,
      type: 'organisation.created',
      entityType: 'organisation',
      entityId: row.id,
      data: { name: row.name, parentId },
    });
    return toDto(row);
  });
}

export async function updateOrganisation(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  patch: Partial<OrganisationInput>,
): Promise<Organisation> {
  await getOrganisation(db, actor, id);
  if (patch.parentId !== undefined) {
    if (id === actor.orgId) throw new AppError('FORBIDDEN', 'Нельзя перенести собственную организацию пользователя');
    if (patch.parentId === null || patch.parentId === id)
      throw new AppError('VALIDATION', 'Укажите вышестоящую организацию', [
        { field: 'parentId', message: 'Недопустимая вышестоящая организация' },
      ]);
    assertOrgVisible(actor, patch.parentId);
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(organisations)
      .set(patch as Partial<Row>)
      .where(eq(organisations.id, id))
      .returning();
    await appendAudit(tx, ctx, {
      orgId: id,
      type: 'organisation.updated',
      entityType: 'organisation',
      entityId: id,
      data: { changes: patch },
    });
    return toDto(row);
  });
}
