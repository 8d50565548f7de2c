import type { JournalDefinition } from '@antikor/core';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { notFound } from '../../platform/errors.js';
import { allowedActions, toEntryDto } from './entry-dto.js';
import { entryScope, getDefinition, orgDefinition } from './journal-access.js';
import { journalAttachments, journalComments, journalDeadlines, journalEntries } from './tables.js';

/** Loads an entry the actor may see, with its definition; NOT_FOUND otherwise (never a hint it exists). */
export async function loadEntry(db: Db, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  const [head] = await db
    .select({ code: journalEntries.journalCode })
    .from(journalEntries)
    .where(eq(journalEntries.id, id));
  if (!head) throw notFound('Запись журнала');
  const def = getDefinition(head.code);
  const q = db
    .select()
    .from(journalEntries)
    .where(and(eq(journalEntries.id, id), entryScope(actor, def)));
  const [entry] = opts.forUpdate ? await q.for('update') : await q;
  if (!entry) throw notFound('Запись журнала');
  return { def: await orgDefinition(db, entry.orgId, def.code), entry };
}

/**
 * One entry with deadlines, attachments, comments and the actions the actor may take. Reading an entry
 * about another person is a read of personal data and is audited.
 */
export async function getEntry(db: Db, actor: Actor, id: string, opts: { audit?: boolean } = {}) {
  const { def, entry } = await loadEntry(db, actor, id);
  const deadlines = await db.select().from(journalDeadlines).where(eq(journalDeadlines.entryId, id));
  const attachments = await db
    .select({
      id: journalAttachments.id,
      fileName: journalAttachments.fileName,
      mimeType: journalAttachments.mimeType,
      size: journalAttachments.size,
      sha256: journalAttachments.sha256,
      uploadedAt: journalAttachments.uploadedAt,
    })
    .from(journalAttachments)
    .where(eq(journalAttachments.entryId, id))
    .orderBy(asc(journalAttachments.uploadedAt));
  const comments = await db
    .select()
    .from(journalComments)
    .where(eq(journalComments.entryId, id))
    .orderBy(asc(journalComments.createdAt));
  if (opts.audit !== false && entry.employeeId && entry.employeeId !== actor.employeeId) {
    await db.transaction((tx) =>
      appendAudit(tx, auditContext(actor), {
        orgId: entry.orgId,
        type: 'journal.read',
        entityType: 'journal_entry',
        entityId: id,
        data: { journal: def.code, regNumber: entry.regNumber },
      }),
    );
  }
  return {
    ...toEntryDto(def, entry, deadlines),
    actions: allowedActions(def, entry.status, actor),
    attachments: attachments.map((a) => ({ ...a, uploadedAt: a.uploadedAt.toISOString() })),
    comments: comments.map((c) => ({
      id: c.id,
      authorName: c.authorName,
      text: c.text,
      createdAt: c.createdAt.toISOString(),
    })),
  };
}

export type EntryDetail = Awaited<ReturnType<typeof getEntry>>;
export type { JournalDefinition };
