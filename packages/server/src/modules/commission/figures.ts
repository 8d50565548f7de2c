/**
 * Figures of the commission for the annual report (measure 1.1 of the plan: «проведено N заседаний Комиссии,
 * в отношении M муниципальных служащих»). Meetings held with a date in [from, to] (ISO dates, inclusive) in
 * the given organisations, and distinct persons whose cases were on their agenda.
 */
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { commissionAgendaItems, commissionCases, commissionMeetings } from './tables.js';

export async function commissionFigures(
  db: Db,
  orgIds: string[],
  from: string,
  to: string,
): Promise<{ meetings: number; employeesConsidered: number }> {
  if (orgIds.length === 0) return { meetings: 0, employeesConsidered: 0 };
  const held = and(
    inArray(commissionMeetings.orgId, orgIds),
    eq(commissionMeetings.status, 'held'),
    gte(commissionMeetings.meetingDate, from),
    lte(commissionMeetings.meetingDate, to),
  );
  const [{ meetings }] = await db.select({ meetings: sql<number>`count(*)::int` }).from(commissionMeetings).where(held);
  // A person without a staff record (a former employee entered by hand) is counted by the name on the case.
  const [{ employees }] = await db
    .select({
      employees: sql<number>`count(distinct coalesce(${commissionCases.employeeId}::text, ${commissionCases.subjectName}))::int`,
    })
    .from(commissionAgendaItems)
    .innerJoin(commissionMeetings, eq(commissionMeetings.id, commissionAgendaItems.meetingId))
    .innerJoin(commissionCases, eq(commissionCases.id, commissionAgendaItems.caseId))
    .where(held);
  return { meetings, employeesConsidered: employees };
}

/** Items decided (or postponed) at meetings held in the period, by ground and decision. */
export async function commissionFiguresByGround(
  db: Db,
  orgIds: string[],
  from: string,
  to: string,
): Promise<{ ground: string; decision: string | null; outcome: string | null; items: number }[]> {
  if (orgIds.length === 0) return [];
  return db
    .select({
      ground: commissionCases.ground,
      decision: commissionAgendaItems.decision,
      outcome: commissionAgendaItems.outcome,
      items: sql<number>`count(*)::int`,
    })
    .from(commissionAgendaItems)
    .innerJoin(commissionMeetings, eq(commissionMeetings.id, commissionAgendaItems.meetingId))
    .innerJoin(commissionCases, eq(commissionCases.id, commissionAgendaItems.caseId))
    .where(
      and(
        inArray(commissionMeetings.orgId, orgIds),
        eq(commissionMeetings.status, 'held'),
        gte(commissionMeetings.meetingDate, from),
        lte(commissionMeetings.meetingDate, to),
      ),
    )
    .groupBy(commissionCases.ground, commissionAgendaItems.decision, commissionAgendaItems.outcome)
    .orderBy(commissionCases.ground);
}
