/**
 * Seed factories (style.md §12): typed builders used by the demo organisation and by the tests alike,
 * so fixtures never drift from the schema. They write rows directly; callers that need an audit trail
 * (the demo loader) record one summary event.
 */
import type { EmployeeKind, OrganisationKind, Relation, Role } from '@antikor/core';
import type { Db } from '../db/client.js';
import { employees, organisations, persons, positions, relatives, subdivisions } from '../modules/org/tables.js';
import { hashPassword } from '../platform/auth/password.js';
import { users } from '../platform/auth/tables.js';

export async function seedOrganisation(
  db: Db,
  o: {
    name: string;
    kind?: OrganisationKind;
    parentId?: string | null;
    shortName?: string;
    inn?: string;
    address?: string;
  },
) {
  const [row] = await db
    .insert(organisations)
    .values({ kind: 'administration', ...o })
    .returning();
  return row;
}

export async function seedSubdivision(
  db: Db,
  s: { orgId: string; name: string; parentId?: string | null; shortName?: string },
) {
  const [row] = await db.insert(subdivisions).values(s).returning();
  return row;
}

export async function seedPosition(
  db: Db,
  p: { orgId: string; title: string; subdivisionId?: string | null; isDeclarant?: boolean; group?: string },
) {
  const [row] = await db.insert(positions).values(p).returning();
  return row;
}

export type PersonSeed = {
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate?: string | null;
  birthPlace?: string | null;
  inn?: string | null;
  snils?: string | null;
  phones?: string[];
  emails?: string[];
  addresses?: string[];
};

export async function seedPerson(db: Db, orgId: string, p: PersonSeed) {
  const [row] = await db
    .insert(persons)
    .values({ ...p, orgId })
    .returning();
  return row;
}

export async function seedEmployee(
  db: Db,
  e: {
    orgId: string;
    positionId: string;
    subdivisionId?: string | null;
    kind?: EmployeeKind;
    hiredAt?: string;
    dismissedAt?: string | null;
    personnelNumber?: string | null;
    person: PersonSeed;
  },
) {
  const person = await seedPerson(db, e.orgId, e.person);
  const [row] = await db
    .insert(employees)
    .values({
      orgId: e.orgId,
      personId: person.id,
      positionId: e.positionId,
      subdivisionId: e.subdivisionId ?? null,
      kind: e.kind ?? 'municipal_employee',
      hiredAt: e.hiredAt ?? '2020-01-15',
      dismissedAt: e.dismissedAt ?? null,
      personnelNumber: e.personnelNumber ?? null,
    })
    .returning();
  return { ...row, person };
}

export async function seedRelative(
  db: Db,
  r: {
    orgId: string;
    employeeId: string;
    relation: Relation;
    person: PersonSeed;
    workplace?: string | null;
    workPosition?: string | null;
    livesAbroad?: boolean;
  },
) {
  const person = await seedPerson(db, r.orgId, r.person);
  const [row] = await db
    .insert(relatives)
    .values({
      orgId: r.orgId,
      employeeId: r.employeeId,
      personId: person.id,
      relation: r.relation,
      workplace: r.workplace ?? null,
      workPosition: r.workPosition ?? null,
      livesAbroad: r.livesAbroad ?? false,
    })
    .returning();
  return { ...row, person };
}

export async function seedUser(
  db: Db,
  u: {
    orgId: string;
    login: string;
    password: string;
    fullName?: string;
    roles: Role[];
    subdivisionId?: string | null;
    employeeId?: string | null;
    passwordHash?: string;
  },
) {
  const [row] = await db
    .insert(users)
    .values({
      orgId: u.orgId,
      login: u.login,
      passwordHash: u.passwordHash ?? (await hashPassword(u.password)),
      fullName: u.fullName ?? u.login,
      roles: u.roles,
      subdivisionId: u.subdivisionId ?? null,
      employeeId: u.employeeId ?? null,
    })
    .returning();
  return row;
}
