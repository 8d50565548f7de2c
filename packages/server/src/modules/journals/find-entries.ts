import type { JournalDefinition, Page } from '@antikor/core';
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { type JournalEntryDto, toEntryDto } from './entry-dto.js';
import { entryScope } from './journal-access.js';
import { journalDeadlines, journalEntries } from './tables.js';

export const entryListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.string().max(50).optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата «с» в формате ГГГГ-ММ-ДД')
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата «по» в формате ГГГГ-ММ-ДД')
    .optional(),
  subdivisionId: z.string().uuid().optional(),
  employeeId: z.string().uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  sort: z.enum(['number', '-number', 'registeredOn', '-registeredOn', 'status']).default('-number'),
});
export type EntryFilter = z.output<typeof entryListQuery>;

/**
 * The WHERE of a journal list: need-to-know scope, filters, and Russian full-text search (stemmed, so
 * «уведомлений» finds «уведомление»); a query like «12/2024» is an exact registration-number match.
 */
export function entryFilterWhere(actor: Actor, def: JournalDefinition, f: EntryFilter): SQL {
  const q = f.q?.trim();
  // «12/2024» or «12» is a registration number: an exact, indexed match instead of a text search.
  const regNo = q ? /^(\d{1,7})(?:\/(\d{4}))?$/.exec(q) : null;
  const search = regNo
    ? and(eq(journalEntries.number, Number(regNo[1])), regNo[2] ? eq(journalEntries.year, Number(regNo[2])) : undefined)
    : q
      ? sql`${journalEntries.search} @@ websearch_to_tsquery('russian', ${q})`
      : undefined;
  return and(
    entryScope(actor, def),
    f.status ? eq(journalEntries.status, f.status) : undefined,
    f.from ? gte(journalEntries.periodDate, f.from) : undefined,
    f.to ? lte(journalEntries.periodDate, f.to) : undefined,
    f.year ? eq(journalEntries.year, f.year) : undefined,
    f.subdivisionId ? eq(journalEntries.subdivisionId, f.subdivisionId) : undefined,
    f.employeeId ? eq(journalEntries.employeeId, f.employeeId) : undefined,
    search,
  )!;
}

export function entryOrder(sort: EntryFilter['sort']) {
  switch (sort) {
    case 'number':
      return [asc(journalEntries.year), asc(journalEntries.number)];
    case '-number':
      return [desc(journalEntries.year), desc(journalEntries.number)];
    case 'registeredOn':
      return [asc(journalEntries.registeredOn), asc(journalEntries.number)];
    case '-registeredOn':
      return [desc(journalEntries.registeredOn), desc(journalEntries.number)];
    case 'status':
      return [asc(journalEntries.status), desc(journalEntries.number)];
  }
}

export async function findEntries(
  db: Db,
  actor: Actor,
  def: JournalDefinition,
  f: EntryFilter & { page: number; pageSize: number },
): Promise<Page<JournalEntryDto>> {
  const where = entryFilterWhere(actor, def, f);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(journalEntries).where(where);
  const rows = await db
    .select()
    .from(journalEntries)
    .where(where)
    .orderBy(...entryOrder(f.sort))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const deadlines = rows.length
    ? await db
        .select()
        .from(journalDeadlines)
        .where(
          inArray(
            journalDeadlines.entryId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return { items: rows.map((r) => toEntryDto(def, r, deadlines)), total, page: f.page, pageSize: f.pageSize };
}
