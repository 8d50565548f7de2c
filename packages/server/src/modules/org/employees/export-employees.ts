import { type Employee, employeeKindLabels } from '@antikor/core';
import type { Db } from '../../../db/client.js';
import { appendAudit } from '../../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../../platform/auth/actor.js';
import { buildXlsx, ruDate } from '../../../platform/documents/xlsx.js';
import { selectEmployees, toEmployeeDto } from './employee-rows.js';
import { type EmployeeFilter, employeeFilterWhere, employeeOrder } from './find-employees.js';

/** The filtered employee list as Excel; the export itself is a read of personal data, so it is audited. */
export async function exportEmployees(db: Db, actor: Actor, f: EmployeeFilter): Promise<Buffer> {
  const rows = (
    await selectEmployees(db)
      .where(employeeFilterWhere(actor, f))
      .orderBy(...employeeOrder(f.sort))
  ).map(toEmployeeDto);
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: actor.orgId,
      type: 'employee.exported',
      entityType: 'employee',
      data: { filter: f, count: rows.length },
    }),
  );
  return buildXlsx<Employee>({
    sheetName: 'Сотрудники',
    title: `Список сотрудников на ${ruDate(new Date().toISOString())}`,
    rows,
    columns: [
      { header: 'Табельный номер', width: 12, value: (e) => e.personnelNumber },
      { header: 'Фамилия', value: (e) => e.person.lastName },
      { header: 'Имя', value: (e) => e.person.firstName },
      { header: 'Отчество', value: (e) => e.person.middleName },
      { header: 'Дата рождения', width: 12, value: (e) => ruDate(e.person.birthDate) },
      { header: 'Подразделение', width: 40, value: (e) => e.subdivisionName },
      { header: 'Должность', width: 36, value: (e) => e.positionTitle },
      { header: 'Должность в перечне', width: 12, value: (e) => (e.isDeclarant ? 'да' : 'нет') },
      { header: 'Вид работника', width: 28, value: (e) => employeeKindLabels[e.kind] },
      { header: 'Дата приёма', width: 12, value: (e) => ruDate(e.hiredAt) },
      { header: 'Дата увольнения', width: 12, value: (e) => ruDate(e.dismissedAt) },
      { header: 'Родственников', width: 10, value: (e) => e.relativeCount },
    ],
  });
}
