import type { AuditType } from '@antikor/core';
import { desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { GENESIS_HASH, recordHash } from './hash.js';
import { auditLog } from './tables.js';

/** Who did it and from where; every use case receives one. */
export type AuditContext = { actorId: string | null; actorLogin: string | null; ip: string | null };

export type AuditEvent = {
  orgId: string | null;
  type: AuditType;
  entityType?: string;
  entityId?: string;
  data?: Record<string, unknown>;
};

/**
 * Appends one record to the organisation's chain. Call it inside the transaction that makes the change
 * (style.md §6) so the change and its record commit or fail together. The advisory lock serialises
 * appends to one chain across connections, so two writers never link to the same predecessor.
 */
export async function appendAudit(tx: Db, ctx: AuditContext, event: AuditEvent): Promise<void> {
  const chainKey = event.orgId ?? 'system';
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`audit:${chainKey}`}))`);
  const [last] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(event.orgId ? eq(auditLog.orgId, event.orgId) : isNull(auditLog.orgId))
    .orderBy(desc(auditLog.id))
    .limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields = {
    orgId: event.orgId,
    at: new Date(),
    actorId: ctx.actorId,
    actorLogin: ctx.actorLogin,
    ip: ctx.ip,
    type: event.type,
    entityType: event.entityType ?? null,
    entityId: event.entityId ?? null,
    data: event.data ?? {},
  };
  await tx.insert(auditLog).values({ ...fields, prevHash, hash: recordHash(prevHash, fields) });
}
