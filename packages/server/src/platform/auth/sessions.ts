import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@antikor/core';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { descendantOrgIds } from '../../modules/org/org-tree.js';
import type { Actor } from './actor.js';
import { sessions, users } from './tables.js';

export const SESSION_COOKIE = 'antikor_sid';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Creates a session; returns the cookie token (only its hash is stored) and the CSRF token. */
export async function createSession(
  db: Db,
  input: { userId: string; ip: string | null; userAgent: string | null; ttlHours: number },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insert(sessions).values({
    id: sha256(token),
    userId: input.userId,
    csrfToken,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    expiresAt: new Date(Date.now() + input.ttlHours * 3_600_000),
  });
  // Housekeeping: expired sessions of anyone are useless.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, csrfToken };
}

/**
 * Resolves a cookie token to the actor, sliding the expiry forward. Null for an unknown, expired
 * session or a deactivated user.
 */
export async function loadSession(
  db: Db,
  token: string,
  ctx: { ip: string | null; ttlHours: number },
): Promise<{ actor: Actor; csrfToken: string } | null> {
  const id = sha256(token);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date())))
    .limit(1);
  if (!row || !row.user.isActive) return null;
  const expiresAt = new Date(Date.now() + ctx.ttlHours * 3_600_000);
  // Write the new expiry at most once a minute per session, not on every request.
  if (expiresAt.getTime() - row.session.expiresAt.getTime() > 60_000) {
    await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
  }
  const u = row.user;
  return {
    csrfToken: row.session.csrfToken,
    actor: {
      userId: u.id,
      login: u.login,
      fullName: u.fullName,
      orgId: u.orgId,
      orgIds: await descendantOrgIds(db, u.orgId),
      roles: u.roles as Role[],
      subdivisionId: u.subdivisionId,
      employeeId: u.employeeId,
      ip: ctx.ip,
      sessionId: id,
    },
  };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user (password reset, deactivation). */
export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
