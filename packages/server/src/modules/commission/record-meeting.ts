/**
 * Recording a meeting as it goes (Указ № 821, п. 19–31): who attended, members who declared a personal
 * interest in an item (they do not take part in it, п. 21), the votes and the decision chosen from those
 * allowed for the item's ground (п. 22–27.1), then holding the meeting once quorum and every item are in order.
 */
import {
  type AgendaItemInput,
  agendaItemInput,
  attendanceInput,
  type CommissionGround,
  checkQuorum,
  findDecision,
  tallyVotes,
} from '@antikor/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { assertCommissionKeeper, loadSettings } from './commission-access.js';
import { loadAgenda } from './meeting-dto.js';
import { assertScheduled, loadMeeting } from './meetings.js';
import { syncJournalEntry } from './sync-journal-entry.js';
import {
  commissionAgendaItems,
  commissionAttendance,
  commissionCases,
  commissionItemInterests,
  commissionMeetings,
  commissionMembers,
  commissionVotes,
} from './tables.js';

const invalid = (message: string, field = '') => new AppError('VALIDATION', message, [{ field, message }]);

async function membersOf(tx: Db, compositionId: string) {
  return tx.select().from(commissionMembers).where(eq(commissionMembers.compositionId, compositionId));
}

export async function recordAttendance(db: Db, actor: Actor, meetingId: string, raw: z.input<typeof attendanceInput>) {
  assertCommissionKeeper(actor);
  const input = attendanceInput.parse(raw);
  return db.transaction(async (tx) => {
    const m = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    assertScheduled(m);
    const members = await membersOf(tx, m.compositionId);
    const ids = new Set(members.map((x) => x.id));
    if (input.presentMemberIds.some((id) => !ids.has(id)))
      throw invalid('Отмечен человек, не входящий в состав комиссии', 'presentMemberIds');
    await tx.delete(commissionAttendance).where(eq(commissionAttendance.meetingId, meetingId));
    const present = [...new Set(input.presentMemberIds)];
    if (present.length)
      await tx
        .insert(commissionAttendance)
        .values(present.map((memberId) => ({ orgId: m.orgId, meetingId, memberId })));
    // Someone no longer present can neither vote nor declare an interest.
    const items = tx
      .select({ id: commissionAgendaItems.id })
      .from(commissionAgendaItems)
      .where(eq(commissionAgendaItems.meetingId, meetingId));
    const absent = members.filter((x) => !present.includes(x.id)).map((x) => x.id);
    if (absent.length) {
      await tx
        .delete(commissionVotes)
        .where(and(inArray(commissionVotes.itemId, items), inArray(commissionVotes.memberId, absent)));
      await tx
        .delete(commissionItemInterests)
        .where(and(inArray(commissionItemInterests.itemId, items), inArray(commissionItemInterests.memberId, absent)));
    }
    await appendAudit(tx, auditContext(actor), {
      orgId: m.orgId,
      type: 'commission.meeting_updated',
      entityType: 'commission_meeting',
      entityId: meetingId,
      data: { present: present.length },
    });
  });
}

/** Checks one item's record against attendance, interests and the ground's decisions; the vote tally. */
function checkItem(
  ground: CommissionGround,
  regNumber: string,
  present: Set<string>,
  it: {
    outcome?: string | null;
    decision?: string | null;
    decisionText?: string | null;
    interestedMemberIds: string[];
    votes: { memberId: string; vote: 'for' | 'against' | 'abstain' }[];
  },
) {
  const interested = new Set(it.interestedMemberIds);
  for (const id of interested)
    if (!present.has(id))
      throw invalid(
        `Вопрос № ${regNumber}: о личной заинтересованности заявляет только присутствующий член комиссии`,
        'interestedMemberIds',
      );
  const seen = new Set<string>();
  for (const v of it.votes) {
    if (seen.has(v.memberId)) throw invalid(`Вопрос № ${regNumber}: голос члена комиссии учтён дважды`, 'votes');
    seen.add(v.memberId);
    if (!present.has(v.memberId))
      throw invalid(`Вопрос № ${regNumber}: голосует только присутствующий член комиссии`, 'votes');
    // Указ № 821 п. 21: a member with a personal interest does not take part in considering the item.
    if (interested.has(v.memberId))
      throw invalid(
        `Вопрос № ${regNumber}: член комиссии, заявивший о личной заинтересованности, не участвует в голосовании (Указ № 821, п. 21)`,
        'votes',
      );
  }
  const eligible = [...present].filter((id) => !interested.has(id)).length;
  const tally = tallyVotes(
    it.votes.map((v) => v.vote),
    eligible,
  );
  if (it.outcome === 'decided') {
    if (!it.decision) throw invalid(`Вопрос № ${regNumber}: выберите решение комиссии`, 'decision');
    const d = findDecision(ground, it.decision);
    if (!d)
      throw invalid(
        `Вопрос № ${regNumber}: такое решение не предусмотрено для этого основания (Указ № 821, п. 22–27.1)`,
        'decision',
      );
    if (!it.decisionText?.trim())
      throw invalid(`Вопрос № ${regNumber}: изложите обоснование решения (Указ № 821, п. 31)`, 'decisionText');
    if (!tally.isAdopted)
      throw invalid(
        `Вопрос № ${regNumber}: решение не принято — «за» ${tally.for} из ${tally.eligible} голосующих, нужно большинство (Указ № 821, п. 28)`,
        'votes',
      );
  }
  return tally;
}

export async function recordItem(db: Db, actor: Actor, itemId: string, raw: AgendaItemInput) {
  assertCommissionKeeper(actor);
  const input = agendaItemInput.parse(raw);
  return db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(commissionAgendaItems)
      .where(and(eq(commissionAgendaItems.id, itemId), inArray(commissionAgendaItems.orgId, actor.orgIds)));
    if (!item) throw notFound('Вопрос повестки');
    const m = await loadMeeting(tx, actor, item.meetingId, { forUpdate: true });
    assertScheduled(m);
    const [c] = await tx.select().from(commissionCases).where(eq(commissionCases.id, item.caseId));
    const present = new Set(
      (await tx.select().from(commissionAttendance).where(eq(commissionAttendance.meetingId, m.id))).map(
        (a) => a.memberId,
      ),
    );
    const tally = checkItem(c.ground as CommissionGround, c.regNumber, present, input);
    await tx
      .update(commissionAgendaItems)
      .set({
        outcome: input.outcome ?? null,
        decision: input.outcome === 'decided' ? (input.decision ?? null) : null,
        decisionText: input.decisionText ?? null,
        claims: input.claims ?? null,
        explanations: input.explanations ?? null,
        speakers: input.speakers ?? null,
        otherInfo: input.otherInfo ?? null,
        employeeAttended: input.employeeAttended ?? null,
        dissent: input.dissent ?? null,
        lawEnforcementNeeded: input.lawEnforcementNeeded,
        votesFor: tally.for,
        votesAgainst: tally.against,
        votesAbstain: tally.abstain,
        updatedAt: new Date(),
      })
      .where(eq(commissionAgendaItems.id, itemId));
    await tx.delete(commissionItemInterests).where(eq(commissionItemInterests.itemId, itemId));
    if (input.interestedMemberIds.length)
      await tx
        .insert(commissionItemInterests)
        .values([...new Set(input.interestedMemberIds)].map((memberId) => ({ orgId: m.orgId, itemId, memberId })));
    await tx.delete(commissionVotes).where(eq(commissionVotes.itemId, itemId));
    if (input.votes.length)
      await tx
        .insert(commissionVotes)
        .values(input.votes.map((v) => ({ orgId: m.orgId, itemId, memberId: v.memberId, vote: v.vote })));
    await appendAudit(tx, auditContext(actor), {
      orgId: m.orgId,
      type: 'commission.item_recorded',
      entityType: 'commission_case',
      entityId: c.id,
      data: {
        meetingId: m.id,
        outcome: input.outcome ?? null,
        decision: input.decision ?? null,
        votes: { for: tally.for, against: tally.against, abstain: tally.abstain },
        interested: input.interestedMemberIds.length,
      },
    });
  });
}

/**
 * Holds the meeting: quorum with at least one independent member (п. 19), every item decided or postponed,
 * votes consistent with attendance. Decided cases become «considered» on the meeting date; postponed ones
 * wait for the next meeting.
 */
export async function holdMeeting(db: Db, actor: Actor, meetingId: string, opts: { today: string }) {
  assertCommissionKeeper(actor);
  return db.transaction(async (tx) => {
    const m = await loadMeeting(tx, actor, meetingId, { forUpdate: true });
    assertScheduled(m);
    if (m.meetingDate > opts.today)
      throw invalid('Заседание ещё не наступило: провести его можно в день заседания или позже', 'meetingDate');
    const members = await membersOf(tx, m.compositionId);
    const settings = await loadSettings(tx, m.orgId);
    const agenda = await loadAgenda(tx, meetingId);
    const quorum = checkQuorum(
      members.map((x) => ({ id: x.id, role: x.role as never, isIndependent: x.isIndependent })),
      agenda.present,
      settings.quorum,
    );
    if (quorum.problems.length)
      throw new AppError(
        'VALIDATION',
        quorum.problems.join('. '),
        quorum.problems.map((p) => ({ field: 'presentMemberIds', message: p })),
      );
    if (!agenda.items.length) throw invalid('В повестке нет вопросов', 'caseIds');
    for (const { item, c, interestedMemberIds, votes } of agenda.items) {
      if (!item.outcome)
        throw invalid(`Вопрос № ${c.regNumber}: запишите решение или отложите рассмотрение`, 'outcome');
      checkItem(c.ground as CommissionGround, c.regNumber, agenda.present, { ...item, interestedMemberIds, votes });
    }
    for (const { item, c } of agenda.items) {
      const set =
        item.outcome === 'decided'
          ? {
              status: 'considered',
              consideredOn: m.meetingDate,
              decision: item.decision,
              decisionMeetingId: m.id,
              lawEnforcementNeeded: item.lawEnforcementNeeded,
            }
          : { status: 'awaiting_meeting' };
      await tx
        .update(commissionCases)
        .set({ ...set, updatedAt: new Date() })
        .where(eq(commissionCases.id, c.id));
      if (item.outcome === 'decided') await syncJournalEntry(tx, actor, c, item.decision, m.meetingDate);
    }
    const snapshot = {
      total: quorum.total,
      present: quorum.present,
      required: quorum.required,
      rule: `${settings.quorum.numerator}/${settings.quorum.denominator}`,
    };
    await tx
      .update(commissionMeetings)
      .set({ status: 'held', heldAt: new Date(), quorum: snapshot, updatedAt: new Date() })
      .where(eq(commissionMeetings.id, meetingId));
    await appendAudit(tx, auditContext(actor), {
      orgId: m.orgId,
      type: 'commission.meeting_held',
      entityType: 'commission_meeting',
      entityId: meetingId,
      data: {
        quorum: snapshot,
        decided: agenda.items.filter((i) => i.item.outcome === 'decided').length,
        postponed: agenda.items.filter((i) => i.item.outcome === 'postponed').length,
      },
    });
  });
}
