import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { notFound } from '../../platform/errors.js';
import { type CaseRow, toCaseDto } from './case-dto.js';
import { assertCommissionReader, loadSettings } from './commission-access.js';
import { commissionAgendaItems, commissionCases, commissionMeetings } from './tables.js';

/** A case of the actor's organisation tree; NOT_FOUND otherwise (never a hint that it exists). */
export async function loadCase(db: Db, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}): Promise<CaseRow> {
  assertCommissionReader(actor);
  const q = db
    .select()
    .from(commissionCases)
    .where(and(eq(commissionCases.id, id), inArray(commissionCases.orgId, actor.orgIds)));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('Вопрос комиссии');
  return row;
}

/** The case card with its meetings; reading it is a read of personal data and is audited. */
export async function getCase(db: Db, actor: Actor, id: string, opts: { today: string; audit?: boolean }) {
  const c = await loadCase(db, actor, id);
  const settings = await loadSettings(db, c.orgId);
  const items = await db
    .select({ item: commissionAgendaItems, meeting: commissionMeetings })
    .from(commissionAgendaItems)
    .innerJoin(commissionMeetings, eq(commissionMeetings.id, commissionAgendaItems.meetingId))
    .where(eq(commissionAgendaItems.caseId, id))
    .orderBy(asc(commissionMeetings.meetingDate));
  if (opts.audit !== false) {
    await db.transaction((tx) =>
      appendAudit(tx, auditContext(actor), {
        orgId: c.orgId,
        type: 'commission.case_read',
        entityType: 'commission_case',
        entityId: id,
        data: { regNumber: c.regNumber },
      }),
    );
  }
  return {
    ...toCaseDto(c, opts.today, settings),
    meetings: items.map(({ item, meeting }) => ({
      meetingId: meeting.id,
      itemId: item.id,
      number: `${meeting.number}/${meeting.year}`,
      meetingDate: meeting.meetingDate,
      meetingStatus: meeting.status,
      outcome: item.outcome,
      decision: item.decision,
      decisionText: item.decisionText,
      votes: { for: item.votesFor, against: item.votesAgainst, abstain: item.votesAbstain },
    })),
  };
}
