import type { User, userInput, userPatch } from '@antikor/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { type AuditContext, appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, assertOrgVisible } from '../../platform/auth/actor.js';
import { generatePassword, hashPassword } from '../../platform/auth/password.js';
import { deleteUserSessions } from '../../platform/auth/sessions.js';
import { users } from '../../platform/auth/tables.js';
import { AppError, notFound } from '../../platform/errors.js';
import { getSubdivision } from '../org/subdivisions.js';
import { employees, organisations } from '../org/tables.js';
import { toUserDto } from './user-dto.js';

/** A user may be tied only to a subdivision and an employee of the administrator's own tree. */
async function assertLinksVisible(
  db: Db,
  actor: Actor,
  links: { subdivisionId?: string | null; employeeId?: string | null },
) {
  if (links.subdivisionId) await getSubdivision(db, actor, links.subdivisionId);
  if (links.employeeId) {
    const [e] = await db
      .select({ id: employees.id })
      .from(employees)
      .where(and(eq(employees.id, links.employeeId), inArray(employees.orgId, actor.orgIds)));
    if (!e) throw notFound('Сотрудник');
  }
}

export async function findUsers(db: Db, actor: Actor): Promise<User[]> {
  const rows = await db
    .select({ u: users, orgName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(inArray(users.orgId, actor.orgIds))
    .orderBy(asc(users.fullName));
  return rows.map((r) => toUserDto(r.u, r.orgName));
}

async function getUserRow(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({ u: users, orgName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(and(eq(users.id, id), inArray(users.orgId, actor.orgIds)));
  if (!row) throw notFound('Пользователь');
  return row;
}

/**
 * An administrator creates a user of their organisation tree. Without a password, a temporary one is
 * generated and shown once; the user must change it at first sign-in.
 */
export async function createUser(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  input: z.output<typeof userInput> & { orgId?: string; password?: string },
): Promise<{ user: User; temporaryPassword?: string }> {
  const orgId = input.orgId ?? actor.orgId;
  assertOrgVisible(actor, orgId);
  await assertLinksVisible(db, actor, input);
  const [dup] = await db.select({ id: users.id }).from(users).where(eq(users.login, input.login));
  if (dup)
    throw new AppError('CONFLICT', `Логин «${input.login}» уже занят`, [
      { field: 'login', message: 'Логин уже занят' },
    ]);
  const temporaryPassword = input.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(input.password ?? temporaryPassword!);
  const row = await db.transaction(async (tx) => {
    const [u] = await tx
      .insert(users)
      .values({ ...input, orgId, email: input.email ?? null, passwordHash, mustChangePassword: !input.password })
      .returning();
    await appendAudit(tx, ctx, {
      orgId,
      type: 'user.created',
      entityType: 'user',
      entityId: u.id,
      data: { login: u.login, roles: u.roles },
    });
    return u;
  });
  const [{ name }] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return { user: toUserDto(row, name), temporaryPassword };
}

export async function updateUser(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  patch: z.output<typeof userPatch>,
): Promise<User> {
  const current = await getUserRow(db, actor, id);
  await assertLinksVisible(db, actor, patch);
  if (id === actor.userId && (patch.isActive === false || (patch.roles && !patch.roles.includes('admin')))) {
    throw new AppError('FORBIDDEN', 'Нельзя отключить себя или снять с себя роль администратора');
  }
  const row = await db.transaction(async (tx) => {
    const [u] = await tx.update(users).set(patch).where(eq(users.id, id)).returning();
    if (patch.isActive === false) await deleteUserSessions(tx, id);
    await appendAudit(tx, ctx, {
      orgId: u.orgId,
      type: 'user.updated',
      entityType: 'user',
      entityId: id,
      data: { changes: patch },
    });
    return u;
  });
  return toUserDto(row, current.orgName);
}

/** A new temporary password; the user's sessions end, the lock is lifted, a change is required. */
export async function resetPassword(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  id: string,
): Promise<{ temporaryPassword: string }> {
  const current = await getUserRow(db, actor, id);
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null })
      .where(eq(users.id, id));
    await deleteUserSessions(tx, id);
    await appendAudit(tx, ctx, {
      orgId: current.u.orgId,
      type: 'user.password_reset',
      entityType: 'user',
      entityId: id,
    });
  });
  return { temporaryPassword };
}
