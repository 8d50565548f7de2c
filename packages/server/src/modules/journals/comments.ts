import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { loadEntry } from './get-entry.js';
import { journalComments } from './tables.js';

/** A comment on an entry by anyone who may see it (the notifier can answer a question, too). */
export async function addComment(db: Db, actor: Actor, entryId: string, text: string) {
  return db.transaction(async (tx) => {
    const { entry } = await loadEntry(tx, actor, entryId);
    const [row] = await tx
      .insert(journalComments)
      .values({ orgId: entry.orgId, entryId, authorId: actor.userId, authorName: actor.fullName, text })
      .returning();
    await appendAudit(tx, auditContext(actor), {
      orgId: entry.orgId,
      type: 'journal.comment_added',
      entityType: 'journal_entry',
      entityId: entryId,
      data: { commentId: row.id },
    });
    return { id: row.id, authorName: row.authorName, text: row.text, createdAt: row.createdAt.toISOString() };
  });
}
