import type { AuditRecord, Page } from '@antikor/core';
import { and, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../auth/actor.js';
import { auditLog } from './tables.js';

export type AuditFilter = {
  type?: string;
  actorId?: string;
  entityId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

/** Newest first; `to` is inclusive of the whole day. Only the actor's organisation tree. */
export async function findAudit(db: Db, actor: Actor, f: AuditFilter): Promise<Page<AuditRecord>> {
  const nextDay = (d: string) => new Date(new Date(`${d.slice(0, 10)}T00:00:00Z`).getTime() + 86_400_000);
  const where = and(
    inArray(auditLog.orgId, actor.orgIds),
    f.type
      ? f.type.endsWith('.')
        ? sql`${auditLog.type} like ${`${f.type}%`}`
        : eq(auditLog.type, f.type)
      : undefined,
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.from ? gte(auditLog.at, new Date(`${f.from.slice(0, 10)}T00:00:00Z`)) : undefined,
    f.to ? lt(auditLog.at, nextDay(f.to)) : undefined,
  );
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(where);
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: (r.at instanceof Date ? r.at : new Date(r.at)).toISOString(),
      orgId: r.orgId,
      actorId: r.actorId,
      actorLogin: r.actorLogin,
      ip: r.ip,
      type: r.type,
      entityType: r.entityType,
      entityId: r.entityId,
      data: r.data,
      hash: r.hash,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}
