import { type CaseStatus, caseStatuses, commissionGrounds, finalCaseStatuses, type Page } from '@antikor/core';
import { and, desc, eq, ilike, inArray, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { type CaseRow, toCaseListItem } from './case-dto.js';
import { assertCommissionReader, loadSettings } from './commission-access.js';
import { commissionCases } from './tables.js';

export const caseListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum([...caseStatuses, 'open']).optional(),
  ground: z.enum(commissionGrounds).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  employeeId: z.string().uuid().optional(),
  /** The case opened from this journal entry (the entry card shows it). */
  journalEntryId: z.string().uuid().optional(),
  orgId: z.string().uuid().optional(),
});
export type CaseFilter = z.output<typeof caseListQuery>;

export function caseWhere(actor: Actor, f: CaseFilter): SQL {
  const q = f.q?.trim();
  const regNo = q ? /^(\d{1,6})(?:\/(\d{4}))?$/.exec(q) : null;
  const escaped = q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return and(
    inArray(commissionCases.orgId, f.orgId && actor.orgIds.includes(f.orgId) ? [f.orgId] : actor.orgIds),
    f.status === 'open'
      ? notInArray(commissionCases.status, finalCaseStatuses as CaseStatus[])
      : f.status
        ? eq(commissionCases.status, f.status)
        : undefined,
    f.ground ? eq(commissionCases.ground, f.ground) : undefined,
    f.year ? eq(commissionCases.year, f.year) : undefined,
    f.employeeId ? eq(commissionCases.employeeId, f.employeeId) : undefined,
    f.journalEntryId ? eq(commissionCases.journalEntryId, f.journalEntryId) : undefined,
    regNo
      ? and(
          eq(commissionCases.number, Number(regNo[1])),
          regNo[2] ? eq(commissionCases.year, Number(regNo[2])) : undefined,
        )
      : escaped
        ? or(
            ilike(commissionCases.subjectName, `%${escaped}%`),
            ilike(commissionCases.summary, `%${escaped}%`),
            ilike(commissionCases.sourceRef, `%${escaped}%`),
          )
        : undefined,
  )!;
}

export async function findCaseRows(
  db: Db,
  actor: Actor,
  f: CaseFilter,
  page?: { page: number; pageSize: number },
): Promise<{ rows: CaseRow[]; total: number }> {
  assertCommissionReader(actor);
  const where = caseWhere(actor, f);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(commissionCases).where(where);
  const q = db
    .select()
    .from(commissionCases)
    .where(where)
    .orderBy(desc(commissionCases.year), desc(commissionCases.number));
  const rows = page ? await q.limit(page.pageSize).offset((page.page - 1) * page.pageSize) : await q.limit(10_000);
  return { rows, total };
}

export async function findCases(
  db: Db,
  actor: Actor,
  f: CaseFilter & { page: number; pageSize: number },
  opts: { today: string },
): Promise<Page<ReturnType<typeof toCaseListItem>>> {
  const { rows, total } = await findCaseRows(db, actor, f, f);
  const settings = await loadSettings(db, actor.orgId);
  return { items: rows.map((r) => toCaseListItem(r, opts.today, settings)), total, page: f.page, pageSize: f.pageSize };
}
