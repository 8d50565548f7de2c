/** The commission's composition per period (Указ № 821, п. 7–8): chair, deputy, secretary, members. */
import { type CompositionInput, compositionInput, compositionWarnings, type MemberRole } from '@antikor/core';
import { and, asc, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { users } from '../../platform/auth/tables.js';
import { AppError, notFound } from '../../platform/errors.js';
import { assertCommissionKeeper, assertCommissionReader } from './commission-access.js';
import { loadSubject } from './subjects.js';
import {
  commissionAttendance,
  commissionCompositions,
  commissionItemInterests,
  commissionMeetings,
  commissionMembers,
  commissionVotes,
} from './tables.js';

const roleOrder: Record<MemberRole, number> = { chair: 0, deputy_chair: 1, secretary: 2, member: 3 };

export async function compositionDto(db: Db, c: typeof commissionCompositions.$inferSelect) {
  const members = await db
    .select()
    .from(commissionMembers)
    .where(eq(commissionMembers.compositionId, c.id))
    .orderBy(asc(commissionMembers.sort));
  const dto = members.map((m) => ({
    id: m.id,
    role: m.role as MemberRole,
    employeeId: m.employeeId,
    fullName: m.fullName,
    position: m.position,
    isIndependent: m.isIndependent,
    userId: m.userId,
  }));
  return {
    id: c.id,
    title: c.title,
    validFrom: c.validFrom,
    validTo: c.validTo,
    members: dto,
    warnings: compositionWarnings(dto),
  };
}

export async function findCompositions(db: Db, actor: Actor) {
  assertCommissionReader(actor);
  const rows = await db
    .select()
    .from(commissionCompositions)
    .where(inArray(commissionCompositions.orgId, actor.orgIds))
    .orderBy(desc(commissionCompositions.validFrom));
  return { items: await Promise.all(rows.map((r) => compositionDto(db, r))) };
}

export async function loadComposition(db: Db, actor: Actor, id: string) {
  const [c] = await db
    .select()
    .from(commissionCompositions)
    .where(and(eq(commissionCompositions.id, id), inArray(commissionCompositions.orgId, actor.orgIds)));
  if (!c) throw notFound('Состав комиссии');
  return c;
}

/** The composition in force on a date in the organisation, or null. */
export async function compositionOn(db: Db, orgId: string, date: string) {
  const [c] = await db
    .select()
    .from(commissionCompositions)
    .where(
      and(
        eq(commissionCompositions.orgId, orgId),
        lte(commissionCompositions.validFrom, date),
        or(isNull(commissionCompositions.validTo), gte(commissionCompositions.validTo, date)),
      ),
    )
    .orderBy(desc(commissionCompositions.validFrom))
    .limit(1);
  return c ?? null;
}

async function checkedMembers(db: Db, actor: Actor, orgId: string, input: ReturnType<typeof compositionInput.parse>) {
  const out = [];
  for (const [i, m] of input.members.entries()) {
    if (m.employeeId) await loadSubject(db, actor.orgIds, m.employeeId);
    if (m.userId) {
      const [u] = await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, m.userId), inArray(users.orgId, actor.orgIds)));
      if (!u) throw notFound('Пользователь');
    }
    out.push({
      orgId,
      role: m.role,
      employeeId: m.employeeId ?? null,
      fullName: m.fullName,
      position: m.position,
      isIndependent: m.isIndependent,
      userId: m.userId ?? null,
      sort: roleOrder[m.role] * 100 + i,
    });
  }
  return out;
}

/** Saves a new composition (or replaces one whose meetings have not been held yet). */
export async function saveComposition(db: Db, actor: Actor, raw: CompositionInput, id?: string) {
  assertCommissionKeeper(actor);
  const input = compositionInput.parse(raw);
  return db.transaction(async (tx) => {
    let orgId = actor.orgId;
    if (id) {
      const existing = await loadComposition(tx, actor, id);
      orgId = existing.orgId;
      const [held] = await tx
        .select({ id: commissionMeetings.id })
        .from(commissionMeetings)
        .where(and(eq(commissionMeetings.compositionId, id), eq(commissionMeetings.status, 'held')))
        .limit(1);
      if (held)
        throw new AppError('CONFLICT', 'По этому составу уже проведены заседания: утвердите новый состав с новой даты');
    }
    // Periods of one organisation's compositions must not overlap: the meeting's composition must be unambiguous.
    const others = await tx.select().from(commissionCompositions).where(eq(commissionCompositions.orgId, orgId));
    const end = input.validTo ?? '9999-12-31';
    const clash = others.find(
      (o) => o.id !== id && o.validFrom <= end && (o.validTo ?? '9999-12-31') >= input.validFrom,
    );
    if (clash)
      throw new AppError(
        'CONFLICT',
        `Период пересекается с составом «${clash.title}» (с ${clash.validFrom}${clash.validTo ? ` по ${clash.validTo}` : ''}): укажите дату окончания прежнего состава`,
      );
    const members = await checkedMembers(tx, actor, orgId, input);
    let row: typeof commissionCompositions.$inferSelect;
    if (id) {
      [row] = await tx
        .update(commissionCompositions)
        .set({ title: input.title, validFrom: input.validFrom, validTo: input.validTo ?? null })
        .where(eq(commissionCompositions.id, id))
        .returning();
      // Attendance, interests and votes recorded for a meeting not yet held go with the old list.
      const old = tx
        .select({ id: commissionMembers.id })
        .from(commissionMembers)
        .where(eq(commissionMembers.compositionId, id));
      await tx.delete(commissionVotes).where(inArray(commissionVotes.memberId, old));
      await tx.delete(commissionItemInterests).where(inArray(commissionItemInterests.memberId, old));
      await tx.delete(commissionAttendance).where(inArray(commissionAttendance.memberId, old));
      await tx.delete(commissionMembers).where(eq(commissionMembers.compositionId, id));
    } else {
      [row] = await tx
        .insert(commissionCompositions)
        .values({
          orgId,
          title: input.title,
          validFrom: input.validFrom,
          validTo: input.validTo ?? null,
          createdBy: actor.userId,
        })
        .returning();
    }
    await tx.insert(commissionMembers).values(members.map((m) => ({ ...m, compositionId: row.id })));
    await appendAudit(tx, auditContext(actor), {
      orgId,
      type: 'commission.composition_saved',
      entityType: 'commission_composition',
      entityId: row.id,
      data: { title: input.title, validFrom: input.validFrom, validTo: input.validTo ?? null, members: members.length },
    });
    return compositionDto(tx, row);
  });
}
