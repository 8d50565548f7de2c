import type { Employee, EmployeeKind, Person, Relative } from '@antikor/core';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { type Actor, scopeOf } from '../../../platform/auth/actor.js';
import { employees, persons, positions, relatives, subdivisions } from '../tables.js';

export type PersonRow = typeof persons.$inferSelect;

export const toPersonDto = (p: PersonRow): Person => ({
  id: p.id,
  lastName: p.lastName,
  firstName: p.firstName,
  middleName: p.middleName,
  birthDate: p.birthDate,
  birthPlace: p.birthPlace,
  inn: p.inn,
  snils: p.snils,
  phones: p.phones,
  emails: p.emails,
  addresses: p.addresses,
});

export const toRelativeDto = (r: typeof relatives.$inferSelect, p: PersonRow): Relative => ({
  id: r.id,
  employeeId: r.employeeId,
  relation: r.relation as Relative['relation'],
  person: toPersonDto(p),
  formerNames: r.formerNames,
  workplace: r.workplace,
  workPosition: r.workPosition,
  livesAbroad: r.livesAbroad,
});

/**
 * Need-to-know: officers and HR see the whole organisation tree, a responsible executor only their
 * subdivision, anybody else only their own record.
 */
export function employeeScope(actor: Actor): SQL {
  const inOrgs = inArray(employees.orgId, actor.orgIds);
  switch (scopeOf(actor)) {
    case 'organisation':
      return inOrgs;
    case 'subdivision':
      return actor.subdivisionId ? and(inOrgs, eq(employees.subdivisionId, actor.subdivisionId))! : sql`false`;
    case 'self':
      return actor.employeeId ? and(inOrgs, eq(employees.id, actor.employeeId))! : sql`false`;
  }
}

/** The employee select used by the list, the card and the export: one shape everywhere. */
export function selectEmployees(db: Db) {
  return db
    .select({
      e: employees,
      p: persons,
      positionTitle: positions.title,
      isDeclarant: positions.isDeclarant,
      subdivisionName: subdivisions.name,
      relativeCount: sql<number>`(select count(*)::int from ${relatives} r where r.employee_id = "employees"."id")`,
    })
    .from(employees)
    .innerJoin(persons, eq(persons.id, employees.personId))
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .leftJoin(subdivisions, eq(subdivisions.id, employees.subdivisionId));
}

type SelectedRow = Awaited<ReturnType<ReturnType<typeof selectEmployees>['execute']>>[number];

export const toEmployeeDto = (r: SelectedRow): Employee => ({
  id: r.e.id,
  orgId: r.e.orgId,
  personnelNumber: r.e.personnelNumber,
  person: toPersonDto(r.p),
  positionId: r.e.positionId,
  positionTitle: r.positionTitle,
  isDeclarant: r.isDeclarant,
  subdivisionId: r.e.subdivisionId,
  subdivisionName: r.subdivisionName,
  kind: r.e.kind as EmployeeKind,
  hiredAt: r.e.hiredAt,
  dismissedAt: r.e.dismissedAt,
  relativeCount: r.relativeCount,
});
