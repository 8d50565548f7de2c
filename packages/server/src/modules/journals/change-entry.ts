import { isFilled, type JournalDefinition, journalDataSchema } from '@antikor/core';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { refreshEntryDeadlines } from './entry-deadlines.js';
import { entrySearchText } from './entry-text.js';
import { loadEntry } from './get-entry.js';
import { issuesOf, validationError } from './register-entry.js';
import { journalEntries } from './tables.js';

function mergeData(
  def: JournalDefinition,
  current: Record<string, unknown>,
  patch: Record<string, unknown> | undefined,
) {
  if (!patch) return current;
  const parsed = journalDataSchema(def, { partial: true }).safeParse(patch);
  if (!parsed.success) throw validationError(issuesOf(parsed.error));
  const next = { ...current };
  for (const [k, v] of Object.entries(parsed.data)) {
    if (v === null || v === '') delete next[k];
    else if (v !== undefined) next[k] = v;
  }
  // Registration fields stay required after a correction.
  const missing = def.fields.filter(
    (f) => f.required && (f.stage ?? 'registration') === 'registration' && !isFilled(next[f.key]),
  );
  if (missing.length)
    throw validationError(missing.map((f) => ({ field: f.key, message: `«${f.label}»: обязательное поле` })));
  return next;
}

async function save(
  tx: Db,
  def: JournalDefinition,
  entry: typeof journalEntries.$inferSelect,
  changes: { status?: string; data: Record<string, unknown>; responsibleUserId?: string | null },
  now: Date,
) {
  const periodValue = def.periodField ? changes.data[def.periodField] : undefined;
  const [updated] = await tx
    .update(journalEntries)
    .set({
      ...changes,
      periodDate: typeof periodValue === 'string' ? periodValue.slice(0, 10) : entry.registeredOn,
      search: sql`to_tsvector('russian', ${entrySearchText(def, { ...entry, data: changes.data })})` as never,
      updatedAt: now,
    })
    .where(eq(journalEntries.id, entry.id))
    .returning();
  await refreshEntryDeadlines(tx, def, updated, now);
  return updated;
}

/** Corrects an entry's fields (the journal's keepers; not after it is closed). */
export async function updateEntry(
  db: Db,
  actor: Actor,
  id: string,
  input: { data?: Record<string, unknown>; responsibleUserId?: string | null },
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const { def, entry } = await loadEntry(tx, actor, id, { forUpdate: true });
    if (!actor.roles.some((r) => def.registerRoles.includes(r)))
      throw new AppError('FORBIDDEN', 'Исправлять запись может только ответственный за журнал');
    if (def.statuses.find((s) => s.code === entry.status)?.isFinal)
      throw new AppError('CONFLICT', 'Запись закрыта: исправления не допускаются');
    const data = mergeData(def, entry.data, input.data);
    await save(
      tx,
      def,
      entry,
      {
        data,
        responsibleUserId: input.responsibleUserId === undefined ? entry.responsibleUserId : input.responsibleUserId,
      },
      now,
    );
    await appendAudit(tx, auditContext(actor), {
      orgId: entry.orgId,
      type: 'journal.updated',
      entityType: 'journal_entry',
      entityId: id,
      data: { journal: def.code, fields: Object.keys(input.data ?? {}) },
    });
  });
}

/**
 * Moves an entry through its workflow in one transaction (style.md §6): lock, check the transition is
 * allowed from the current status and for the actor's role, merge the step's fields, check the fields the
 * step requires, write, recompute deadlines, audit. A forbidden move is INVALID_TRANSITION (409).
 */
export async function transitionEntry(
  db: Db,
  actor: Actor,
  id: string,
  input: { action: string; data?: Record<string, unknown>; comment?: string },
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const { def, entry } = await loadEntry(tx, actor, id, { forUpdate: true });
    const t = def.transitions.find((x) => x.action === input.action);
    if (!t)
      throw new AppError('VALIDATION', `Неизвестное действие «${input.action}» для журнала «${def.shortTitle}»`, [
        { field: 'action', message: 'Неизвестное действие' },
      ]);
    if (!t.from.includes(entry.status)) {
      const label = def.statuses.find((s) => s.code === entry.status)?.label ?? entry.status;
      throw new AppError('INVALID_TRANSITION', `Действие «${t.label}» недоступно: запись в статусе «${label}»`);
    }
    if (!t.roles.some((r) => actor.roles.includes(r)))
      throw new AppError('FORBIDDEN', `Действие «${t.label}» выполняет другой участник процесса`);
    const data = mergeData(def, entry.data, input.data);
    const missing = (t.requires ?? []).filter((k) => !isFilled(data[k]));
    if (missing.length) {
      throw validationError(
        missing.map((k) => ({
          field: k,
          message: `Для действия «${t.label}» заполните «${def.fields.find((f) => f.key === k)?.label ?? k}»`,
        })),
      );
    }
    if (t.guard) {
      const v = Number(data[t.guard.field]);
      const ok = t.guard.op === 'lte' ? v <= t.guard.value : v > t.guard.value;
      if (!ok) throw new AppError('INVALID_TRANSITION', t.guard.message);
    }
    await save(tx, def, entry, { status: t.to, data }, now);
    await appendAudit(tx, auditContext(actor), {
      orgId: entry.orgId,
      type: 'journal.transitioned',
      entityType: 'journal_entry',
      entityId: id,
      data: { journal: def.code, action: t.action, from: entry.status, to: t.to, comment: input.comment ?? null },
    });
  });
}
