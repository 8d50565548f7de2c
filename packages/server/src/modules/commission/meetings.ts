/**
 * Scheduling meetings and building their agenda from cases waiting for one (Указ № 821, п. 17): the meeting
 * date is checked against each case's legal term, the cases move onto the agenda, and come back off it
 * when the meeting is cancelled or the item removed.
 */
import {
  type CaseStatus,
  type MeetingInput,
  type MeetingStatus,
  meetingInput,
  meetingStatusLabels,
  meetingUpdateInput,
  type Page,
} from '@antikor/core';
import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { assertCommissionKeeper, assertCommissionReader, loadSettings, nextNumber } from './commission-access.js';
import { compositionOn } from './compositions.js';
import { type MeetingRow, toMeetingDto } from './meeting-dto.js';
import { commissionAgendaItems, commissionCases, commissionMeetings } from './tables.js';

export async function loadMeeting(
  db: Db,
  actor: Actor,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<MeetingRow> {
  assertCommissionReader(actor);
  const q = db
    .select()
    .from(commissionMeetings)
    .where(and(eq(commissionMeetings.id, id), inArray(commissionMeetings.orgId, actor.orgIds)));
  const [m] = opts.forUpdate ? await q.for('update') : await q;
  if (!m) throw notFound('Заседание');
  return m;
}

export function assertScheduled(m: MeetingRow): void {
  if (m.status !== 'scheduled')
    throw new AppError(
      'INVALID_TRANSITION',
      `Заседание уже в статусе «${meetingStatusLabels[m.status as MeetingStatus]}»: изменения не допускаются`,
    );
}

/** Puts cases on a meeting's agenda (after the items already there); only cases waiting for a meeting. */
async function addToAgenda(tx: Db, m: MeetingRow, caseIds: string[], today: string, startAt: number) {
  if (!caseIds.length) return;
  const cases = await tx
    .select()
    .from(commissionCases)
    .where(and(inArray(commissionCases.id, caseIds), eq(commissionCases.orgId, m.orgId)))
    .for('update');
  for (const id of caseIds) {
    const c = cases.find((x) => x.id === id);
    if (!c) throw notFound('Вопрос комиссии');
    if (c.status === 'preliminary_review')
      throw new AppError(
        'INVALID_TRANSITION',
        `Вопрос № ${c.regNumber}: предварительное рассмотрение не завершено — нет мотивированного заключения`,
      );
    if (c.status !== 'awaiting_meeting')
      throw new AppError('INVALID_TRANSITION', `Вопрос № ${c.regNumber} не ожидает заседания`);
  }
  await tx
    .insert(commissionAgendaItems)
    .values(caseIds.map((caseId, i) => ({ orgId: m.orgId, meetingId: m.id, caseId, position: startAt + i + 1 })));
  for (const c of cases) {
    await tx
      .update(commissionCases)
      .set({ status: 'scheduled', meetingSetOn: c.meetingSetOn ?? today, updatedAt: new Date() })
      .where(eq(commissionCases.id, c.id));
  }
}

async function removeFromAgenda(tx: Db, m: MeetingRow, caseIds: string[]) {
  if (!caseIds.length) return;
  await tx
    .delete(commissionAgendaItems)
    .where(and(eq(commissionAgendaItems.meetingId, m.id), inArray(commissionAgendaItems.caseId, caseIds)));
  await tx
    .update(commissionCases)
    .set({ status: 'awaiting_meeting' satisfies CaseStatus, updatedAt: new Date() })
    .where(and(inArray(commissionCases.id, caseIds), eq(commissionCases.status, 'scheduled')));
}

export async function scheduleMeeting(db: Db, actor: Actor, raw: MeetingInput, opts: { today: string }) {
  assertCommissionKeeper(actor);
  const input = meetingInput.parse(raw);
  const composition = await compositionOn(db, actor.orgId, input.meetingDate);
  if (!composition)
    throw new AppError(
      'VALIDATION',
      `На ${input.meetingDate.split('-').reverse().join('.')} нет утверждённого состава комиссии: сначала утвердите состав`,
      [{ field: 'meetingDate', message: 'Нет состава на эту дату' }],
    );
  if (new Set(input.caseIds).size !== input.caseIds.length)
    throw new AppError('VALIDATION', 'Вопрос включён в повестку дважды');
  return db.transaction(async (tx) => {
    const year = Number(input.meetingDate.slice(0, 4));
    const number = await nextNumber(tx, actor.orgId, 'meeting', year);
    const [m] = await tx
      .insert(commissionMeetings)
      .values({
        orgId: actor.orgId,
        compositionId: composition.id,
        year,
        number,
        meetingDate: input.meetingDate,
        meetingTime: input.meetingTime ?? null,
        place: input.place,
        status: 'scheduled',
        scheduledOn: opts.today,
        createdBy: actor.userId,
      })
      .returning();
    await addToAgenda(tx, m, input.caseIds, opts.today, 0);
    await appendAudit(tx, auditContext(actor), {
      orgId: m.orgId,
      type: 'commission.meeting_scheduled',
      entityType: 'commission_meeting',
      entityId: m.id,
      data: { number: `${number}/${year}`, meetingDate: m.meetingDate, cases: input.caseIds },
    });
    return m;
  });
}

export async function updateMeeting(
  db: Db,
  actor: Actor,
  id: string,
  raw: z.input<typeof meetingUpdateInput>,
  opts: { today: string },
) {
  assertCommissionKeeper(actor);
  const input = meetingUpdateInput.parse(raw);
  return db.transaction(async (tx) => {
    const m = await loadMeeting(tx, actor, id, { forUpdate: true });
    assertScheduled(m);
    if (input.meetingDate && input.meetingDate !== m.meetingDate) {
      const composition = await compositionOn(tx, m.orgId, input.meetingDate);
      if (composition?.id !== m.compositionId)
        throw new AppError(
          'VALIDATION',
          'На новую дату действует другой состав комиссии: отмените заседание и назначьте новое',
          [{ field: 'meetingDate', message: 'Другой состав' }],
        );
    }
    if (input.notifiedOn && input.notifiedOn > opts.today)
      throw new AppError('VALIDATION', 'Дата уведомления не может быть позже сегодняшней', [
        { field: 'notifiedOn', message: 'Дата в будущем' },
      ]);
    if (input.caseIds) {
      if (new Set(input.caseIds).size !== input.caseIds.length)
        throw new AppError('VALIDATION', 'Вопрос включён в повестку дважды');
      const current = await tx.select().from(commissionAgendaItems).where(eq(commissionAgendaItems.meetingId, id));
      const keep = new Set(input.caseIds);
      await removeFromAgenda(
        tx,
        m,
        current.filter((i) => !keep.has(i.caseId)).map((i) => i.caseId),
      );
      const have = new Set(current.map((i) => i.caseId));
      await addToAgenda(
        tx,
        m,
        input.caseIds.filter((c) => !have.has(c)),
        opts.today,
        Math.max(0, ...current.map((i) => i.position)),
      );
    }
    const { caseIds: _c, ...fields } = input;
    const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    await tx
      .update(commissionMeetings)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(commissionMeetings.id, id));
    await appendAudit(tx, auditContext(actor), {
      orgId: m.orgId,
      type: 'commission.meeting_updated',
      entityType: 'commission_meeting',
      entityId: id,
      data: { fields: Object.keys(input) },
    });
  });
}

export async function cancelMeeting(db: Db, actor: Actor, id: string) {
  assertCommissionKeeper(actor);
  return db.transaction(async (tx) => {
    const m = await loadMeeting(tx, actor, id, { forUpdate: true });
    assertScheduled(m);
    const items = await tx.select().from(commissionAgendaItems).where(eq(commissionAgendaItems.meetingId, id));
    await removeFromAgenda(
      tx,
      m,
      items.map((i) => i.caseId),
    );
    await tx
      .update(commissionMeetings)
      .set({ status: 'cancelled', updatedAt: new Date() })
      .where(eq(commissionMeetings.id, id));
    await appendAudit(tx, auditContext(actor), {
      orgId: m.orgId,
      type: 'commission.meeting_cancelled',
      entityType: 'commission_meeting',
      entityId: id,
      data: { cases: items.length },
    });
  });
}

export const meetingListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(['scheduled', 'held', 'cancelled']).optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

export async function findMeetings(
  db: Db,
  actor: Actor,
  f: z.output<typeof meetingListQuery> & { page: number; pageSize: number },
) {
  assertCommissionReader(actor);
  const where = and(
    inArray(commissionMeetings.orgId, actor.orgIds),
    f.year ? eq(commissionMeetings.year, f.year) : undefined,
    f.status ? eq(commissionMeetings.status, f.status) : undefined,
    f.from ? gte(commissionMeetings.meetingDate, f.from) : undefined,
    f.to ? lte(commissionMeetings.meetingDate, f.to) : undefined,
  );
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(commissionMeetings).where(where);
  const rows = await db
    .select({
      m: commissionMeetings,
      items: sql<number>`(select count(*)::int from commission_agenda_items ai where ai.meeting_id = "commission_meetings"."id")`,
    })
    .from(commissionMeetings)
    .where(where)
    .orderBy(desc(commissionMeetings.meetingDate), desc(commissionMeetings.number))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const page: Page<{
    id: string;
    number: string;
    meetingDate: string;
    meetingTime: string | null;
    place: string;
    status: string;
    statusLabel: string;
    items: number;
  }> = {
    items: rows.map(({ m, items }) => ({
      id: m.id,
      number: `${m.number}/${m.year}`,
      meetingDate: m.meetingDate,
      meetingTime: m.meetingTime,
      place: m.place,
      status: m.status,
      statusLabel: meetingStatusLabels[m.status as MeetingStatus],
      items,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
  return page;
}

export async function getMeeting(db: Db, actor: Actor, id: string, opts: { today: string }) {
  const m = await loadMeeting(db, actor, id);
  return toMeetingDto(db, m, opts.today, await loadSettings(db, m.orgId));
}
