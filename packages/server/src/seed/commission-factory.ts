/**
 * Seed factories of the commission (style.md §12): compositions, cases and meetings written directly, with
 * numbers from the same counters the module uses — for the demo organisation and tests. Workflow checks are
 * skipped on purpose: seeds describe a past that already happened.
 */
import type { CommissionGround, ItemOutcome, MemberRole, Vote } from '@antikor/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { nextNumber } from '../modules/commission/commission-access.js';
import { loadSubject } from '../modules/commission/subjects.js';
import {
  commissionAgendaItems,
  commissionAttendance,
  commissionCases,
  commissionCompositions,
  commissionItemInterests,
  commissionMeetings,
  commissionMembers,
  commissionVotes,
} from '../modules/commission/tables.js';

export type SeedMember = {
  role: MemberRole;
  fullName: string;
  position: string;
  isIndependent?: boolean;
  employeeId?: string | null;
  userId?: string | null;
};

export async function seedCommissionComposition(
  db: Db,
  c: { orgId: string; title: string; validFrom: string; validTo?: string | null; members: SeedMember[] },
) {
  const [composition] = await db
    .insert(commissionCompositions)
    .values({ orgId: c.orgId, title: c.title, validFrom: c.validFrom, validTo: c.validTo ?? null })
    .returning();
  const members = await db
    .insert(commissionMembers)
    .values(
      c.members.map((m, i) => ({
        orgId: c.orgId,
        compositionId: composition.id,
        role: m.role,
        fullName: m.fullName,
        position: m.position,
        isIndependent: m.isIndependent ?? false,
        employeeId: m.employeeId ?? null,
        userId: m.userId ?? null,
        sort: i,
      })),
    )
    .returning();
  return { composition, members };
}

export type SeedCase = {
  orgId: string;
  ground: CommissionGround;
  receivedOn: string;
  summary: string;
  employeeId?: string | null;
  subjectName?: string;
  sourceKind?: string;
  sourceRef?: string | null;
  journalEntryId?: string | null;
  status?: string;
  chairReceivedOn?: string | null;
  conclusionText?: string | null;
  conclusionRecommendation?: string | null;
  conclusionOn?: string | null;
  attendIntent?: boolean | null;
  protocolSentOn?: string | null;
  extractSentOn?: string | null;
  headResponseOn?: string | null;
  headResponseText?: string | null;
};

export async function seedCommissionCase(db: Db, c: SeedCase) {
  const subjectName = c.employeeId
    ? (await loadSubject(db, [c.orgId], c.employeeId)).subjectName
    : (c.subjectName ?? 'не указан');
  const year = Number(c.receivedOn.slice(0, 4));
  return db.transaction(async (tx) => {
    const number = await nextNumber(tx, c.orgId, 'case', year);
    const [row] = await tx
      .insert(commissionCases)
      .values({
        ...c,
        year,
        number,
        regNumber: `${number}/${year}`,
        subjectName,
        sourceKind: c.sourceKind ?? 'manual',
        status: c.status ?? 'awaiting_meeting',
        chairReceivedOn: c.chairReceivedOn === undefined ? c.receivedOn : c.chairReceivedOn,
      })
      .returning();
    return row;
  });
}

export type SeedItem = {
  caseId: string;
  outcome?: ItemOutcome | null;
  decision?: string | null;
  decisionText?: string | null;
  /** Votes of every present member who may vote; 'for' unless listed in `otherVotes`. */
  otherVotes?: Record<string, Vote>;
  interestedMemberIds?: string[];
  explanations?: string | null;
  speakers?: string | null;
  employeeAttended?: boolean | null;
};

/**
 * A meeting with attendance and items. When `status` is 'held', decided cases become «considered» on the
 * meeting date (their later steps — protocol, head's response — come from the case seed), postponed ones wait.
 */
export async function seedCommissionMeeting(
  db: Db,
  m: {
    orgId: string;
    compositionId: string;
    meetingDate: string;
    meetingTime?: string;
    place: string;
    status: 'scheduled' | 'held';
    scheduledOn: string;
    notifiedOn?: string | null;
    presentMemberIds: string[];
    items: SeedItem[];
  },
) {
  const year = Number(m.meetingDate.slice(0, 4));
  return db.transaction(async (tx) => {
    const number = await nextNumber(tx, m.orgId, 'meeting', year);
    const [meeting] = await tx
      .insert(commissionMeetings)
      .values({
        orgId: m.orgId,
        compositionId: m.compositionId,
        year,
        number,
        meetingDate: m.meetingDate,
        meetingTime: m.meetingTime ?? '10:00',
        place: m.place,
        status: m.status,
        scheduledOn: m.scheduledOn,
        notifiedOn: m.notifiedOn ?? null,
        heldAt: m.status === 'held' ? new Date(`${m.meetingDate}T05:00:00Z`) : null,
      })
      .returning();
    const members = await tx
      .select()
      .from(commissionMembers)
      .where(eq(commissionMembers.compositionId, m.compositionId));
    if (m.presentMemberIds.length)
      await tx
        .insert(commissionAttendance)
        .values(m.presentMemberIds.map((memberId) => ({ orgId: m.orgId, meetingId: meeting.id, memberId })));
    if (m.status === 'held') {
      const required = Math.ceil((members.length * 2) / 3);
      await tx
        .update(commissionMeetings)
        .set({ quorum: { total: members.length, present: m.presentMemberIds.length, required, rule: '2/3' } })
        .where(eq(commissionMeetings.id, meeting.id));
    }
    for (const [i, it] of m.items.entries()) {
      const interested = new Set(it.interestedMemberIds ?? []);
      const voters = it.outcome === 'decided' ? m.presentMemberIds.filter((id) => !interested.has(id)) : [];
      const votes = voters.map((memberId) => ({ memberId, vote: it.otherVotes?.[memberId] ?? ('for' as Vote) }));
      const count = (v: Vote) => votes.filter((x) => x.vote === v).length;
      const [item] = await tx
        .insert(commissionAgendaItems)
        .values({
          orgId: m.orgId,
          meetingId: meeting.id,
          caseId: it.caseId,
          position: i + 1,
          outcome: it.outcome ?? null,
          decision: it.decision ?? null,
          decisionText: it.decisionText ?? null,
          explanations: it.explanations ?? null,
          speakers: it.speakers ?? null,
          employeeAttended: it.employeeAttended ?? null,
          votesFor: count('for'),
          votesAgainst: count('against'),
          votesAbstain: count('abstain'),
        })
        .returning();
      if (interested.size)
        await tx
          .insert(commissionItemInterests)
          .values([...interested].map((memberId) => ({ orgId: m.orgId, itemId: item.id, memberId })));
      if (votes.length)
        await tx.insert(commissionVotes).values(votes.map((v) => ({ orgId: m.orgId, itemId: item.id, ...v })));
      const caseSet =
        m.status === 'scheduled'
          ? { status: 'scheduled', meetingSetOn: m.scheduledOn }
          : it.outcome === 'decided'
            ? {
                consideredOn: m.meetingDate,
                decision: it.decision ?? null,
                decisionMeetingId: meeting.id,
                meetingSetOn: m.scheduledOn,
              }
            : { status: 'awaiting_meeting', meetingSetOn: m.scheduledOn };
      await tx.update(commissionCases).set(caseSet).where(eq(commissionCases.id, it.caseId));
    }
    return meeting;
  });
}
