/** Lists of the affiliation area that are not the queue: checks (runs) and counterparties. */
import { counterpartySources, type Page, pageQuery } from '@antikor/core';
import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, assertOrgVisible, auditContext } from '../../platform/auth/actor.js';
import { roleLabel } from './find-links.js';
import { type RunSummary, toRunSummary } from './run-check.js';
import { affiliationImports, affiliationLinks, affiliationRuns, counterparties } from './tables.js';

const orgFilter = (actor: Actor, orgId?: string) => {
  if (orgId) assertOrgVisible(actor, orgId);
  return orgId ? [orgId] : actor.orgIds;
};

export const runListQuery = z.object({ orgId: z.string().uuid().optional() }).merge(pageQuery);

export async function findRuns(db: Db, actor: Actor, q: z.output<typeof runListQuery>): Promise<Page<RunSummary>> {
  const where = inArray(affiliationRuns.orgId, orgFilter(actor, q.orgId));
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(affiliationRuns).where(where);
  const rows = await db
    .select()
    .from(affiliationRuns)
    .where(where)
    .orderBy(desc(affiliationRuns.startedAt), desc(affiliationRuns.number))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: rows.map(toRunSummary), total, page: q.page, pageSize: q.pageSize };
}

export const counterpartyListQuery = z
  .object({
    orgId: z.string().uuid().optional(),
    q: z.string().trim().max(200).optional(),
    source: z.enum(counterpartySources).optional(),
  })
  .merge(pageQuery);

export type CounterpartyItem = {
  id: string;
  externalId: string;
  source: string;
  companyInn: string | null;
  companyName: string | null;
  role: string | null;
  roleLabel: string | null;
  personName: string | null;
  birthDate: string | null;
  inn: string | null;
  phones: string[];
  emails: string[];
  addresses: string[];
  linkCount: number;
  updatedAt: string;
};

/** Counterparty persons with their identifiers (personal data of directors and founders): the read is audited. */
export async function findCounterparties(
  db: Db,
  actor: Actor,
  q: z.output<typeof counterpartyListQuery>,
): Promise<Page<CounterpartyItem> & { lastImport: { fileName: string; importedAt: string; rowCount: number } | null }> {
  const orgIds = orgFilter(actor, q.orgId);
  const cond = [inArray(counterparties.orgId, orgIds)];
  if (q.source) cond.push(eq(counterparties.source, q.source));
  for (const word of (q.q ?? '').split(/\s+/).filter(Boolean).slice(0, 6)) {
    const like = `%${word.replace(/[%_\\]/g, (ch) => `\\${ch}`).replace(/ё/gi, 'е')}%`;
    const text = (col: unknown) => ilike(sql`replace(coalesce(${col}, ''), 'ё', 'е')`, like);
    cond.push(
      or(
        text(counterparties.companyName),
        text(counterparties.companyInn),
        text(counterparties.lastName),
        text(counterparties.firstName),
        text(counterparties.inn),
        text(counterparties.externalId),
      )!,
    );
  }
  const where = and(...cond);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(counterparties).where(where);
  const rows = await db
    .select({
      c: counterparties,
      links: sql<number>`(select count(*)::int from ${affiliationLinks} l where l.counterparty_id = "affiliation_counterparties"."id" and l.is_current)`,
    })
    .from(counterparties)
    .where(where)
    .orderBy(asc(counterparties.companyName), asc(counterparties.lastName), asc(counterparties.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [last] = await db
    .select()
    .from(affiliationImports)
    .where(and(inArray(affiliationImports.orgId, orgIds), eq(affiliationImports.kind, 'counterparties')))
    .orderBy(desc(affiliationImports.importedAt))
    .limit(1);
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: q.orgId ?? actor.orgId,
      type: 'affiliation.counterparties_listed',
      entityType: 'affiliation_counterparty',
      data: { q: q.q ?? null, source: q.source ?? null, page: q.page, shown: rows.length },
    }),
  );
  return {
    items: rows.map(({ c, links }) => ({
      id: c.id,
      externalId: c.externalId,
      source: c.source,
      companyInn: c.companyInn,
      companyName: c.companyName,
      role: c.role,
      roleLabel: roleLabel(c.role),
      personName: [c.lastName, c.firstName, c.middleName].filter(Boolean).join(' ') || null,
      birthDate: c.birthDate,
      inn: c.inn,
      phones: c.phones,
      emails: c.emails,
      addresses: c.addresses,
      linkCount: links,
      updatedAt: c.updatedAt.toISOString(),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
    lastImport: last
      ? { fileName: last.fileName, importedAt: last.importedAt.toISOString(), rowCount: last.rowCount }
      : null,
  };
}
