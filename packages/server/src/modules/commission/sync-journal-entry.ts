/**
 * After a meeting decides a case opened from a journal entry (a conflict-of-interest notice, an employer's
 * message), the entry records the meeting date and the decision, so the journal shows the outcome without
 * opening the commission. Through the journal engine's update, so the change is audited like any other.
 */
import { type CommissionGround, findDecision, findJournal } from '@antikor/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { updateEntry } from '../journals/change-entry.js';
import { journalEntries } from '../journals/tables.js';

export async function syncJournalEntry(
  tx: Db,
  actor: Actor,
  c: { journalEntryId: string | null; ground: string; regNumber: string },
  decision: string | null,
  meetingDate: string,
) {
  if (!c.journalEntryId || !decision) return;
  const [entry] = await tx
    .select({ code: journalEntries.journalCode, status: journalEntries.status })
    .from(journalEntries)
    .where(eq(journalEntries.id, c.journalEntryId));
  const def = entry ? findJournal(entry.code) : undefined;
  // A closed entry keeps its record; a user who does not keep the journal leaves it to its keeper.
  if (!entry || !def || def.statuses.find((s) => s.code === entry.status)?.isFinal) return;
  if (!actor.roles.some((r) => def.registerRoles.includes(r))) return;
  const label = findDecision(c.ground as CommissionGround, decision)?.label ?? decision;
  const fields = new Set(def.fields.map((f) => f.key));
  const data: Record<string, unknown> = {};
  if (fields.has('commissionMeetingOn')) data.commissionMeetingOn = meetingDate;
  if (fields.has('commissionDecision'))
    data.commissionDecision = `${label} (заседание ${meetingDate.split('-').reverse().join('.')}, вопрос № ${c.regNumber})`;
  if (Object.keys(data).length) await updateEntry(tx, actor, c.journalEntryId, { data });
}
