import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { GENESIS_HASH, recordHash } from './hash.js';
import { auditLog } from './tables.js';

export type VerifyResult = {
  ok: boolean;
  checked: number;
  chains: number;
  firstBroken?: { id: number; at: string; orgId: string | null; reason: string };
};

/**
 * Walks each organisation's chain in id order and recomputes every hash. Reports the first record whose
 * stored hash or link disagrees — the place where the log was altered. Streams in batches, so a log of
 * millions of records does not have to fit in memory.
 */
export async function verifyAudit(db: Db, opts: { orgIds?: string[] } = {}): Promise<VerifyResult> {
  const chainRows = await db.selectDistinct({ orgId: auditLog.orgId }).from(auditLog);
  const chains = chainRows.map((r) => r.orgId).filter((o) => !opts.orgIds || (o !== null && opts.orgIds.includes(o)));
  let checked = 0;
  let firstBroken: VerifyResult['firstBroken'];
  for (const orgId of chains) {
    let prev = GENESIS_HASH;
    let afterId = 0;
    for (;;) {
      const batch = await db
        .select()
        .from(auditLog)
        .where(and(orgId ? eq(auditLog.orgId, orgId) : isNull(auditLog.orgId), gt(auditLog.id, afterId)))
        .orderBy(asc(auditLog.id))
        .limit(2000);
      if (batch.length === 0) break;
      for (const r of batch) {
        checked++;
        const at = r.at instanceof Date ? r.at : new Date(r.at);
        let reason: string | undefined;
        if (r.prevHash !== prev) reason = 'ссылка на предыдущую запись не совпадает (запись удалена или вставлена)';
        else if (recordHash(prev, { ...r, at }) !== r.hash) reason = 'содержимое записи изменено';
        if (reason && (!firstBroken || r.id < firstBroken.id)) {
          firstBroken = { id: r.id, at: at.toISOString(), orgId, reason };
        }
        if (reason) break;
        prev = r.hash;
      }
      if (firstBroken?.orgId === orgId) break;
      afterId = batch[batch.length - 1].id;
    }
  }
  return { ok: !firstBroken, checked, chains: chains.length, firstBroken };
}
