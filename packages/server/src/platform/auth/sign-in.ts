import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../audit/append-audit.js';
import { AppError } from '../errors.js';
import { hashPassword, verifyPassword } from './password.js';
import { users } from './tables.js';

export type LockoutPolicy = { threshold: number; minutes: number };

// A fixed hash to verify against when the login is unknown, so the response time does not reveal
// which logins exist.
let dummyHash: Promise<string> | null = null;

/**
 * Checks the credentials. After `threshold` failures in a row the account is locked for `minutes`
 * (a brute-force defence); every failure, lock and success is audited.
 */
export async function signIn(
  db: Db,
  input: { login: string; password: string; ip: string | null },
  policy: LockoutPolicy,
): Promise<typeof users.$inferSelect> {
  const login = input.login.trim().toLowerCase();
  const [user] = await db.select().from(users).where(eq(users.login, login)).limit(1);
  const ctx = { actorId: user?.id ?? null, actorLogin: login, ip: input.ip };
  if (!user || !user.isActive) {
    dummyHash ??= hashPassword('not-a-password');
    await verifyPassword(await dummyHash, input.password);
    await db.transaction((tx) =>
      appendAudit(tx, ctx, {
        orgId: user?.orgId ?? null,
        type: 'auth.login_failed',
        data: { reason: user ? 'inactive' : 'unknown_login' },
      }),
    );
    throw new AppError('INVALID_CREDENTIALS', 'Неверный логин или пароль');
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    throw lockedError(user.lockedUntil);
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedAttempts + 1;
    const lockedUntil = failures >= policy.threshold ? new Date(Date.now() + policy.minutes * 60_000) : null;
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ failedAttempts: lockedUntil ? 0 : failures, lockedUntil })
        .where(eq(users.id, user.id));
      await appendAudit(tx, ctx, {
        orgId: user.orgId,
        type: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        data: { failures },
      });
      if (lockedUntil) {
        await appendAudit(tx, ctx, {
          orgId: user.orgId,
          type: 'auth.locked',
          entityType: 'user',
          entityId: user.id,
          data: { until: lockedUntil.toISOString() },
        });
      }
    });
    if (lockedUntil) throw lockedError(lockedUntil);
    throw new AppError('INVALID_CREDENTIALS', 'Неверный логин или пароль');
  }
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: sql`now()` })
      .where(eq(users.id, user.id));
    await appendAudit(tx, ctx, { orgId: user.orgId, type: 'auth.login', entityType: 'user', entityId: user.id });
  });
  return user;
}

function lockedError(until: Date): AppError {
  const time = until.toLocaleString('ru-RU', {
    timeZone: 'Europe/Moscow',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
  });
  return new AppError(
    'ACCOUNT_LOCKED',
    `Учётная запись временно заблокирована после неудачных попыток входа. Повторите после ${time} (МСК) или обратитесь к администратору.`,
  );
}
