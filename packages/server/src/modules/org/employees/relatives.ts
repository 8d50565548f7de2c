import type { Relative, relativeInput, relativePatch } from '@antikor/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { type AuditContext, appendAudit } from '../../../platform/audit/append-audit.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { notFound } from '../../../platform/errors.js';
import { employees, persons, relatives } from '../tables.js';
import { employeeScope, toRelativeDto } from './employee-rows.js';

async function getRelativeRow(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({ r: relatives, p: persons })
    .from(relatives)
    .innerJoin(persons, eq(persons.id, relatives.personId))
    .innerJoin(employees, eq(employees.id, relatives.employeeId))
    .where(and(eq(relatives.id, id), inArray(relatives.orgId, actor.orgIds), employeeScope(actor)));
  if (!row) throw notFound('Запись о родственнике');
  return row;
}

/** Родственники и свойственники (анкета, п. 13): the data behind conflict-of-interest checks. */
export async function addRelative(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  employeeId: string,
  input: z.output<typeof relativeInput>,
): Promise<Relative> {
  const [emp] = await db
    .select({ orgId: employees.orgId })
    .from(employees)
    .where(and(eq(employees.id, employeeId), employeeScope(actor)));
  if (!emp) throw notFound('Сотрудник');
  return db.transaction(async (tx) => {
    const [p] = await tx
      .insert(persons)
      .values({ ...input.person, orgId: emp.orgId })
      .returning();
    const { person: _p, ...rest } = input;
    const [r] = await tx
      .insert(relatives)
      .values({ ...rest, orgId: emp.orgId, employeeId, personId: p.id })
      .returning();
    await appendAudit(tx, ctx, {
      orgId: emp.orgId,
      type: 'relative.created',
      entityType: 'employee',
      entityId: employeeId,
      data: { relativeId: r.id, relation: r.relation },
    });
    return toRelativeDto(r, p);
  });
}

export async function updateRelative(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  patch: z.output<typeof relativePatch>,
): Promise<Relative> {
  const current = await getRelativeRow(db, actor, id);
  return db.transaction(async (tx) => {
    const { person, ...rest } = patch;
    const [p] =
      person && Object.keys(person).length
        ? await tx
            .update(persons)
            .set({ ...person, updatedAt: new Date() })
            .where(eq(persons.id, current.p.id))
            .returning()
        : [current.p];
    const [r] = Object.keys(rest).length
      ? await tx.update(relatives).set(rest).where(eq(relatives.id, id)).returning()
      : [current.r];
    await appendAudit(tx, ctx, {
      orgId: current.r.orgId,
      type: 'relative.updated',
      entityType: 'employee',
      entityId: current.r.employeeId,
      data: { relativeId: id, fields: [...Object.keys(rest), ...Object.keys(person ?? {})] },
    });
    return toRelativeDto(r, p);
  });
}

export async function deleteRelative(db: Db, actor: Actor, ctx: AuditContext, id: string): Promise<void> {
  const current = await getRelativeRow(db, actor, id);
  await db.transaction(async (tx) => {
    await tx.delete(relatives).where(eq(relatives.id, id));
    await tx.delete(persons).where(eq(persons.id, current.p.id));
    await appendAudit(tx, ctx, {
      orgId: current.r.orgId,
      type: 'relative.deleted',
      entityType: 'employee',
      entityId: current.r.employeeId,
      data: { relativeId: id, relation: current.r.relation, name: `${current.p.lastName} ${current.p.firstName}` },
    });
  });
}
