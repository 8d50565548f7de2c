import { newPassword } from '@antikor/core';
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type AuditContext, appendAudit } from '../audit/append-audit.js';
import { AppError } from '../errors.js';
import type { Actor } from './actor.js';
import { hashPassword, verifyPassword } from './password.js';
import { sessions, users } from './tables.js';

/** A user changes their own password; their other sessions end. */
export async function changePassword(
  db: Db,
  actor: Actor,
  ctx: AuditContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('INVALID_CREDENTIALS', 'Текущий пароль указан неверно');
  }
  const parsed = newPassword.safeParse(input.newPassword);
  if (!parsed.success) {
    throw new AppError('VALIDATION', parsed.error.issues[0].message, [
      { field: 'newPassword', message: parsed.error.issues[0].message },
    ]);
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('VALIDATION', 'Новый пароль совпадает с текущим', [
      { field: 'newPassword', message: 'Новый пароль совпадает с текущим' },
    ]);
  }
  const hash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash: hash, mustChangePassword: false }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, actor.sessionId)));
    await appendAudit(tx, ctx, {
      orgId: user.orgId,
      type: 'auth.password_changed',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
