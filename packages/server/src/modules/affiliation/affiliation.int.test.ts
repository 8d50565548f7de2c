import { withInnCheckDigits } from '@antikor/engines/affiliation';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type Client, createTestOrg, type TestOrg } from '../../test/test-app.js';

const header =
  'id,company_inn,company_name,role,last_name,first_name,middle_name,birth_date,inn,phones,emails,addresses';
const sisterInn = withInnCheckDigits('4205123456');
const vectorInn = withInnCheckDigits('420500111');
const romashkaInn = withInnCheckDigits('420500222');

function upload(client: Client, url: string, data: Buffer | string, filename: string) {
  const boundary = '----antikor-aff';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request({
    method: 'POST',
    url,
    payload: body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

/** Employee B's sister directs «ООО Вектор»; «ООО Ромашка» uses the sister's mobile; «ООО Дуб» is unrelated. */
async function setUp(t: TestOrg) {
  const hr = await t.as('hr_officer');
  const rel = await hr.post(`/api/employees/${t.empB.id}/relatives`, {
    relation: 'sister',
    person: {
      lastName: 'Сидорова',
      firstName: 'Мария',
      middleName: 'Ивановна',
      birthDate: '1983-03-03',
      inn: sisterInn,
      phones: ['+7 (913) 555-12-34'],
      addresses: ['г. Кемерово, ул. Весенняя, д. 5, кв. 12'],
    },
  });
  expect(rel.statusCode).toBe(200);
  const csv = [
    header,
    `v1,${vectorInn},ООО «Вектор»,director,СИДОРОВА,Мария,Ивановна,03.03.1983,,,,`,
    `v2,${vectorInn},ООО «Вектор»,founder,Кузьмин,Пётр,Олегович,1970-01-01,,,,`,
    `r1,${romashkaInn},ООО «Ромашка»,contact,,,,,,8 913 555 12 34,,`,
    `d1,${withInnCheckDigits('420500333')},"ООО ""Дуб""",director,Лебедев,Антон,Сергеевич,12.12.1977,,,,`,
  ].join('\n');
  return { csv, relativeId: rel.json().id as string };
}

describe('affiliation: counterparties, checks and the review queue', () => {
  it('imports counterparties (preview, commit, idempotent), runs a check and queues the planted links with evidence', async () => {
    const t = await createTestOrg();
    const { csv } = await setUp(t);
    const officer = await t.as('anticorruption_officer');

    const preview = await upload(officer, '/api/affiliation/counterparties/preview', csv, 'counterparties.csv');
    expect(preview.statusCode).toBe(200);
    expect(preview.json().summary).toMatchObject({ create: 4, update: 0, unchanged: 0, errors: 0, companies: 3 });
    expect((await officer.get('/api/affiliation/counterparties')).json().total).toBe(0); // preview wrote nothing

    const commit = await upload(officer, '/api/affiliation/counterparties/commit', csv, 'counterparties.csv');
    expect(commit.statusCode).toBe(200);
    const result = commit.json();
    expect(result).toMatchObject({ created: 4, updated: 0, unchanged: 0 });
    expect(result.run).toMatchObject({ number: 1, trigger: 'import', counterpartyCount: 4, newCount: 2 });
    expect(result.run.params).toMatchObject({ minScore: 0.5, scope: 'all' });

    const queue = (await officer.get('/api/affiliation/links')).json();
    expect(queue.total).toBe(2);
    const director = queue.items.find(
      (l: { counterparty: { companyName: string } }) => l.counterparty.companyName === 'ООО «Вектор»',
    );
    expect(director).toMatchObject({
      status: 'new',
      basis: 'same-person',
      employee: { id: t.empB.id },
      person: { relation: 'sister', name: 'Сидорова Мария Ивановна' },
      counterparty: { role: 'director', roleLabel: 'руководитель' },
    });
    expect(director.score).toBeGreaterThanOrEqual(0.5);
    const phone = queue.items.find(
      (l: { counterparty: { companyName: string } }) => l.counterparty.companyName === 'ООО «Ромашка»',
    );
    expect(phone).toMatchObject({ basis: 'shared-contact', person: { relation: 'sister' } });

    const card = (await officer.get(`/api/affiliation/links/${director.id}`)).json();
    expect(card.path.map((s: { kind: string }) => s.kind)).toEqual(['employee', 'relative', 'role', 'company']);
    expect(card.evidence.fields.find((f: { field: string }) => f.field === 'birth_date')).toMatchObject({
      outcome: 'agree',
      how: 'exact',
    });
    expect(card.summary).toMatch(/дата рождения/);
    expect(card.allowed).toEqual(['needs_check', 'confirmed', 'rejected', 'referred']);

    // The same file again changes nothing and starts no check.
    const again = (await upload(officer, '/api/affiliation/counterparties/commit', csv, 'counterparties.csv')).json();
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4, run: null });
    expect((await officer.get('/api/affiliation/runs')).json().total).toBe(1);

    const home = (await officer.get('/api/home/attention')).json().items;
    expect(home.find((i: { id: string }) => i.id === 'affiliation.new')).toMatchObject({
      title: 'Новые связи для рабочей группы: 2',
      link: '/affiliation?status=new',
    });

    const audit = (await officer.get(`/api/audit?entityId=${director.id}`)).json();
    expect(audit.items.map((a: { type: string }) => a.type)).toContain('affiliation.link_read');
  });

  it('names the file, row and column of every bad row and writes nothing; takes Excel with Russian headers', async () => {
    const t = await createTestOrg();
    await setUp(t);
    const officer = await t.as('anticorruption_officer');
    const bad = [
      header,
      `x1,12345,ООО «Плохой ИНН»,director,Иванов,Иван,,01.01.1980,,,,`,
      `x2,,,director,Иванов,Иван,,,,,,`,
      `x3,${vectorInn},ООО «Вектор»,бухгалтер,Иванов,Иван,,31.02.1980,12ab,,not-an-email,`,
      `x1,${vectorInn},ООО «Вектор»,founder,Петров,Пётр,,,,,,`,
      `x5,${vectorInn},ООО «Вектор»,founder,Петров`,
    ].join('\n');
    const res = await upload(officer, '/api/affiliation/counterparties/commit', bad, 'контрагенты.csv');
    expect(res.statusCode).toBe(422);
    const details = res.json().details as { file: string; row: number; field: string; message: string }[];
    const at = (row: number, field: string) => details.find((d) => d.row === row && d.field === field);
    expect(at(2, 'company_inn')?.message).toMatch(/10 цифр/);
    expect(at(3, 'company_inn')?.message).toMatch(/ИНН или наименование/);
    expect(at(4, 'role')?.message).toMatch(/бухгалтер/);
    expect(at(4, 'birth_date')?.message).toMatch(/не дата/);
    expect(at(4, 'inn')).toBeDefined();
    expect(at(4, 'emails')).toBeDefined();
    expect(at(5, 'id')?.message).toMatch(/строке 2/);
    expect(at(6, 'строка')?.message).toMatch(/5 значений/);
    expect(details.every((d) => d.file === 'контрагенты.csv')).toBe(true);
    expect((await officer.get('/api/affiliation/counterparties')).json().total).toBe(0);
    expect((await officer.get('/api/affiliation/runs')).json().total).toBe(0);

    const noId = await upload(
      officer,
      '/api/affiliation/counterparties/preview',
      'company_inn,company_name\n1,2\n',
      'c.csv',
    );
    expect(noId.json().errors[0]).toMatchObject({ row: 1, field: 'id' });
    const txt = await upload(officer, '/api/affiliation/counterparties/preview', 'x', 'c.txt');
    expect(txt.statusCode).toBe(400);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Контрагенты');
    ws.addRow([
      'Идентификатор строки',
      'ИНН организации',
      'Наименование организации',
      'Роль',
      'Фамилия',
      'Имя',
      'Отчество',
      'Дата рождения',
      'ИНН лица',
      'Телефоны',
      'E-mail',
      'Адреса',
    ]);
    ws.addRow([
      'e1',
      vectorInn,
      'ООО «Вектор»',
      'Генеральный директор',
      'Сидорова',
      'Мария',
      'Ивановна',
      new Date(Date.UTC(1983, 2, 3)),
      '',
      '',
      '',
      '',
    ]);
    ws.addRow(['e2', romashkaInn, 'ООО «Ромашка»', 'учредитель', 'Орлов', 'Игорь', '', '13.13.1990', '', '', '', '']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const xlBad = await upload(officer, '/api/affiliation/counterparties/commit', xlsx, 'контрагенты.xlsx');
    expect(xlBad.statusCode).toBe(422);
    expect(xlBad.json().details).toEqual([
      { file: 'контрагенты.xlsx', row: 3, field: 'Дата рождения', message: expect.stringMatching(/не дата/) },
    ]);
    ws.getRow(3).getCell(8).value = '13.12.1990';
    const xlGood = await upload(
      officer,
      '/api/affiliation/counterparties/commit',
      Buffer.from(await wb.xlsx.writeBuffer()),
      'контрагенты.xlsx',
    );
    expect(xlGood.statusCode).toBe(200);
    expect(xlGood.json()).toMatchObject({ created: 2, run: { newCount: 1 } });
  });

  it('keeps a decision while the evidence is the same and reopens the link when it changes', async () => {
    const t = await createTestOrg();
    const { csv } = await setUp(t);
    const officer = await t.as('anticorruption_officer');
    await upload(officer, '/api/affiliation/counterparties/commit', csv, 'counterparties.csv');
    const items = (await officer.get('/api/affiliation/links')).json().items;
    const director = items.find((l: { counterparty: { role: string } }) => l.counterparty.role === 'director');
    const phone = items.find((l: { basis: string }) => l.basis === 'shared-contact');

    const noReason = await officer.post(`/api/affiliation/links/${phone.id}/decision`, { status: 'rejected' });
    expect(noReason.statusCode).toBe(400);
    const rejected = await officer.post(`/api/affiliation/links/${phone.id}/decision`, {
      status: 'rejected',
      comment: 'Телефон передан компании после смены номера сестрой',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      comment: 'Телефон передан компании после смены номера сестрой',
      allowed: ['needs_check'],
    });
    // Referred without an outside case number: the commission's case opens from the link (Указ № 821, п. 16 «в»).
    const referred = (
      await officer.post(`/api/affiliation/links/${director.id}/decision`, {
        status: 'referred',
        comment: 'Сестра — директор поставщика',
      })
    ).json();
    expect(referred).toMatchObject({ status: 'referred', allowed: [] });
    expect(referred.caseRef).toMatch(/^Вопрос комиссии № \d+\/\d{4}$/);
    const cases = (await officer.get('/api/commission/cases?pageSize=50')).json().items as {
      sourceKind: string;
      ground: string;
      summary?: string;
    }[];
    expect(cases.filter((c) => c.sourceKind === 'affiliation_link')).toHaveLength(1);
    expect(cases.find((c) => c.sourceKind === 'affiliation_link')?.ground).toBe('16v');
    const final = await officer.post(`/api/affiliation/links/${director.id}/decision`, { status: 'confirmed' });
    expect(final.statusCode).toBe(409);

    // A new check with the same data keeps both decisions.
    const run2 = (await officer.post('/api/affiliation/runs', {})).json();
    expect(run2).toMatchObject({ number: 2, trigger: 'manual', newCount: 0, reopenedCount: 0, linkCount: 2 });
    expect((await officer.get('/api/affiliation/links?status=open')).json().total).toBe(0);

    // Ромашка now also gives the sister's address: new evidence, the rejected link returns to the queue.
    const changed = csv.replace(
      `r1,${romashkaInn},ООО «Ромашка»,contact,,,,,,8 913 555 12 34,,`,
      `r1,${romashkaInn},ООО «Ромашка»,contact,,,,,,8 913 555 12 34,,"Кемерово г, Весенняя ул, 5-12"`,
    );
    const re = (
      await upload(officer, '/api/affiliation/counterparties/commit', changed, 'counterparties-2.csv')
    ).json();
    expect(re).toMatchObject({ updated: 1, unchanged: 3, run: { reopenedCount: 1 } });
    const card = (await officer.get(`/api/affiliation/links/${phone.id}`)).json();
    expect(card.status).toBe('new');
    expect(card.events.map((e: { kind: string }) => e.kind)).toEqual(['found', 'decided', 'reopened']);
    expect((await officer.get(`/api/affiliation/links/${director.id}`)).json().status).toBe('referred');

    const xlsx = await officer.get('/api/affiliation/links/export.xlsx?status=all');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(2).getCell(3).value).toBe('Сотрудник');
    expect(sheet.rowCount).toBe(4);
  });

  it("takes suppliers from the procurement register: an entrepreneur who is a relative, a company with a relative's phone", async () => {
    const t = await createTestOrg();
    await setUp(t);
    const officer = await t.as('anticorruption_officer');
    const procure = async (n: number, supplier: Record<string, string>) => {
      const e = (
        await officer.post('/api/journals/procurement/entries', {
          data: {
            noticeNumber: `01393000001250000${n}`,
            noticeOn: '2025-03-10',
            method: 'e_quotation',
            object: 'Ремонт кабинета',
            customer: 'Администрация',
            initialPrice: 500000,
          },
        })
      ).json();
      const r = await officer.post(`/api/journal-entries/${e.id}/transitions`, { action: 'determine', data: supplier });
      expect(r.statusCode, r.body).toBe(200);
      await officer.post(`/api/journal-entries/${e.id}/transitions`, {
        action: 'contract',
        data: { contractNumber: `K-${n}`, contractOn: '2025-03-28', contractPrice: 480000 },
      });
      return e.id as string;
    };
    // The sister is an individual entrepreneur under her personal ИНН; another company answers on her mobile.
    const ip = await procure(1, { supplierName: 'ИП Сидорова Мария Ивановна', supplierInn: sisterInn });
    await procure(2, {
      supplierName: 'ООО «Север»',
      supplierInn: withInnCheckDigits('420500444'),
      supplierPhone: '8 (913) 555-12-34',
    });
    const run = (await officer.post('/api/affiliation/runs', {})).json();
    expect(run.linkCount).toBeGreaterThanOrEqual(2);
    const links = (await officer.get('/api/affiliation/links?status=open')).json().items as {
      id: string;
      counterparty: { companyName: string; source: string };
    }[];
    const viaIp = links.find((l) => l.counterparty.companyName === 'ИП Сидорова Мария Ивановна');
    expect(viaIp?.counterparty.source).toBe('procurement');
    expect(links.some((l) => l.counterparty.companyName === 'ООО «Север»')).toBe(true);
    const card = (await officer.get(`/api/affiliation/links/${viaIp?.id}`)).json();
    expect(card.contracts).toEqual([
      expect.objectContaining({ entryId: ip, contractNumber: 'K-1', contractPrice: 480000 }),
    ]);
    expect(card.path.at(-1)).toMatchObject({ kind: 'contract', label: 'контракты: 1' });
  });

  it('checks a candidate against the loss-of-trust register and the counterparties', async () => {
    const t = await createTestOrg();
    const { csv } = await setUp(t);
    const officer = await t.as('anticorruption_officer');
    await upload(officer, '/api/affiliation/counterparties/commit', csv, 'counterparties.csv');
    const register = [
      'ФИО,Наименование органа (организации),Должность,"Положение нормативного правового акта",Дата и номер акта об увольнении,Дата включения в реестр',
      'Громов Виктор Павлович,Администрация города N,Начальник отдела,"ч. 1 ст. 27.1 Федерального закона № 25-ФЗ",12.03.2021 № 45-к,01.04.2021',
      'Лебедева Ольга Игоревна,МКУ «Служба заказчика»,Главный специалист,"ст. 13.1 Федерального закона № 273-ФЗ",20.10.2022 № 112,15.11.2022',
    ].join('\n');
    const imp = await upload(officer, '/api/affiliation/loss-of-trust/import', register, 'реестр.csv');
    expect(imp.statusCode).toBe(200);
    expect(imp.json()).toEqual({ created: 2, unchanged: 0, removed: 0, total: 2 });
    expect((await upload(officer, '/api/affiliation/loss-of-trust/import', register, 'реестр.csv')).json()).toEqual({
      created: 0,
      unchanged: 2,
      removed: 0,
      total: 2,
    });
    const list = (await officer.get('/api/affiliation/loss-of-trust?q=громов')).json();
    expect(list.items[0]).toMatchObject({
      lastName: 'Громов',
      actDate: '2021-03-12',
      actNumber: '45-к',
      includedOn: '2021-04-01',
    });

    const hit = (
      await officer.post('/api/affiliation/candidates', {
        lastName: 'Громов',
        firstName: 'Виктор',
        middleName: 'Павлович',
        birthDate: '1979-06-01',
        position: 'Главный специалист',
      })
    ).json();
    expect(hit.outcome).toBe('attention');
    expect(hit.register).toHaveLength(1);
    expect(hit.register[0]).toMatchObject({ kind: 'name-only', organisation: 'Администрация города N' });
    // A namesake by surname with a different first name is not a hit.
    const other = (
      await officer.post('/api/affiliation/candidates', {
        lastName: 'Громов',
        firstName: 'Андрей',
        birthDate: '1990-01-01',
      })
    ).json();
    expect(other).toMatchObject({ outcome: 'clear', register: [], counterparties: [] });
    // The director of «ООО Дуб» as a candidate: ban on entrepreneurship and management (25-ФЗ ст. 14).
    const director = (
      await officer.post('/api/affiliation/candidates', {
        lastName: 'Лебедев',
        firstName: 'Антон',
        middleName: 'Сергеевич',
        birthDate: '1977-12-12',
      })
    ).json();
    expect(director.counterparties[0]).toMatchObject({
      companyName: 'ООО "Дуб"',
      role: 'director',
      isBusinessRole: true,
    });
    expect((await officer.get(`/api/affiliation/candidates/${director.id}`)).json().name).toBe(
      'Лебедев Антон Сергеевич',
    );
    expect((await officer.get('/api/affiliation/candidates')).json().total).toBe(3);

    const badRegister = await upload(
      officer,
      '/api/affiliation/loss-of-trust/import',
      'ФИО,Должность\nИванов Иван,Специалист\n',
      'реестр.csv',
    );
    expect(badRegister.statusCode).toBe(422);
    expect(badRegister.json().details[0]).toMatchObject({ file: 'реестр.csv', row: 1 });
    const invalid = await officer.post('/api/affiliation/candidates', { lastName: '', firstName: 'Иван', inn: '123' });
    expect(invalid.statusCode).toBe(400);
  });

  it('shows profiles with their gaps and keeps the area to the officer', async () => {
    const t = await createTestOrg();
    const { csv } = await setUp(t);
    const officer = await t.as('anticorruption_officer');
    await upload(officer, '/api/affiliation/counterparties/commit', csv, 'counterparties.csv');
    const profiles = (await officer.get('/api/affiliation/profiles')).json();
    expect(profiles.summary).toMatchObject({ employees: 2, relatives: 1, withInn: 0 });
    expect(profiles.items[0]).toMatchObject({ employeeId: t.empB.id, openLinks: 2, relatives: 1, hasInn: false });
    const profile = (await officer.get(`/api/affiliation/profiles/${t.empB.id}`)).json();
    expect(profile.persons.map((p: { relation: string }) => p.relation)).toEqual(['self', 'sister']);
    expect(profile.persons[1]).toMatchObject({ inn: sisterInn, phones: ['+7 (913) 555-12-34'] });
    expect(profile.links).toHaveLength(2);
    const cps = (await officer.get('/api/affiliation/counterparties?q=вектор')).json();
    expect(cps.total).toBe(2);
    expect(cps.items.find((c: { role: string }) => c.role === 'director').linkCount).toBe(1);

    for (const role of ['hr_officer', 'responsible_executor', 'employee', 'legal'] as const) {
      const c = await t.as(role);
      expect((await c.get('/api/affiliation/links')).statusCode, role).toBe(403);
      expect((await upload(c, '/api/affiliation/counterparties/preview', csv, 'c.csv')).statusCode, role).toBe(403);
    }
    const types = (await officer.get('/api/audit?type=affiliation.')).json().items.map((a: { type: string }) => a.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'affiliation.counterparties_imported',
        'affiliation.run_completed',
        'affiliation.profile_read',
        'affiliation.counterparties_listed',
      ]),
    );
  });
});
