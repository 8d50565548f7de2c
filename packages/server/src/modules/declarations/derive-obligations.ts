/**
 * Who must file for a reporting year, derived from the organisation model as of 31 December (the reporting
 * date, Указ № 460): municipal employees in positions included in the list (перечень должностей, 273-ФЗ ст. 8,
 * 25-ФЗ ст. 15) and heads of municipal institutions (273-ФЗ ст. 8 ч. 1 п. 4; ТК РФ ст. 275), each for
 * themselves, their spouse and their minor children (a separate form per person).
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';

export type ObligationRow = {
  employeeId: string;
  employeeOrgId: string;
  personId: string;
  relativeId: string | null;
  role: 'self' | 'spouse' | 'minor_child';
  declarantKind: 'municipal_employee' | 'institution_head' | 'other';
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  subdivisionId: string | null;
  subdivisionName: string | null;
  positionTitle: string | null;
};

type EmployeeRow = Omit<ObligationRow, 'relativeId' | 'role'> & { kind: string };
type RelativeRow = {
  id: string;
  employeeId: string;
  personId: string;
  relation: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
};

/** A child is a minor on the reporting date when younger than 18 on 31 December. */
export function isMinorOn(birthDate: string | null, reportingDate: string): boolean {
  if (!birthDate) return false;
  const [y, m, d] = reportingDate.split('-').map(Number);
  const adultFrom = `${String(y - 18).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return birthDate > adultFrom && birthDate <= reportingDate;
}

/**
 * Declarant employees of the organisations on `asOf` (employed that day) with their family; with `employeeIds`,
 * those employees whatever their position and dates (a manual addition).
 */
export async function deriveObligations(
  db: Db,
  orgIds: string[],
  asOf: string,
  employeeIds?: string[],
): Promise<ObligationRow[]> {
  if (orgIds.length === 0) return [];
  const orgs = sql.join(
    orgIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const onlyEmployees = employeeIds?.length
    ? sql`AND e.id IN (${sql.join(
        employeeIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const employees = await queryRows<EmployeeRow>(
    db,
    sql`SELECT e.id AS "employeeId", e.org_id AS "employeeOrgId", e.person_id AS "personId", e.kind,
               CASE WHEN e.kind = 'institution_head' THEN 'institution_head'
                    WHEN e.kind = 'municipal_employee' AND p.is_declarant THEN 'municipal_employee'
                    ELSE 'other' END AS "declarantKind",
               pe.last_name AS "lastName", pe.first_name AS "firstName", pe.middle_name AS "middleName",
               pe.birth_date::text AS "birthDate", e.subdivision_id AS "subdivisionId", s.name AS "subdivisionName",
               p.title AS "positionTitle"
          FROM employees e
          JOIN persons pe ON pe.id = e.person_id
          JOIN positions p ON p.id = e.position_id
          LEFT JOIN subdivisions s ON s.id = e.subdivision_id
         WHERE e.org_id IN (${orgs})
           ${
             employeeIds?.length
               ? onlyEmployees
               : sql`AND e.hired_at <= ${asOf} AND (e.dismissed_at IS NULL OR e.dismissed_at >= ${asOf})
                     AND (e.kind = 'institution_head' OR (e.kind = 'municipal_employee' AND p.is_declarant))`
           }
         ORDER BY pe.last_name, pe.first_name, e.id`,
  );
  if (employees.length === 0) return [];
  const relatives = await queryRows<RelativeRow>(
    db,
    sql`SELECT r.id, r.employee_id AS "employeeId", r.person_id AS "personId", r.relation,
               pe.last_name AS "lastName", pe.first_name AS "firstName", pe.middle_name AS "middleName",
               pe.birth_date::text AS "birthDate"
          FROM relatives r JOIN persons pe ON pe.id = r.person_id
         WHERE r.org_id IN (${orgs}) AND r.relation IN ('spouse', 'son', 'daughter')
         ORDER BY pe.birth_date NULLS LAST, pe.first_name`,
  );
  const byEmployee = new Map<string, RelativeRow[]>();
  for (const r of relatives) byEmployee.set(r.employeeId, [...(byEmployee.get(r.employeeId) ?? []), r]);
  const out: ObligationRow[] = [];
  for (const e of employees) {
    const { kind: _kind, ...base } = e;
    out.push({ ...base, relativeId: null, role: 'self' });
    for (const r of byEmployee.get(e.employeeId) ?? []) {
      const role = r.relation === 'spouse' ? 'spouse' : isMinorOn(r.birthDate, asOf) ? 'minor_child' : null;
      if (!role) continue;
      out.push({
        ...base,
        personId: r.personId,
        relativeId: r.id,
        role,
        lastName: r.lastName,
        firstName: r.firstName,
        middleName: r.middleName,
        birthDate: r.birthDate,
      });
    }
  }
  return out;
}
