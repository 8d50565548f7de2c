import type { employeeInput, employeePatch } from '@antikor/core';
import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { type AuditContext, appendAudit } from '../../../platform/audit/append-audit.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { AppError } from '../../../platform/errors.js';
import { getPosition } from '../positions.js';
import { getSubdivision } from '../subdivisions.js';
import { employees, persons } from '../tables.js';
import { getEmployee } from './get-employee.js';

type CreateInput = z.output<typeof employeeInput>;
type PatchInput = z.output<typeof employeePatch>;

/** The position decides the organisation; the subdivision must belong to the same one. */
async function resolvePlacement(db: Db, actor: Actor, positionId: string, subdivisionId: string | null | undefined) {
  const position = await getPosition(db, actor, positionId);
  if (subdivisionId) {
    const sub = await getSubdivision(db, actor, subdivisionId);
    if (sub.orgId !== position.orgId) {
      throw new AppError('VALIDATION', 'Подразделение и должность относятся к разным организациям', [
        { field: 'subdivisionId', message: 'Подразделение другой организации' },
      ]);
    }
  }
  return position;
}

async function assertPersonnelNumberFree(db: Db, orgId: string, num: string | null | undefined, exceptId?: string) {
  if (!num) return;
  const [dup] = await db
    .select({ id: employees.id })
    .from(employees)
    .where(
      and(
        eq(employees.orgId, orgId),
        eq(employees.personnelNumber, num),
        exceptId ? ne(employees.id, exceptId) : undefined,
      ),
    );
  if (dup)
    throw new AppError('CONFLICT', `Табельный номер ${num} уже занят`, [
      { field: 'personnelNumber', message: 'Табельный номер уже занят' },
    ]);
}

export async function createEmployee(db: Db, actor: Actor, ctx: AuditContext, input: CreateInput) {
  const position = await resolvePlacement(db, actor, input.positionId, input.subdivisionId);
  await assertPersonnelNumberFree(db, position.orgId, input.personnelNumber);
  const id = await db.transaction(async (tx) => {
    const [person] = await tx
      .insert(persons)
      .values({ ...input.person, orgId: position.orgId })
      .returning({ id: persons.id });
    const { person: _p, ...employment } = input;
    const [emp] = await tx
      .insert(employees)
      .values({
        ...employment,
        subdivisionId: employment.subdivisionId ?? position.subdivisionId,
        orgId: position.orgId,
        personId: person.id,
      })
      .returning({ id: employees.id });
    await appendAudit(tx, ctx, {
      orgId: position.orgId,
      type: 'employee.created',
      entityType: 'employee',
      entityId: emp.id,
      data: { name: `${input.person.lastName} ${input.person.firstName}`, positionId: input.positionId },
    });
    return emp.id;
  });
  return getEmployee(db, actor, id, { audit: false });
}

export async function updateEmployee(db: Db, actor: Actor, ctx: AuditContext, id: string, patch: PatchInput) {
  const current = await getEmployee(db, actor, id, { audit: false });
  if (patch.positionId || patch.subdivisionId) {
    const position = await resolvePlacement(
      db,
      actor,
      patch.positionId ?? current.positionId,
      patch.subdivisionId ?? current.subdivisionId,
    );
    if (position.orgId !== current.orgId) {
      throw new AppError('VALIDATION', 'Перевод в другую организацию оформляется увольнением и приёмом', [
        { field: 'positionId', message: 'Должность другой организации' },
      ]);
    }
  }
  if (patch.hiredAt || patch.dismissedAt) {
    const hired = patch.hiredAt ?? current.hiredAt;
    const dismissed = patch.dismissedAt === undefined ? current.dismissedAt : patch.dismissedAt;
    if (dismissed && dismissed < hired)
      throw new AppError('VALIDATION', 'Дата увольнения раньше даты приёма', [
        { field: 'dismissedAt', message: 'Дата увольнения раньше даты приёма' },
      ]);
  }
  await assertPersonnelNumberFree(db, current.orgId, patch.personnelNumber, id);
  await db.transaction(async (tx) => {
    const { person, ...employment } = patch;
    if (person && Object.keys(person).length) {
      await tx
        .update(persons)
        .set({ ...person, updatedAt: new Date() })
        .where(eq(persons.id, current.person.id));
    }
    if (Object.keys(employment).length) {
      await tx
        .update(employees)
        .set({ ...employment, updatedAt: new Date() })
        .where(eq(employees.id, id));
    }
    await appendAudit(tx, ctx, {
      orgId: current.orgId,
      type: 'employee.updated',
      entityType: 'employee',
      entityId: id,
      data: { fields: [...Object.keys(employment), ...Object.keys(person ?? {}).map((k) => `person.${k}`)] },
    });
  });
  return getEmployee(db, actor, id, { audit: false });
}
