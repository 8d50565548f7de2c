/**
 * Figures of the declaration campaign for the annual execution report (seed report, measure 1.3:
 * «171 муниципальный служащий и 4 руководителя муниципальных учреждений представили сведения»).
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';

export type DeclarationFigures = {
  dueMunicipal: number;
  receivedMunicipal: number;
  dueHeads: number;
  receivedHeads: number;
};

/**
 * For the campaign whose filing deadline falls in `filingYear` (reporting year `filingYear - 1`) of the given
 * organisations: declarants (their own form, not family members') who had to file and those who filed,
 * municipal employees and heads of municipal institutions separately. Excluded persons (e.g. released under
 * Decree 968) are not due; a person counted by two campaigns of the tree is counted once.
 */
export async function declarationFigures(
  db: Db,
  orgIds: string[],
  filingYear: number,
): Promise<{ dueMunicipal: number; receivedMunicipal: number; dueHeads: number; receivedHeads: number }> {
  const out: DeclarationFigures = { dueMunicipal: 0, receivedMunicipal: 0, dueHeads: 0, receivedHeads: 0 };
  if (orgIds.length === 0) return out;
  const rows = await queryRows<{ kind: string; due: number; received: number }>(
    db,
    sql`SELECT o.declarant_kind AS kind,
               count(DISTINCT o.employee_id)::int AS due,
               count(DISTINCT o.employee_id) FILTER (WHERE EXISTS (
                 SELECT 1 FROM declarations d WHERE d.obligation_id = o.id))::int AS received
          FROM declaration_obligations o
          JOIN declaration_campaigns c ON c.id = o.campaign_id
         WHERE c.org_id IN (${sql.join(
           orgIds.map((id) => sql`${id}`),
           sql`, `,
         )})
           AND c.reporting_year = ${filingYear - 1}
           AND o.role = 'self'
           AND o.excluded_at IS NULL
         GROUP BY o.declarant_kind`,
  );
  for (const r of rows) {
    if (r.kind === 'municipal_employee') {
      out.dueMunicipal += r.due;
      out.receivedMunicipal += r.received;
    } else if (r.kind === 'institution_head') {
      out.dueHeads += r.due;
      out.receivedHeads += r.received;
    }
  }
  return out;
}
