/**
 * The working group's queue: links with the employee, the person (the employee or a relative),
 * the counterparty, the score and the decision. Filters, search, sort, pages; the Excel export
 * uses the same filter so both show the same links.
 */
import {
  type CounterpartyRoleCode,
  counterpartyRoleLabels,
  type LinkListQuery,
  type LinkStatus,
  linkListQuery,
  linkStatusLabels,
  type Page,
  type Relation,
  relationLabels,
} from '@antikor/core';
import { and, asc, desc, eq, gte, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, assertOrgVisible, auditContext } from '../../platform/auth/actor.js';
import { buildXlsx } from '../../platform/documents/xlsx.js';
import { employees, persons, positions, subdivisions } from '../org/tables.js';
import { affiliationLinks, counterparties } from './tables.js';

const staffPerson = alias(persons, 'staff_person');
const employeePerson = alias(persons, 'employee_person');

export type LinkItem = {
  id: string;
  orgId: string;
  status: LinkStatus;
  statusLabel: string;
  score: number;
  basis: 'same-person' | 'shared-contact';
  summary: string;
  isCurrent: boolean;
  foundAt: string;
  decidedAt: string | null;
  decidedByName: string | null;
  comment: string | null;
  caseRef: string | null;
  employee: { id: string; name: string; position: string | null; subdivision: string | null; dismissed: boolean };
  person: { id: string; name: string | null; relation: string; relationLabel: string };
  counterparty: {
    id: string;
    companyName: string | null;
    companyInn: string | null;
    role: string | null;
    roleLabel: string | null;
    personName: string | null;
    source: string;
  };
};

const fullName = (p: { lastName: string | null; firstName: string | null; middleName: string | null } | null) =>
  p ? [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ') || null : null;

export const relationLabel = (relation: string) =>
  relation === 'self' ? 'сам сотрудник' : (relationLabels[relation as Relation] ?? relation).toLowerCase();
export const roleLabel = (role: string | null) =>
  role ? (counterpartyRoleLabels[role as CounterpartyRoleCode] ?? role) : null;

export function selectLinks(db: Db) {
  return db
    .select({
      l: affiliationLinks,
      sp: staffPerson,
      ep: employeePerson,
      e: employees,
      pos: positions.title,
      sub: subdivisions.name,
      c: counterparties,
    })
    .from(affiliationLinks)
    .innerJoin(counterparties, eq(counterparties.id, affiliationLinks.counterpartyId))
    .innerJoin(employees, eq(employees.id, affiliationLinks.employeeId))
    .innerJoin(employeePerson, eq(employeePerson.id, employees.personId))
    .leftJoin(staffPerson, eq(staffPerson.id, affiliationLinks.personId))
    .leftJoin(positions, eq(positions.id, employees.positionId))
    .leftJoin(subdivisions, eq(subdivisions.id, employees.subdivisionId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectLinks>['where']>>[number];

export function toLinkItem(r: Selected): LinkItem {
  const { l, c } = r;
  return {
    id: l.id,
    orgId: l.orgId,
    status: l.status as LinkStatus,
    statusLabel: linkStatusLabels[l.status as LinkStatus] ?? l.status,
    score: l.score,
    basis: l.basis as LinkItem['basis'],
    summary: l.summary,
    isCurrent: l.isCurrent,
    foundAt: l.foundAt.toISOString(),
    decidedAt: l.decidedAt?.toISOString() ?? null,
    decidedByName: l.decidedByName,
    comment: l.comment,
    caseRef: l.caseRef,
    employee: {
      id: r.e.id,
      name: fullName(r.ep) ?? '',
      position: r.pos,
      subdivision: r.sub,
      dismissed: r.e.dismissedAt !== null,
    },
    person: {
      id: l.personId,
      name: fullName(r.sp) ?? '(запись о лице удалена)',
      relation: l.relation,
      relationLabel: relationLabel(l.relation),
    },
    counterparty: {
      id: c.id,
      companyName: c.companyName,
      companyInn: c.companyInn,
      role: c.role,
      roleLabel: roleLabel(c.role),
      personName: fullName(c),
      source: c.source,
    },
  };
}

export type LinkFilter = ReturnType<typeof linkListQuery.parse>;

export function linkWhere(actor: Actor, f: LinkFilter): SQL {
  if (f.orgId) assertOrgVisible(actor, f.orgId);
  const cond: (SQL | undefined)[] = [inArray(affiliationLinks.orgId, f.orgId ? [f.orgId] : actor.orgIds)];
  if (f.status === 'open') cond.push(inArray(affiliationLinks.status, ['new', 'needs_check']));
  else if (f.status === 'decided') cond.push(inArray(affiliationLinks.status, ['confirmed', 'rejected', 'referred']));
  else if (f.status !== 'all') cond.push(eq(affiliationLinks.status, f.status));
  if (f.current === 'true') cond.push(eq(affiliationLinks.isCurrent, true));
  if (f.basis) cond.push(eq(affiliationLinks.basis, f.basis));
  if (f.minScore !== undefined) cond.push(gte(affiliationLinks.score, f.minScore));
  if (f.employeeId) cond.push(eq(affiliationLinks.employeeId, f.employeeId));
  // Every word must match a name (employee, relative, counterparty person), the company or its ИНН.
  for (const word of (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 6)) {
    const like = `%${word.replace(/[%_\\]/g, (ch) => `\\${ch}`).replace(/ё/gi, 'е')}%`;
    const text = (col: unknown) => ilike(sql`replace(coalesce(${col}, ''), 'ё', 'е')`, like);
    cond.push(
      or(
        text(employeePerson.lastName),
        text(employeePerson.firstName),
        text(staffPerson.lastName),
        text(staffPerson.firstName),
        text(counterparties.lastName),
        text(counterparties.companyName),
        text(counterparties.companyInn),
      ),
    );
  }
  return and(...cond)!;
}

function linkOrder(sort: LinkFilter['sort']) {
  switch (sort) {
    case '-score':
      return [desc(affiliationLinks.score), asc(affiliationLinks.id)];
    case 'score':
      return [asc(affiliationLinks.score), asc(affiliationLinks.id)];
    case '-foundAt':
      return [desc(affiliationLinks.foundAt), asc(affiliationLinks.id)];
    case 'employee':
      return [asc(employeePerson.lastName), asc(employeePerson.firstName), desc(affiliationLinks.score)];
    case 'company':
      return [asc(counterparties.companyName), desc(affiliationLinks.score)];
  }
}

/** A page of the queue. Names of employees, relatives and counterparty persons are personal data: the read is audited. */
export async function findLinks(
  db: Db,
  actor: Actor,
  query: LinkListQuery & { page?: number; pageSize?: number },
): Promise<Page<LinkItem> & { counts: Record<string, number> }> {
  const f = linkListQuery.parse(query);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const where = linkWhere(actor, f);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(affiliationLinks)
    .innerJoin(counterparties, eq(counterparties.id, affiliationLinks.counterpartyId))
    .innerJoin(employees, eq(employees.id, affiliationLinks.employeeId))
    .innerJoin(employeePerson, eq(employeePerson.id, employees.personId))
    .leftJoin(staffPerson, eq(staffPerson.id, affiliationLinks.personId))
    .where(where);
  const rows = await selectLinks(db)
    .where(where)
    .orderBy(...linkOrder(f.sort))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  // Counts by status for the tabs, within the organisation filter and «current» only.
  const countRows = await db
    .select({ status: affiliationLinks.status, n: sql<number>`count(*)::int` })
    .from(affiliationLinks)
    .where(
      and(
        inArray(affiliationLinks.orgId, f.orgId ? [f.orgId] : actor.orgIds),
        f.current === 'true' ? eq(affiliationLinks.isCurrent, true) : undefined,
      ),
    )
    .groupBy(affiliationLinks.status);
  const counts = Object.fromEntries(countRows.map((c) => [c.status, c.n]));
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: f.orgId ?? actor.orgId,
      type: 'affiliation.links_listed',
      entityType: 'affiliation_link',
      data: { filter: f, page, shown: rows.length },
    }),
  );
  return { items: rows.map(toLinkItem), total, page, pageSize, counts };
}

const EXPORT_LIMIT = 20_000;

/** The filtered queue as an Excel sheet for the working group's meeting; audited. */
export async function exportLinks(db: Db, actor: Actor, query: LinkListQuery): Promise<Buffer> {
  const f = linkListQuery.parse(query);
  const rows = (
    await selectLinks(db)
      .where(linkWhere(actor, f))
      .orderBy(...linkOrder(f.sort))
      .limit(EXPORT_LIMIT)
  ).map(toLinkItem);
  const buf = await buildXlsx<LinkItem>({
    sheetName: 'Связи',
    title: `Выявленные связи (личная заинтересованность) на ${new Date().toLocaleDateString('ru-RU')}`,
    columns: [
      { header: 'Оценка', width: 9, value: (r) => Number(r.score.toFixed(2)) },
      { header: 'Статус', width: 20, value: (r) => r.statusLabel },
      { header: 'Сотрудник', width: 30, value: (r) => r.employee.name },
      { header: 'Должность', width: 28, value: (r) => r.employee.position },
      { header: 'Подразделение', width: 30, value: (r) => r.employee.subdivision },
      { header: 'Кто связан', width: 18, value: (r) => r.person.relationLabel },
      { header: 'ФИО связанного лица', width: 30, value: (r) => r.person.name },
      { header: 'Контрагент', width: 32, value: (r) => r.counterparty.companyName },
      { header: 'ИНН контрагента', width: 14, value: (r) => r.counterparty.companyInn },
      { header: 'Роль в контрагенте', width: 20, value: (r) => r.counterparty.roleLabel },
      { header: 'Лицо контрагента', width: 30, value: (r) => r.counterparty.personName },
      { header: 'Основание', width: 60, value: (r) => r.summary },
      { header: 'Решение / комментарий', width: 40, value: (r) => r.comment },
      { header: 'Материал комиссии', width: 18, value: (r) => r.caseRef },
      {
        header: 'Решение принято',
        width: 14,
        value: (r) => (r.decidedAt ? new Date(r.decidedAt).toLocaleDateString('ru-RU') : ''),
      },
    ],
    rows,
  });
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: f.orgId ?? actor.orgId,
      type: 'affiliation.links_exported',
      entityType: 'affiliation_link',
      data: { filter: f, rows: rows.length },
    }),
  );
  return buf;
}
