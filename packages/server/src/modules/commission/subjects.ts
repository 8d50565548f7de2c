import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { notFound } from '../../platform/errors.js';
import { employees, persons, positions } from '../org/tables.js';

/** An employee of the actor's organisation tree with «ФИО, должность» for the protocol; NOT_FOUND otherwise. */
export async function loadSubject(db: Db, orgIds: string[], employeeId: string) {
  const [emp] = await db
    .select({
      id: employees.id,
      orgId: employees.orgId,
      lastName: persons.lastName,
      firstName: persons.firstName,
      middleName: persons.middleName,
      title: positions.title,
      dismissedAt: employees.dismissedAt,
    })
    .from(employees)
    .innerJoin(persons, eq(persons.id, employees.personId))
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .where(and(eq(employees.id, employeeId), inArray(employees.orgId, orgIds)));
  if (!emp) throw notFound('Сотрудник');
  const name = `${emp.lastName} ${emp.firstName}${emp.middleName ? ` ${emp.middleName}` : ''}`;
  return { ...emp, name, subjectName: `${name}, ${emp.title}${emp.dismissedAt ? ' (уволен)' : ''}` };
}
