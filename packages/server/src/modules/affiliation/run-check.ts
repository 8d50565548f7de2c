/**
 * A check (проверка): the affiliation engine over the organisation's staff profiles × its
 * counterparties, stored with its parameters, its links merged into the working group's queue.
 * A link found again keeps its decision while the evidence (which fields agreed, and how) is the
 * same; when the evidence changes a decided link returns to the queue as «new» (issue 6).
 */
import { createHash } from 'node:crypto';
import { decidedLinkStatuses, type LinkStatus, type RunInput, runInput } from '@antikor/core';
import { type Link, matchAffiliation } from '@antikor/engines/affiliation';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type AuditContext, appendAudit } from '../../platform/audit/append-audit.js';
import {
  loadCheckCounterparties,
  syncInstitutionHeads,
  syncProcurementSuppliers,
  toEngineRow,
} from './counterparty-rows.js';
import { loadStaffProfiles } from './staff-profiles.js';
import { affiliationLinkEvents, affiliationLinks, affiliationRuns } from './tables.js';

/** Version of the matching stored with each run, so an old run's parameters stay interpretable. */
export const ENGINE_NAME = '@antikor/engines/affiliation matchAffiliation';

export type RunBy = { userId: string | null; name: string | null; ctx: AuditContext };

export type RunSummary = {
  id: string;
  number: number;
  trigger: string;
  params: Record<string, unknown>;
  staffCount: number;
  counterpartyCount: number;
  linkCount: number;
  newCount: number;
  reopenedCount: number;
  durationMs: number;
  startedAt: string;
  startedByName: string | null;
};

/** What agreed, and how: the part of the evidence whose change reopens a decided link. */
export function evidenceKey(link: Link): string {
  const parts = link.evidence.fields
    .filter((f) => f.outcome !== 'disagree')
    .map((f) => `${f.field}:${f.how}:${f.staff.toLowerCase()}=${f.counterparty.toLowerCase()}`)
    .sort();
  return createHash('sha256')
    .update(`${link.evidence.basis}\n${parts.join('\n')}`)
    .digest('hex')
    .slice(0, 32);
}

export const toRunSummary = (r: typeof affiliationRuns.$inferSelect): RunSummary => ({
  id: r.id,
  number: r.number,
  trigger: r.trigger,
  params: r.params,
  staffCount: r.staffCount,
  counterpartyCount: r.counterpartyCount,
  linkCount: r.linkCount,
  newCount: r.newCount,
  reopenedCount: r.reopenedCount,
  durationMs: r.durationMs,
  startedAt: r.startedAt.toISOString(),
  startedByName: r.startedByName,
});

/**
 * Runs a check for `orgId`. Checks of one organisation are serialised by a transaction-scoped
 * advisory lock, so two at once cannot interleave their merges or take the same number.
 */
export async function runCheck(
  db: Db,
  orgId: string,
  by: RunBy,
  input: RunInput,
  trigger: 'manual' | 'import' | 'demo',
): Promise<RunSummary> {
  const params = runInput.parse(input);
  const startedAt = new Date();
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`affiliation-run:${orgId}`}))`);
    const institutionIds = await syncInstitutionHeads(tx, orgId);
    const supplierIds = await syncProcurementSuppliers(tx, orgId);
    const { staff, origins } = await loadStaffProfiles(tx, orgId, params.scope);
    const rows = await loadCheckCounterparties(tx, orgId, new Set([...institutionIds, ...supplierIds]));
    const t0 = performance.now();
    const links =
      staff.length && rows.length ? matchAffiliation(staff, rows.map(toEngineRow), { minScore: params.minScore }) : [];
    const matchMs = Math.round(performance.now() - t0);

    const [{ last }] = await tx
      .select({ last: sql<number>`coalesce(max(${affiliationRuns.number}), 0)::int` })
      .from(affiliationRuns)
      .where(eq(affiliationRuns.orgId, orgId));
    const runId = crypto.randomUUID();
    const existing = await tx.select().from(affiliationLinks).where(eq(affiliationLinks.orgId, orgId));
    const byPair = new Map(existing.map((l) => [`${l.personId}|${l.counterpartyId}`, l]));
    const seen = new Set<string>();
    let newCount = 0;
    let reopenedCount = 0;
    const events: (typeof affiliationLinkEvents.$inferInsert)[] = [];
    for (const link of links) {
      const origin = origins.get(link.staffId);
      if (!origin) continue;
      const key = evidenceKey(link);
      const values = {
        score: link.score,
        basis: link.evidence.basis,
        summary: link.evidence.summary,
        evidence: link.evidence as unknown as Record<string, unknown>,
        evidenceKey: key,
        lastRunId: runId,
        isCurrent: true,
        updatedAt: new Date(),
      };
      const prev = byPair.get(`${link.staffId}|${link.counterpartyId}`);
      if (!prev) {
        const [row] = await tx
          .insert(affiliationLinks)
          .values({
            orgId,
            personId: link.staffId,
            employeeId: origin.employeeId,
            relation: origin.relation,
            relativeId: origin.relativeId,
            counterpartyId: link.counterpartyId,
            firstRunId: runId,
            status: 'new',
            ...values,
          })
          .returning({ id: affiliationLinks.id });
        events.push({ orgId, linkId: row.id, kind: 'found', toStatus: 'new', score: link.score, runId });
        newCount++;
        continue;
      }
      seen.add(prev.id);
      const reopen = prev.evidenceKey !== key && decidedLinkStatuses.includes(prev.status as LinkStatus);
      await tx
        .update(affiliationLinks)
        .set({
          ...values,
          employeeId: origin.employeeId,
          relation: origin.relation,
          relativeId: origin.relativeId,
          ...(reopen ? { status: 'new' } : {}),
        })
        .where(eq(affiliationLinks.id, prev.id));
      if (reopen) {
        reopenedCount++;
        events.push({
          orgId,
          linkId: prev.id,
          kind: 'reopened',
          fromStatus: prev.status,
          toStatus: 'new',
          score: link.score,
          runId,
          comment: 'Доказательства изменились после решения: связь возвращена на рассмотрение',
        });
      }
    }
    const gone = existing.filter((l) => l.isCurrent && !seen.has(l.id)).map((l) => l.id);
    for (const id of gone)
      await tx
        .update(affiliationLinks)
        .set({ isCurrent: false, updatedAt: new Date() })
        .where(and(eq(affiliationLinks.id, id), eq(affiliationLinks.orgId, orgId)));
    for (let i = 0; i < events.length; i += 500)
      await tx.insert(affiliationLinkEvents).values(events.slice(i, i + 500));

    const storedParams = { ...params, engine: ENGINE_NAME, matchMs };
    const [run] = await tx
      .insert(affiliationRuns)
      .values({
        id: runId,
        orgId,
        number: last + 1,
        trigger,
        params: storedParams,
        staffCount: staff.length,
        counterpartyCount: rows.length,
        linkCount: links.length,
        newCount,
        reopenedCount,
        durationMs: Date.now() - startedAt.getTime(),
        startedBy: by.userId,
        startedByName: by.name,
        startedAt,
      })
      .returning();
    await appendAudit(tx, by.ctx, {
      orgId,
      type: 'affiliation.run_completed',
      entityType: 'affiliation_run',
      entityId: runId,
      data: {
        number: run.number,
        trigger,
        params: storedParams,
        staff: staff.length,
        counterparties: rows.length,
        links: links.length,
        new: newCount,
        reopened: reopenedCount,
        noLongerFound: gone.length,
      },
    });
    return toRunSummary(run);
  });
}
