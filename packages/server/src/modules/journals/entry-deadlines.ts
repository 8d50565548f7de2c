import {
  computeEntryDeadlines,
  type DeadlineRule,
  deadlineRuleSchema,
  defaultCalendar,
  type JournalDefinition,
} from '@antikor/core';
import { and, eq, notLike } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { journalDeadlines, type journalEntries, journalSettings } from './tables.js';

/** The organisation's deadline rules for a journal (municipal act), valid ones only. */
export async function loadDeadlineOverrides(
  db: Db,
  orgId: string,
  journalCode: string,
): Promise<Record<string, DeadlineRule>> {
  const [row] = await db
    .select()
    .from(journalSettings)
    .where(and(eq(journalSettings.orgId, orgId), eq(journalSettings.journalCode, journalCode)));
  const out: Record<string, DeadlineRule> = {};
  for (const [code, raw] of Object.entries(row?.deadlineOverrides ?? {})) {
    const parsed = deadlineRuleSchema.safeParse(raw);
    if (parsed.success) out[code] = parsed.data;
  }
  return out;
}

/** Recomputes and stores an entry's deadlines inside the caller's transaction, keeping when each was met. */
export async function refreshEntryDeadlines(
  tx: Db,
  def: JournalDefinition,
  entry: typeof journalEntries.$inferSelect,
  now: Date,
): Promise<void> {
  const existing = await tx.select().from(journalDeadlines).where(eq(journalDeadlines.entryId, entry.id));
  const metAt = Object.fromEntries(existing.map((d) => [d.code, d.metAt?.toISOString() ?? null]));
  const overrides = await loadDeadlineOverrides(tx, entry.orgId, def.code);
  const computed = computeEntryDeadlines(
    defaultCalendar,
    def,
    { status: entry.status, registeredOn: entry.registeredOn as never, data: entry.data, metAt },
    now.toISOString(),
    overrides,
  );
  // Deadlines other modules keep on the entry (codes «module:id») are theirs: only the definition's own are rebuilt.
  await tx
    .delete(journalDeadlines)
    .where(and(eq(journalDeadlines.entryId, entry.id), notLike(journalDeadlines.code, '%:%')));
  if (computed.length) {
    await tx.insert(journalDeadlines).values(
      computed.map((d) => ({
        orgId: entry.orgId,
        entryId: entry.id,
        journalCode: def.code,
        code: d.code,
        title: d.title,
        dueDate: d.dueDate,
        basis: d.basis,
        explanation: d.explanation,
        metAt: d.metAt ? new Date(d.metAt) : null,
        isLate: d.isLate,
      })),
    );
  }
}

/**
 * A deadline another module keeps on a journal entry — e.g. the answer to a prosecutor's demand received about
 * a draft act — so «Сроки», the home page and the digest list it with the journal's own. `code` is
 * «module:id»; writing it again replaces it (met, moved).
 */
export async function putEntryDeadline(
  tx: Db,
  d: {
    orgId: string;
    entryId: string;
    journalCode: string;
    code: `${string}:${string}`;
    title: string;
    dueDate: string;
    basis: string;
    explanation: string;
    metAt: Date | null;
    isLate: boolean;
  },
): Promise<void> {
  await tx
    .insert(journalDeadlines)
    .values(d)
    .onConflictDoUpdate({
      target: [journalDeadlines.entryId, journalDeadlines.code],
      set: {
        title: d.title,
        dueDate: d.dueDate,
        basis: d.basis,
        explanation: d.explanation,
        metAt: d.metAt,
        isLate: d.isLate,
      },
    });
}
