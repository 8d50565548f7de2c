import type { EmployeeDetail } from '@antikor/core';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { appendAudit } from '../../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../../platform/auth/actor.js';
import { notFound } from '../../../platform/errors.js';
import { employees, persons, relatives } from '../tables.js';
import { employeeScope, selectEmployees, toEmployeeDto, toRelativeDto } from './employee-rows.js';

/**
 * One employee with relatives. Reading another person's card is a read of personal data (152-ФЗ) and is
 * audited; `audit: false` is for internal re-reads after a write that is itself audited.
 */
export async function getEmployee(
  db: Db,
  actor: Actor,
  id: string,
  opts: { audit?: boolean } = {},
): Promise<EmployeeDetail> {
  const [row] = await selectEmployees(db).where(and(eq(employees.id, id), employeeScope(actor)));
  if (!row) throw notFound('Сотрудник');
  const rels = await db
    .select({ r: relatives, p: persons })
    .from(relatives)
    .innerJoin(persons, eq(persons.id, relatives.personId))
    .where(eq(relatives.employeeId, id))
    .orderBy(asc(relatives.createdAt));
  if (opts.audit !== false && actor.employeeId !== id) {
    await db.transaction((tx) =>
      appendAudit(tx, auditContext(actor), {
        orgId: row.e.orgId,
        type: 'employee.read',
        entityType: 'employee',
        entityId: id,
        data: { relatives: rels.length },
      }),
    );
  }
  return { ...toEmployeeDto(row), relatives: rels.map((r) => toRelativeDto(r.r, r.p)) };
}
