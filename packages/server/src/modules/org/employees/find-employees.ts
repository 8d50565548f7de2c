import type { Employee, employeeListQuery, Page } from '@antikor/core';
import { and, asc, desc, eq, ilike, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { type Actor, assertOrgVisible } from '../../../platform/auth/actor.js';
import { employees, persons, positions, subdivisions } from '../tables.js';
import { employeeScope, selectEmployees, toEmployeeDto } from './employee-rows.js';

export type EmployeeFilter = z.output<typeof employeeListQuery> & { orgId?: string };

/** The WHERE of the employee list; shared with the Excel export so both show the same people. */
export function employeeFilterWhere(actor: Actor, f: EmployeeFilter): SQL {
  if (f.orgId) assertOrgVisible(actor, f.orgId);
  const conditions: (SQL | undefined)[] = [employeeScope(actor)];
  if (f.orgId) conditions.push(eq(employees.orgId, f.orgId));
  if (f.subdivisionId) conditions.push(eq(employees.subdivisionId, f.subdivisionId));
  if (f.kind) conditions.push(eq(employees.kind, f.kind));
  if (f.isDeclarant) conditions.push(eq(positions.isDeclarant, f.isDeclarant === 'true'));
  if (f.status === 'active') conditions.push(isNull(employees.dismissedAt));
  if (f.status === 'dismissed') conditions.push(isNotNull(employees.dismissedAt));
  // Every word must match a name part, the position or the personnel number («иванов отдел»).
  for (const word of (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 6)) {
    const like = `%${word.replace(/[%_\\]/g, (c) => `\\${c}`).replace(/ё/gi, 'е')}%`;
    conditions.push(
      or(
        ilike(sql`replace(${persons.lastName}, 'ё', 'е')`, like),
        ilike(sql`replace(${persons.firstName}, 'ё', 'е')`, like),
        ilike(sql`coalesce(${persons.middleName}, '')`, like),
        ilike(positions.title, like),
        ilike(sql`coalesce(${employees.personnelNumber}, '')`, like),
      ),
    );
  }
  return and(...conditions)!;
}

export function employeeOrder(sort: EmployeeFilter['sort']) {
  const byName = [asc(persons.lastName), asc(persons.firstName), asc(persons.middleName), asc(employees.id)];
  switch (sort) {
    case 'name':
      return byName;
    case '-name':
      return [desc(persons.lastName), desc(persons.firstName), desc(employees.id)];
    case 'hiredAt':
      return [asc(employees.hiredAt), ...byName];
    case '-hiredAt':
      return [desc(employees.hiredAt), ...byName];
    case 'subdivision':
      return [asc(subdivisions.name), ...byName];
  }
}

export async function findEmployees(
  db: Db,
  actor: Actor,
  f: EmployeeFilter & { page: number; pageSize: number },
): Promise<Page<Employee>> {
  const where = employeeFilterWhere(actor, f);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(employees)
    .innerJoin(persons, eq(persons.id, employees.personId))
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .where(where);
  const rows = await selectEmployees(db)
    .where(where)
    .orderBy(...employeeOrder(f.sort))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { items: rows.map(toEmployeeDto), total, page: f.page, pageSize: f.pageSize };
}
