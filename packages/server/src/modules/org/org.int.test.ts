import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestOrg } from '../../test/test-app.js';

const newEmployee = (positionId: string, subdivisionId: string) => ({
  person: {
    lastName: 'Покровская',
    firstName: 'Алёна',
    middleName: 'Игоревна',
    birthDate: '1990-07-21',
    inn: '500100732259',
    phones: ['+7 (3842) 75-11-22'],
    emails: ['pokrovskaya@example.ru'],
    addresses: [],
  },
  positionId,
  subdivisionId,
  kind: 'municipal_employee',
  hiredAt: '2021-03-01',
});

describe('organisation model through the API', () => {
  it('creates an employee with a spouse and shows both on the card', async () => {
    const t = await createTestOrg();
    const hr = await t.as('hr_officer');
    const created = await hr.post('/api/employees', newEmployee(t.posA.id, t.subA.id));
    expect(created.statusCode).toBe(200);
    const emp = created.json();
    expect(emp.positionTitle).toBe('Главный специалист');
    expect(emp.isDeclarant).toBe(true);
    const rel = await hr.post(`/api/employees/${emp.id}/relatives`, {
      relation: 'spouse',
      person: { lastName: 'Покровский', firstName: 'Игорь', middleName: 'Олегович', birthDate: '1988-01-30' },
      workplace: 'ООО «Вектор»',
      workPosition: 'директор',
    });
    expect(rel.statusCode).toBe(200);
    const card = (await hr.get(`/api/employees/${emp.id}`)).json();
    expect(card.relatives).toHaveLength(1);
    expect(card.relatives[0]).toMatchObject({
      relation: 'spouse',
      workplace: 'ООО «Вектор»',
      person: { lastName: 'Покровский' },
    });
    expect(card.relativeCount).toBe(1);
  });

  it('rejects bad input with Russian messages and writes nothing', async () => {
    const t = await createTestOrg();
    const hr = await t.as('hr_officer');
    const before = (await hr.get('/api/employees?status=all')).json().total;
    const badInn = await hr.post('/api/employees', {
      ...newEmployee(t.posA.id, t.subA.id),
      person: { ...newEmployee(t.posA.id, t.subA.id).person, inn: '500100732258' },
    });
    expect(badInn.statusCode).toBe(400);
    expect(badInn.json().message).toMatch(/ИНН/);
    const badDates = await hr.post('/api/employees', {
      ...newEmployee(t.posA.id, t.subA.id),
      dismissedAt: '2020-01-01',
    });
    expect(badDates.statusCode).toBe(400);
    expect(badDates.json().details[0]).toMatchObject({
      field: 'dismissedAt',
      message: 'Дата увольнения раньше даты приёма',
    });
    const noDate = await hr.post('/api/employees', { ...newEmployee(t.posA.id, t.subA.id), hiredAt: '2021-02-30' });
    expect(noDate.statusCode).toBe(400);
    const crossed = await hr.post('/api/employees', newEmployee(t.posA.id, t.subB.id));
    expect(crossed.statusCode).toBe(200); // same organisation: allowed (a position may be used in another subdivision)
    expect((await hr.get('/api/employees?status=all')).json().total).toBe(before + 1);
  });

  it('finds employees by any word of the name or position, ё or е, with filters and pages', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const byName = (await officer.get(`/api/employees?q=${encodeURIComponent('петрова')}`)).json();
    expect(byName.items.map((e: { person: { lastName: string } }) => e.person.lastName)).toEqual(['Петрова']);
    const byPosition = (await officer.get(`/api/employees?q=${encodeURIComponent('ведущий')}`)).json();
    expect(byPosition.items.map((e: { person: { lastName: string } }) => e.person.lastName)).toEqual(['Сидоров']);
    const bySub = (await officer.get(`/api/employees?subdivisionId=${t.subA.id}`)).json();
    expect(bySub.total).toBe(1);
    const paged = (await officer.get('/api/employees?pageSize=1&page=2&sort=name')).json();
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.items[0].person.lastName).toBe('Сидоров');
  });

  it('scopes staff by need to know: executor sees their subdivision, an employee only themself', async () => {
    const t = await createTestOrg();
    const executor = await t.as('responsible_executor');
    const seen = (await executor.get('/api/employees')).json();
    expect(seen.items.map((e: { id: string }) => e.id)).toEqual([t.empB.id]);
    expect((await executor.get(`/api/employees/${t.empA.id}`)).statusCode).toBe(404);
    const employee = await t.as('employee');
    expect((await employee.get('/api/employees')).statusCode).toBe(403);
    const legal = await t.as('legal');
    expect((await legal.post('/api/subdivisions', { name: 'Новый отдел' })).statusCode).toBe(403);
  });

  it("audits reading another person's card and exports the filtered list to Excel", async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    await officer.get(`/api/employees/${t.empA.id}`);
    const admin = await t.as('admin');
    const reads = (await admin.get(`/api/audit?type=employee.read&entityId=${t.empA.id}`)).json();
    expect(reads.total).toBe(1);
    expect(reads.items[0].actorLogin).toBe(t.login('anticorruption_officer'));
    const xlsx = await officer.get(`/api/employees/export.xlsx?subdivisionId=${t.subB.id}`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(2).getCell(2).value).toBe('Фамилия');
    expect(ws.getRow(3).getCell(2).value).toBe('Сидоров');
    expect(ws.rowCount).toBe(3);
  });

  it('keeps organisations as a tree: a subordinate institution is visible to the parent, not the reverse', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const inst = await officer.post('/api/orgs', { kind: 'institution', name: 'МБУ «Центр культуры»' });
    expect(inst.statusCode).toBe(200);
    const orgs = (await officer.get('/api/orgs')).json().items;
    expect(orgs.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([t.org.id, inst.json().id]));
    expect(orgs.find((o: { id: string }) => o.id === inst.json().id).parentId).toBe(t.org.id);
    const sub = await officer.post('/api/subdivisions', { orgId: inst.json().id, name: 'Руководство учреждения' });
    expect(sub.statusCode).toBe(200);
    const pos = await officer.post('/api/positions', {
      orgId: inst.json().id,
      subdivisionId: sub.json().id,
      title: 'Директор',
      isDeclarant: true,
    });
    expect(pos.json()).toMatchObject({ isDeclarant: true, orgId: inst.json().id });
    const counts = (await officer.get(`/api/subdivisions?orgId=${t.org.id}`))
      .json()
      .items.map((s: { name: string; employeeCount: number }) => [s.name, s.employeeCount]);
    expect(counts).toEqual([
      ['Правовое управление', 1],
      ['Управление архитектуры и градостроительства', 1],
    ]);
    const dupSub = await officer.post('/api/subdivisions', { orgId: inst.json().id, name: 'Руководство учреждения' });
    expect(dupSub.statusCode).toBe(409);
  });
});
