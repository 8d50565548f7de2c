/**
 * What the analysis needs beyond the forms, read from other contexts (read-only): notifications of other
 * paid work and of gifts from the journals (the seed report's cross-check of income lines 2, 3, 6 with
 * the notifications), relatives from HR data (the anketa), and the counterparties' INNs (affiliation).
 */
import type { AnalysisContext, HrFamilyMember, HrRelation } from '@antikor/engines/declaration-analysis';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';

const RELATION: Record<string, HrRelation> = {
  spouse: 'spouse',
  former_spouse: 'former_spouse',
  son: 'child',
  daughter: 'child',
  father: 'father',
  mother: 'mother',
  brother: 'brother',
  sister: 'sister',
  spouse_father: 'spouse_parent',
  spouse_mother: 'spouse_parent',
  spouse_brother: 'spouse_sibling',
  spouse_sister: 'spouse_sibling',
};

const list = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/** Context per employee id, for many employees in a few queries. */
export async function loadAnalysisContexts(
  db: Db,
  orgIds: string[],
  employeeIds: string[],
): Promise<Map<string, AnalysisContext>> {
  const out = new Map<string, AnalysisContext>();
  if (employeeIds.length === 0) return out;
  const counterpartyInns = (
    await queryRows<{ inn: string }>(
      db,
      sql`SELECT DISTINCT company_inn AS inn FROM affiliation_counterparties
           WHERE org_id IN (${list(orgIds)}) AND company_inn IS NOT NULL`,
    ).catch(() => [] as { inn: string }[])
  ).map((r) => r.inn);
  for (const id of employeeIds)
    out.set(id, { otherPaidWorkNotices: [], giftNotices: [], counterpartyInns, hrFamily: [] });
  const entries = await queryRows<{
    employeeId: string;
    journalCode: string;
    registeredOn: string;
    regNumber: string;
    data: Record<string, unknown>;
  }>(
    db,
    sql`SELECT employee_id AS "employeeId", journal_code AS "journalCode", registered_on::text AS "registeredOn",
               reg_number AS "regNumber", data
          FROM journal_entries
         WHERE org_id IN (${list(orgIds)}) AND journal_code IN ('outside-work-notice', 'gift-notice')
           AND employee_id IN (${list(employeeIds)})`,
  );
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  for (const e of entries) {
    const ctx = out.get(e.employeeId);
    if (!ctx) continue;
    if (e.journalCode === 'outside-work-notice')
      ctx.otherPaidWorkNotices!.push({
        registeredAt: e.registeredOn,
        workStart: str(e.data.workStart),
        workEnd: str(e.data.workEnd),
        employer: str(e.data.employerName),
        registrationNumber: e.regNumber,
      });
    else
      ctx.giftNotices!.push({
        registeredAt: e.registeredOn,
        receivedAt: str(e.data.receivedOn),
        description: str(e.data.giftName),
        value: typeof e.data.declaredValue === 'number' ? e.data.declaredValue : null,
        registrationNumber: e.regNumber,
      });
  }
  const relatives = await queryRows<{
    employeeId: string;
    relation: string;
    lastName: string;
    firstName: string;
    middleName: string | null;
    birthDate: string | null;
  }>(
    db,
    sql`SELECT r.employee_id AS "employeeId", r.relation, p.last_name AS "lastName", p.first_name AS "firstName",
               p.middle_name AS "middleName", p.birth_date::text AS "birthDate"
          FROM relatives r JOIN persons p ON p.id = r.person_id
         WHERE r.employee_id IN (${list(employeeIds)})`,
  );
  for (const r of relatives) {
    const member: HrFamilyMember = {
      relation: RELATION[r.relation] ?? 'other',
      lastName: r.lastName,
      firstName: r.firstName,
      middleName: r.middleName,
      birthDate: r.birthDate,
    };
    out.get(r.employeeId)?.hrFamily?.push(member);
  }
  return out;
}
