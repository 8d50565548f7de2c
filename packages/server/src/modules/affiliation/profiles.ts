/**
 * Staff profiles as the working group sees them: for each employee, how complete the data the
 * comparison needs is (ИНН, phones, addresses of the employee and the relatives — Mintrud
 * 19.05.2020, «профиль служащего»), and one employee's profile with every identifier and link.
 */
import { type Page, pageQuery, type Relation, relationLabels } from '@antikor/core';
import { and, asc, desc, eq, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, assertOrgVisible, auditContext } from '../../platform/auth/actor.js';
import { notFound } from '../../platform/errors.js';
import { employees, persons, positions, relatives, subdivisions } from '../org/tables.js';
import { type LinkItem, selectLinks, toLinkItem } from './find-links.js';
import { affiliationLinks } from './tables.js';

export const profileListQuery = z
  .object({
    orgId: z.string().uuid().optional(),
    q: z.string().trim().max(200).optional(),
    /** Only profiles that lack an identifier the comparison relies on. */
    gaps: z.enum(['true', 'false']).optional(),
  })
  .merge(pageQuery);

export type ProfileItem = {
  employeeId: string;
  name: string;
  position: string | null;
  subdivision: string | null;
  isDeclarant: boolean;
  hasInn: boolean;
  hasPhone: boolean;
  hasAddress: boolean;
  relatives: number;
  relativesWithoutIdentifiers: number;
  openLinks: number;
};

const has = (col: unknown) => sql<boolean>`(${col} is not null and ${col} <> '' and ${col}::text <> '[]')`;

/** Profiles of the active employees, with completeness; names only (no identifiers), the read is audited like the staff list. */
export async function findProfiles(
  db: Db,
  actor: Actor,
  q: z.output<typeof profileListQuery>,
): Promise<Page<ProfileItem> & { summary: Record<string, number> }> {
  if (q.orgId) assertOrgVisible(actor, q.orgId);
  const orgIds = q.orgId ? [q.orgId] : actor.orgIds;
  const relCount = sql<number>`(select count(*)::int from ${relatives} r where r.employee_id = ${employees.id})`;
  // A relative without ИНН, phone and address can be matched by name and birth date only.
  const relBare = sql<number>`(select count(*)::int from ${relatives} r join ${persons} rp on rp.id = r.person_id
    where r.employee_id = ${employees.id} and rp.inn is null and rp.phones = '[]'::jsonb and rp.addresses = '[]'::jsonb)`;
  const openLinks = sql<number>`(select count(*)::int from ${affiliationLinks} l where l.employee_id = ${employees.id} and l.is_current and l.status in ('new', 'needs_check'))`;
  const gap = sql`(${persons.inn} is null or ${persons.phones} = '[]'::jsonb or ${persons.addresses} = '[]'::jsonb or ${relBare} > 0)`;
  const cond = [inArray(employees.orgId, orgIds), isNull(employees.dismissedAt)];
  if (q.gaps === 'true') cond.push(gap);
  for (const word of (q.q ?? '').split(/\s+/).filter(Boolean).slice(0, 6)) {
    const like = `%${word.replace(/[%_\\]/g, (ch) => `\\${ch}`).replace(/ё/gi, 'е')}%`;
    cond.push(
      or(
        ilike(sql`replace(${persons.lastName}, 'ё', 'е')`, like),
        ilike(persons.firstName, like),
        ilike(positions.title, like),
      )!,
    );
  }
  const where = and(...cond);
  const base = () =>
    db
      .select({
        e: employees,
        p: persons,
        pos: positions,
        sub: subdivisions.name,
        relCount,
        relBare,
        openLinks,
      })
      .from(employees)
      .innerJoin(persons, eq(persons.id, employees.personId))
      .innerJoin(positions, eq(positions.id, employees.positionId))
      .leftJoin(subdivisions, eq(subdivisions.id, employees.subdivisionId));
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(employees)
    .innerJoin(persons, eq(persons.id, employees.personId))
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .where(where);
  const rows = await base()
    .where(where)
    .orderBy(desc(openLinks), asc(persons.lastName), asc(persons.firstName), asc(employees.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [summary] = await db
    .select({
      employees: sql<number>`count(*)::int`,
      withInn: sql<number>`count(*) filter (where ${has(persons.inn)})::int`,
      withPhone: sql<number>`count(*) filter (where ${persons.phones} <> '[]'::jsonb)::int`,
      withAddress: sql<number>`count(*) filter (where ${persons.addresses} <> '[]'::jsonb)::int`,
      relatives: sql<number>`coalesce(sum(${relCount}), 0)::int`,
      relativesBare: sql<number>`coalesce(sum(${relBare}), 0)::int`,
    })
    .from(employees)
    .innerJoin(persons, eq(persons.id, employees.personId))
    .where(and(inArray(employees.orgId, orgIds), isNull(employees.dismissedAt)));
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: q.orgId ?? actor.orgId,
      type: 'employee.listed',
      entityType: 'employee',
      data: { area: 'affiliation.profiles', q: q.q ?? null, shown: rows.length },
    }),
  );
  return {
    items: rows.map((r) => ({
      employeeId: r.e.id,
      name: [r.p.lastName, r.p.firstName, r.p.middleName].filter(Boolean).join(' '),
      position: r.pos.title,
      subdivision: r.sub,
      isDeclarant: r.pos.isDeclarant,
      hasInn: !!r.p.inn,
      hasPhone: r.p.phones.length > 0,
      hasAddress: r.p.addresses.length > 0,
      relatives: r.relCount,
      relativesWithoutIdentifiers: r.relBare,
      openLinks: r.openLinks,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
    summary,
  };
}

export type ProfilePerson = {
  personId: string;
  relation: string;
  relationLabel: string;
  name: string;
  formerNames: string | null;
  birthDate: string | null;
  inn: string | null;
  phones: string[];
  emails: string[];
  addresses: string[];
  workplace: string | null;
};

export type Profile = {
  employeeId: string;
  orgId: string;
  name: string;
  position: string | null;
  subdivision: string | null;
  persons: ProfilePerson[];
  links: LinkItem[];
};

/** One employee's profile: the employee and relatives with every identifier, and the links found. Audited. */
export async function getProfile(db: Db, actor: Actor, employeeId: string): Promise<Profile> {
  const [row] = await db
    .select({ e: employees, p: persons, pos: positions.title, sub: subdivisions.name })
    .from(employees)
    .innerJoin(persons, eq(persons.id, employees.personId))
    .leftJoin(positions, eq(positions.id, employees.positionId))
    .leftJoin(subdivisions, eq(subdivisions.id, employees.subdivisionId))
    .where(and(eq(employees.id, employeeId), inArray(employees.orgId, actor.orgIds)));
  if (!row) throw notFound('Сотрудник');
  const rels = await db
    .select({ r: relatives, p: persons })
    .from(relatives)
    .innerJoin(persons, eq(persons.id, relatives.personId))
    .where(eq(relatives.employeeId, employeeId))
    .orderBy(asc(relatives.createdAt));
  const name = (p: typeof persons.$inferSelect) => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
  const toPerson = (
    p: typeof persons.$inferSelect,
    relation: string,
    r?: typeof relatives.$inferSelect,
  ): ProfilePerson => ({
    personId: p.id,
    relation,
    relationLabel: relation === 'self' ? 'Сотрудник' : (relationLabels[relation as Relation] ?? relation),
    name: name(p),
    formerNames: r?.formerNames ?? null,
    birthDate: p.birthDate,
    inn: p.inn,
    phones: p.phones,
    emails: p.emails,
    addresses: p.addresses,
    workplace: r ? [r.workplace, r.workPosition].filter(Boolean).join(', ') || null : null,
  });
  const links = (
    await selectLinks(db)
      .where(and(eq(affiliationLinks.employeeId, employeeId), inArray(affiliationLinks.orgId, actor.orgIds)))
      .orderBy(desc(affiliationLinks.isCurrent), desc(affiliationLinks.score))
  ).map(toLinkItem);
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: row.e.orgId,
      type: 'affiliation.profile_read',
      entityType: 'employee',
      entityId: employeeId,
      data: { relatives: rels.length, links: links.length },
    }),
  );
  return {
    employeeId,
    orgId: row.e.orgId,
    name: name(row.p),
    position: row.pos,
    subdivision: row.sub,
    persons: [toPerson(row.p, 'self'), ...rels.map(({ r, p }) => toPerson(p, r.relation, r))],
    links,
  };
}
