/**
 * Staff profiles (профиль служащего, Mintrud 19.05.2020) assembled from the organisation model:
 * each active employee and each of their relatives and in-laws (анкета 667-р п. 13; 273-ФЗ ст. 10
 * counts affinity) with the identifiers HR keeps — ИНН, phones, e-mails, addresses.
 */
import type { StaffPerson } from '@antikor/engines/affiliation';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { employees, persons, positions, relatives } from '../org/tables.js';

export type StaffOrigin = { personId: string; employeeId: string; relation: string; relativeId: string | null };

/** A relative's former surname («Иванова (Петрова)») lets the engine find a married woman under her maiden name. */
function withFormerSurname(lastName: string, formerNames: string | null): string {
  const former = formerNames?.split(/[,;]/)[0]?.trim().split(/\s+/)[0];
  return former && /^[А-ЯЁа-яёA-Za-z-]{2,}$/.test(former) && former.toLowerCase() !== lastName.toLowerCase()
    ? `${lastName} (${former})`
    : lastName;
}

const toStaffPerson = (
  p: typeof persons.$inferSelect,
  employeeId: string,
  relation: string,
  lastName = p.lastName,
): StaffPerson => ({
  id: p.id,
  employeeId,
  relation,
  lastName,
  firstName: p.firstName,
  middleName: p.middleName ?? undefined,
  birthDate: p.birthDate ?? undefined,
  inn: p.inn ?? undefined,
  phones: p.phones,
  emails: p.emails,
  addresses: p.addresses,
});

/**
 * The engine's input for one organisation: employees (relation «self») and their relatives, with
 * where each came from. `scope: 'declarants'` keeps only employees in declarant positions (273-ФЗ ст. 8).
 */
export async function loadStaffProfiles(
  db: Db,
  orgId: string,
  scope: 'all' | 'declarants' = 'all',
): Promise<{ staff: StaffPerson[]; origins: Map<string, StaffOrigin> }> {
  const emps = await db
    .select({ e: employees, p: persons })
    .from(employees)
    .innerJoin(persons, eq(persons.id, employees.personId))
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .where(
      and(
        eq(employees.orgId, orgId),
        isNull(employees.dismissedAt),
        scope === 'declarants' ? eq(positions.isDeclarant, true) : undefined,
      ),
    );
  const staff: StaffPerson[] = [];
  const origins = new Map<string, StaffOrigin>();
  for (const { e, p } of emps) {
    staff.push(toStaffPerson(p, e.id, 'self'));
    origins.set(p.id, { personId: p.id, employeeId: e.id, relation: 'self', relativeId: null });
  }
  const ids = emps.map((x) => x.e.id);
  for (let i = 0; i < ids.length; i += 5000) {
    const rels = await db
      .select({ r: relatives, p: persons })
      .from(relatives)
      .innerJoin(persons, eq(persons.id, relatives.personId))
      .where(and(eq(relatives.orgId, orgId), inArray(relatives.employeeId, ids.slice(i, i + 5000))));
    for (const { r, p } of rels) {
      staff.push(toStaffPerson(p, r.employeeId, r.relation, withFormerSurname(p.lastName, r.formerNames)));
      origins.set(p.id, { personId: p.id, employeeId: r.employeeId, relation: r.relation, relativeId: r.id });
    }
  }
  return { staff, origins };
}
