/** A meeting with its composition, attendance, agenda, quorum and per-item votes, as the API answers it. */
import {
  allowedDecisions,
  type CommissionGround,
  checkQuorum,
  groundDefs,
  type MemberRole,
  tallyVotes,
  type Vote,
} from '@antikor/core';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseDeadlines } from './case-dto.js';
import { type CommissionSettings, loadSettings } from './commission-access.js';
import { compositionDto } from './compositions.js';
import {
  commissionAgendaItems,
  commissionAttendance,
  commissionCases,
  commissionCompositions,
  commissionItemInterests,
  type commissionMeetings,
  commissionVotes,
} from './tables.js';

export type MeetingRow = typeof commissionMeetings.$inferSelect;

export async function loadAgenda(db: Db, meetingId: string) {
  const items = await db
    .select({ item: commissionAgendaItems, c: commissionCases })
    .from(commissionAgendaItems)
    .innerJoin(commissionCases, eq(commissionCases.id, commissionAgendaItems.caseId))
    .where(eq(commissionAgendaItems.meetingId, meetingId))
    .orderBy(asc(commissionAgendaItems.position));
  const ids = items.map((i) => i.item.id);
  const interests = ids.length
    ? await db.select().from(commissionItemInterests).where(inArray(commissionItemInterests.itemId, ids))
    : [];
  const votes = ids.length ? await db.select().from(commissionVotes).where(inArray(commissionVotes.itemId, ids)) : [];
  const present = new Set(
    (await db.select().from(commissionAttendance).where(eq(commissionAttendance.meetingId, meetingId))).map(
      (a) => a.memberId,
    ),
  );
  return {
    present,
    items: items.map(({ item, c }) => ({
      item,
      c,
      interestedMemberIds: interests.filter((x) => x.itemId === item.id).map((x) => x.memberId),
      votes: votes.filter((v) => v.itemId === item.id).map((v) => ({ memberId: v.memberId, vote: v.vote as Vote })),
    })),
  };
}

export async function toMeetingDto(db: Db, m: MeetingRow, today: string, settings?: CommissionSettings) {
  const s = settings ?? (await loadSettings(db, m.orgId));
  const [comp] = await db.select().from(commissionCompositions).where(eq(commissionCompositions.id, m.compositionId));
  const composition = await compositionDto(db, comp);
  const agenda = await loadAgenda(db, m.id);
  const quorum = checkQuorum(composition.members, agenda.present, s.quorum);
  const warnings: string[] = [];
  const items = agenda.items.map(({ item, c, interestedMemberIds, votes }) => {
    const ground = c.ground as CommissionGround;
    const interested = new Set(interestedMemberIds);
    const eligible = composition.members.filter((x) => agenda.present.has(x.id) && !interested.has(x.id)).length;
    // The legal term for the meeting, checked against the date set.
    const term = caseDeadlines(c, today, s).find((d) => d.code === 'meeting');
    if (m.status === 'scheduled' && term && m.meetingDate > term.dueDate) {
      warnings.push(
        `Вопрос № ${c.regNumber}: дата заседания позже срока ${term.dueDate.split('-').reverse().join('.')} (${term.basis})`,
      );
    }
    return {
      id: item.id,
      position: item.position,
      caseId: c.id,
      regNumber: c.regNumber,
      subjectName: c.subjectName,
      employeeId: c.employeeId,
      ground,
      groundLabel: groundDefs[ground].label,
      summary: c.summary,
      conclusionText: c.conclusionText,
      conclusionRecommendation: c.conclusionRecommendation,
      attendIntent: c.attendIntent,
      meetingDue: term ? { dueDate: term.dueDate, basis: term.basis, explanation: term.explanation } : null,
      decisions: allowedDecisions(ground),
      outcome: item.outcome,
      decision: item.decision,
      decisionText: item.decisionText,
      claims: item.claims,
      explanations: item.explanations,
      speakers: item.speakers,
      otherInfo: item.otherInfo,
      employeeAttended: item.employeeAttended,
      dissent: item.dissent,
      lawEnforcementNeeded: item.lawEnforcementNeeded,
      interestedMemberIds,
      votes,
      tally: tallyVotes(
        votes.map((v) => v.vote),
        eligible,
      ),
    };
  });
  return {
    id: m.id,
    orgId: m.orgId,
    number: `${m.number}/${m.year}`,
    meetingDate: m.meetingDate,
    meetingTime: m.meetingTime,
    place: m.place,
    status: m.status,
    scheduledOn: m.scheduledOn,
    notifiedOn: m.notifiedOn,
    otherAttendees: m.otherAttendees,
    heldAt: m.heldAt?.toISOString() ?? null,
    composition,
    presentMemberIds: [...agenda.present],
    quorum,
    items,
    warnings,
  };
}

export type MemberLite = { id: string; role: MemberRole; isIndependent: boolean };
