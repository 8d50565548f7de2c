import { addWorkingDays, defaultCalendar, journalDefinitions, type Page } from '@antikor/core';
import { and, asc, eq, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { dateInZone } from './entry-text.js';
import { entryScope, journalsVisibleTo } from './journal-access.js';
import { journalDeadlines, journalEntries } from './tables.js';

export const deadlineQuery = z.object({
  state: z.enum(['overdue', 'soon', 'open', 'late']).default('open'),
  journal: z.string().max(50).optional(),
  responsibleUserId: z.string().uuid().optional(),
  mine: z.enum(['true', 'false']).optional(),
});

export const deadlineItem = z.object({
  id: z.string(),
  entryId: z.string(),
  journalCode: z.string(),
  journalTitle: z.string(),
  regNumber: z.string(),
  subjectName: z.string().nullable(),
  title: z.string(),
  dueDate: z.string(),
  basis: z.string(),
  explanation: z.string(),
  metAt: z.string().nullable(),
  isLate: z.boolean(),
  state: z.enum(['overdue', 'soon', 'open', 'met']),
  responsibleUserId: z.string().nullable(),
});
export type DeadlineItem = z.infer<typeof deadlineItem>;

/** «Скоро» means within 3 working days of today on the production calendar. */
export const SOON_WORKING_DAYS = 3;

/**
 * The «Сроки» view: deadlines of every journal the actor may see, in one list — overdue, due soon, open,
 * or met late — with the rule and basis of each.
 */
export async function findDeadlines(
  db: Db,
  actor: Actor,
  f: z.output<typeof deadlineQuery> & { page: number; pageSize: number },
  opts: { timeZone: string; now?: Date },
): Promise<Page<DeadlineItem>> {
  const today = dateInZone(opts.now ?? new Date(), opts.timeZone);
  const soon = addWorkingDays(defaultCalendar, today as never, SOON_WORKING_DAYS).date;
  // Every visible journal: besides a definition's own deadlines, other modules keep some on entries (the
  // answers to documents received about a draft act).
  const defs = journalsVisibleTo(actor, journalDefinitions).filter((d) => !f.journal || d.code === f.journal);
  if (!defs.length) return { items: [], total: 0, page: f.page, pageSize: f.pageSize };
  const stateWhere: Record<typeof f.state, SQL> = {
    overdue: and(isNull(journalDeadlines.metAt), lt(journalDeadlines.dueDate, today))!,
    soon: and(
      isNull(journalDeadlines.metAt),
      sql`${journalDeadlines.dueDate} >= ${today}`,
      lte(journalDeadlines.dueDate, soon),
    )!,
    open: isNull(journalDeadlines.metAt),
    late: and(eq(journalDeadlines.isLate, true), sql`${journalDeadlines.metAt} is not null`)!,
  };
  const where = and(
    or(...defs.map((d) => entryScope(actor, d))),
    stateWhere[f.state],
    f.responsibleUserId ? eq(journalEntries.responsibleUserId, f.responsibleUserId) : undefined,
    f.mine === 'true'
      ? or(
          eq(journalEntries.responsibleUserId, actor.userId),
          actor.employeeId ? eq(journalEntries.employeeId, actor.employeeId) : sql`false`,
        )
      : undefined,
  );
  const base = db
    .select()
    .from(journalDeadlines)
    .innerJoin(journalEntries, eq(journalEntries.id, journalDeadlines.entryId))
    .where(where);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(journalDeadlines)
    .innerJoin(journalEntries, eq(journalEntries.id, journalDeadlines.entryId))
    .where(where);
  const rows = await base
    .orderBy(asc(journalDeadlines.dueDate), asc(journalEntries.regNumber))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return {
    items: rows.map(({ journal_deadlines: d, journal_entries: e }) => ({
      id: d.id,
      entryId: e.id,
      journalCode: e.journalCode,
      journalTitle: defs.find((x) => x.code === e.journalCode)?.shortTitle ?? e.journalCode,
      regNumber: e.regNumber,
      subjectName: e.subjectName,
      title: d.title,
      dueDate: d.dueDate,
      basis: d.basis,
      explanation: d.explanation,
      metAt: d.metAt?.toISOString() ?? null,
      isLate: d.isLate,
      state: d.metAt ? 'met' : d.dueDate < today ? 'overdue' : d.dueDate <= soon ? 'soon' : 'open',
      responsibleUserId: e.responsibleUserId,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}
