/**
 * Counterparty rows as the engine reads them, their content hash (what makes a repeated import
 * «unchanged»), and the heads of subordinate institutions, who are counterparties of the
 * administration in the sense of the Mintrud recommendations: an organisation the employee oversees.
 */
import { createHash } from 'node:crypto';
import type { CounterpartyRole, CounterpartyRow } from '@antikor/engines/affiliation';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { descendantOrgIds } from '../org/org-tree.js';
import { employees, organisations, persons } from '../org/tables.js';
import { counterparties } from './tables.js';

export type CounterpartyRecord = typeof counterparties.$inferSelect;

export type CounterpartyFields = Pick<
  CounterpartyRecord,
  | 'companyInn'
  | 'companyName'
  | 'role'
  | 'lastName'
  | 'firstName'
  | 'middleName'
  | 'birthDate'
  | 'inn'
  | 'phones'
  | 'emails'
  | 'addresses'
>;

/** Hash of every compared field, in a fixed order. */
export function contentHash(f: CounterpartyFields): string {
  const parts = [
    f.companyInn,
    f.companyName,
    f.role,
    f.lastName,
    f.firstName,
    f.middleName,
    f.birthDate,
    f.inn,
    f.phones.join('|'),
    f.emails.join('|'),
    f.addresses.join('|'),
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export const toEngineRow = (c: CounterpartyRecord): CounterpartyRow => ({
  id: c.id,
  companyInn: c.companyInn ?? undefined,
  companyName: c.companyName ?? undefined,
  role: (c.role ?? undefined) as CounterpartyRole | undefined,
  lastName: c.lastName ?? undefined,
  firstName: c.firstName ?? undefined,
  middleName: c.middleName ?? undefined,
  birthDate: c.birthDate ?? undefined,
  inn: c.inn ?? undefined,
  phones: c.phones,
  emails: c.emails,
  addresses: c.addresses,
});

/**
 * Brings the heads of the organisation's subordinate institutions (kind «institution», any depth)
 * into its counterparty list as «руководитель» of that institution, and returns the current set's
 * external ids. Runs inside the check's transaction.
 */
export async function syncInstitutionHeads(tx: Db, orgId: string): Promise<Set<string>> {
  const tree = (await descendantOrgIds(tx, orgId)).filter((id) => id !== orgId);
  const current = new Set<string>();
  if (tree.length === 0) return current;
  const heads = await tx
    .select({ e: employees, p: persons, o: organisations })
    .from(employees)
    .innerJoin(persons, eq(persons.id, employees.personId))
    .innerJoin(organisations, eq(organisations.id, employees.orgId))
    .where(
      and(
        inArray(employees.orgId, tree),
        eq(employees.kind, 'institution_head'),
        isNull(employees.dismissedAt),
        eq(organisations.kind, 'institution'),
      ),
    );
  for (const { e, p, o } of heads) {
    const fields: CounterpartyFields = {
      companyInn: o.inn,
      companyName: o.name,
      role: 'director',
      lastName: p.lastName,
      firstName: p.firstName,
      middleName: p.middleName,
      birthDate: p.birthDate,
      inn: p.inn,
      phones: p.phones,
      emails: p.emails,
      addresses: p.addresses,
    };
    const externalId = `institution:${e.id}`;
    current.add(externalId);
    const hash = contentHash(fields);
    await tx
      .insert(counterparties)
      .values({ orgId, externalId, source: 'institution', ...fields, contentHash: hash })
      .onConflictDoUpdate({
        target: [counterparties.orgId, counterparties.externalId],
        set: { ...fields, contentHash: hash, updatedAt: new Date() },
        setWhere: ne(counterparties.contentHash, sql`excluded.content_hash`),
      });
  }
  return current;
}

/**
 * Brings the suppliers of the procurement register (contracts and determined suppliers of the organisation's
 * tree) into its counterparty list: the company by ИНН and name with the contacts the contract gives; a
 * supplier with a 12-digit ИНН is an individual entrepreneur, a person whose ИНН the check compares with
 * staff and relatives directly (Mintrud recommendations on personal interest in procurement). Returns the
 * current set's external ids. Runs inside the check's transaction.
 */
export async function syncProcurementSuppliers(tx: Db, orgId: string): Promise<Set<string>> {
  const tree = await descendantOrgIds(tx, orgId);
  const rows = await queryRows<{
    inn: string;
    name: string | null;
    address: string | null;
    phone: string | null;
    email: string | null;
  }>(
    tx,
    sql`SELECT DISTINCT ON (data->>'supplierInn') data->>'supplierInn' AS inn, data->>'supplierName' AS name,
          data->>'supplierAddress' AS address, data->>'supplierPhone' AS phone, data->>'supplierEmail' AS email
        FROM journal_entries
        WHERE journal_code = 'procurement' AND org_id IN (${sql.join(
          tree.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
          AND coalesce(data->>'supplierInn', '') <> ''
        ORDER BY data->>'supplierInn', registered_on DESC`,
  );
  const current = new Set<string>();
  for (const r of rows) {
    const entrepreneur = r.inn.length === 12;
    const name = entrepreneur ? entrepreneurName(r.name) : null;
    const fields: CounterpartyFields = {
      companyInn: r.inn,
      companyName: r.name,
      role: entrepreneur ? 'entrepreneur' : 'contact',
      lastName: name?.lastName ?? null,
      firstName: name?.firstName ?? null,
      middleName: name?.middleName ?? null,
      birthDate: null,
      inn: entrepreneur ? r.inn : null,
      phones: r.phone ? [r.phone] : [],
      emails: r.email ? [r.email] : [],
      addresses: r.address ? [r.address] : [],
    };
    const externalId = `procurement:${r.inn}`;
    current.add(externalId);
    const hash = contentHash(fields);
    await tx
      .insert(counterparties)
      .values({ orgId, externalId, source: 'procurement', ...fields, contentHash: hash })
      .onConflictDoUpdate({
        target: [counterparties.orgId, counterparties.externalId],
        set: { ...fields, contentHash: hash, updatedAt: new Date() },
        setWhere: ne(counterparties.contentHash, sql`excluded.content_hash`),
      });
  }
  return current;
}

/** «ИП Гаврилова Наталья Петровна» → its parts; initials («ИП Гаврилова Н. П.») stay as the engine reads them. */
function entrepreneurName(
  name: string | null,
): { lastName: string; firstName: string | null; middleName: string | null } | null {
  const parts = (name ?? '')
    .replace(/^(ИП|индивидуальный предприниматель)\s+/i, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (parts.length === 0 || /[«"]/.test(name ?? '')) return null;
  return { lastName: parts[0], firstName: parts[1] ?? null, middleName: parts.slice(2).join(' ') || null };
}

/** Counterparty rows a check compares: every imported row, the institution heads and suppliers of now. */
export async function loadCheckCounterparties(
  tx: Db,
  orgId: string,
  current: Set<string>,
): Promise<CounterpartyRecord[]> {
  const rows = await tx.select().from(counterparties).where(eq(counterparties.orgId, orgId));
  return rows.filter((r) => r.source === 'import' || current.has(r.externalId));
}
