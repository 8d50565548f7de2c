import type { Role, User } from '@antikor/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../platform/auth/tables.js';
import { organisations } from '../org/tables.js';

type UserRow = typeof users.$inferSelect;

export function toUserDto(u: UserRow, orgName: string): User {
  return {
    id: u.id,
    orgId: u.orgId,
    orgName,
    login: u.login,
    fullName: u.fullName,
    email: u.email,
    roles: u.roles as Role[],
    subdivisionId: u.subdivisionId,
    employeeId: u.employeeId,
    isActive: u.isActive,
    mustChangePassword: u.mustChangePassword,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}

/** One user as the API shows them; throws NOT_FOUND outside the visible organisations. */
export async function getUserDto(db: Db, userId: string): Promise<User> {
  const [row] = await db
    .select({ u: users, orgName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(eq(users.id, userId));
  return toUserDto(row.u, row.orgName);
}
