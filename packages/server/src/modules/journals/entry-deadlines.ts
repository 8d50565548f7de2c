import {
  computeEntryDeadlines,
  type DeadlineRule,
  deadlineRuleSchema,
  defaultCalendar,
  type JournalDefinition,
} from '@antikor/core';
import { and, eq } from 'drizzle-orm';
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
  await tx.delete(journalDeadlines).where(eq(journalDeadlines.entryId, entry.id));
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
