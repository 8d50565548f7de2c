import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { type Client, createTestOrg } from '../../test/test-app.js';

const gift = (over: Record<string, unknown> = {}) => ({
  receivedOn: '2024-05-06',
  eventName: 'Форум «Кузбасс-2024», Кемерово',
  giftName: 'Набор посуды',
  quantity: 1,
  declaredValue: 4500,
  ...over,
});

function upload(client: Client, url: string, name: string, content: Buffer) {
  const b = '----antikor';
  const payload = Buffer.concat([
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return client.request({
    method: 'POST',
    url,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${b}` },
  });
}

describe('journal engine', () => {
  it('numbers entries gaplessly under concurrent registration', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        officer.post('/api/journals/direct-line/entries', {
          data: { heldOn: '2024-06-03', host: `Глава округа ${i}`, format: 'in_person' },
          registeredOn: '2024-06-03',
        }),
      ),
    );
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    const numbers = results.map((r) => r.json().number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    // A failed registration does not burn a number.
    expect(
      (
        await officer.post('/api/journals/direct-line/entries', {
          data: { host: 'нет даты' },
          registeredOn: '2024-06-03',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await officer.post('/api/journals/direct-line/entries', {
          data: { heldOn: '2024-06-04', host: 'x', format: 'video' },
          registeredOn: '2024-06-04',
        })
      ).json().regNumber,
    ).toBe('25/2024');
    // Numbering restarts each year.
    expect(
      (
        await officer.post('/api/journals/direct-line/entries', {
          data: { heldOn: '2025-01-15', host: 'x', format: 'video' },
          registeredOn: '2025-01-15',
        })
      ).json().regNumber,
    ).toBe('1/2025');
  });

  it('lets an employee file a gift notification and follow it while the officer processes it', async () => {
    const t = await createTestOrg();
    const employee = await t.as('employee');
    const filed = await employee.post('/api/journals/gift-notice/entries', { employeeId: t.empB.id, data: gift() });
    expect(filed.statusCode).toBe(200);
    const entry = filed.json();
    expect(entry.employeeId).toBe(t.empA.id); // self-service files for oneself, whatever the request says
    expect(entry.subjectName).toContain('Петрова Анна Сергеевна');
    expect(entry.actions).toEqual([]);
    expect(entry.deadlines.map((d: { code: string }) => d.code)).toEqual(['notice', 'handover']);
    // An employee cannot back-date, nor file into a journal without self-service.
    expect(
      (await employee.post('/api/journals/gift-notice/entries', { data: gift(), registeredOn: '2024-01-01' }))
        .statusCode,
    ).toBe(403);
    expect((await employee.post('/api/journals/court-case/entries', { party: 'x', data: {} })).statusCode).toBe(403);

    const officer = await t.as('anticorruption_officer');
    const step = await officer.post(`/api/journal-entries/${entry.id}/transitions`, {
      action: 'hand_over',
      data: { handoverAct: 'Акт № 1', handedOverOn: '2024-05-08' },
    });
    expect(step.json().status).toBe('handed_over');
    expect(step.json().deadlines.find((d: { code: string }) => d.code === 'handover').metAt).not.toBeNull();
    const mine = (await employee.get('/api/journals/gift-notice/entries')).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0].statusLabel).toBe('Передан на хранение');
    // A gift over 3 000 ₽ cannot be left with the person (ГК РФ ст. 575).
    const other = (
      await officer.post('/api/journals/gift-notice/entries', {
        employeeId: t.empA.id,
        data: gift({ declaredValue: 5200 }),
      })
    ).json();
    const retain = await officer.post(`/api/journal-entries/${other.id}/transitions`, { action: 'retain' });
    expect(retain.statusCode).toBe(409);
    expect(retain.json().message).toMatch(/3 000/);
    // The employee cannot move it themselves.
    expect(
      (
        await employee.post(`/api/journal-entries/${entry.id}/transitions`, {
          action: 'value',
          data: { assessedValue: 4000, valuedOn: '2024-05-20' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it("keeps an inducement notice from the notifier's department head, and shows it to the officer", async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const e = (
      await officer.post('/api/journals/inducement-notice/entries', {
        employeeId: t.empB.id,
        data: {
          approachedAt: '2024-06-11T08:00:00Z',
          approachPlace: 'Кабинет 12',
          inducers: 'Неизвестный представитель ООО «Строй»',
          essence: 'Предложено ускорить выдачу разрешения на строительство',
          method: 'bribe',
        },
      })
    ).json();
    const executor = await t.as('responsible_executor'); // head of the notifier's subdivision
    expect((await executor.get(`/api/journal-entries/${e.id}`)).statusCode).toBe(404);
    expect((await executor.get('/api/journals/inducement-notice/entries')).statusCode).toBe(403);
    // Non-confidential journals of their subdivision are visible to them.
    const coi = (
      await officer.post('/api/journals/coi-notice/entries', {
        employeeId: t.empB.id,
        data: { circumstances: 'Брат — учредитель подрядчика', affectedDuties: 'Приёмка работ' },
      })
    ).json();
    expect((await executor.get(`/api/journal-entries/${coi.id}`)).statusCode).toBe(200);
    const legal = await t.as('legal');
    expect((await legal.get(`/api/journal-entries/${coi.id}`)).statusCode).toBe(404);
  });

  it('finds entries by Russian word forms, filters by status and period, pages, exports and prints', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    await officer.post('/api/journals/outside-work-notice/entries', {
      employeeId: t.empA.id,
      registeredOn: '2024-02-01',
      data: {
        contractType: 'civil',
        employerName: 'ФГБОУ ВО «Кемеровский государственный университет»',
        workKind: 'teaching',
        duties: 'Преподавание курса муниципального права студентам',
        workStart: '2024-02-15',
      },
    });
    await officer.post('/api/journals/outside-work-notice/entries', {
      employeeId: t.empB.id,
      registeredOn: '2024-03-05',
      data: {
        contractType: 'employment',
        employerName: 'ООО «Бухгалтер плюс»',
        workKind: 'accounting',
        duties: 'Ведение бухгалтерского учёта',
        workStart: '2024-04-01',
      },
    });
    const search = async (q: string) =>
      (await officer.get(`/api/journals/outside-work-notice/entries?q=${encodeURIComponent(q)}`)).json();
    expect((await search('преподаванию')).items.map((e: { subjectName: string }) => e.subjectName)).toEqual([
      expect.stringContaining('Петрова'),
    ]);
    expect((await search('университета')).total).toBe(1);
    expect((await search('2/2024')).items[0].data.employerName).toContain('Бухгалтер');
    expect(
      (await officer.get('/api/journals/outside-work-notice/entries?from=2024-03-01&to=2024-03-31')).json().total,
    ).toBe(1);
    expect(
      (
        await officer.get('/api/journals/outside-work-notice/entries?status=registered&sort=number&pageSize=1&page=2')
      ).json(),
    ).toMatchObject({ total: 2, items: [{ regNumber: '2/2024' }] });
    expect((await officer.get('/api/journals/outside-work-notice/entries?status=bogus')).json().total).toBe(0);

    const xlsx = await officer.get('/api/journals/outside-work-notice/export.xlsx?year=2024');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(String(ws.getRow(1).getCell(1).value)).toContain('за 2024 год');
    expect(ws.getRow(2).values).toEqual(
      expect.arrayContaining([
        'Регистрационный номер',
        'Организация (лицо), где будет выполняться работа',
        'Вид деятельности',
      ]),
    );
    expect(ws.getRow(3).values).toEqual(expect.arrayContaining(['1/2024', 'Педагогическая']));

    const docx = await officer.get('/api/journals/outside-work-notice/print.docx?from=2024-01-01&to=2024-12-31');
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Журнал регистрации уведомлений о намерении выполнять иную оплачиваемую работу');
    expect(xml).toContain('Всего записей: 2');
    const first = (await search('университет')).items[0];
    const form = await officer.get(`/api/journal-entries/${first.id}/print.docx`);
    const formXml = await (await JSZip.loadAsync(form.rawPayload)).file('word/document.xml')!.async('string');
    expect(formXml).toContain(
      'Уведомление представителя нанимателя (работодателя) о намерении выполнять иную оплачиваемую работу',
    );
    expect(formXml).toContain('15.02.2024');
  });

  it('validates registration input in Russian and changes nothing', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const bad = await officer.post('/api/journals/gift-notice/entries', {
      employeeId: t.empA.id,
      data: { receivedOn: '2024-13-01', giftName: '', quantity: 'два', colour: 'red' },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['receivedOn', 'giftName', 'quantity', 'eventName', 'colour']));
    expect(bad.json().details.find((d: { field: string }) => d.field === 'giftName').message).toBe(
      '«Наименование подарка»: обязательное поле',
    );
    expect((await officer.post('/api/journals/gift-notice/entries', { data: gift() })).json().details[0].field).toBe(
      'employeeId',
    );
    expect((await officer.post('/api/journals/no-such-journal/entries', { data: {} })).statusCode).toBe(404);
    expect(
      (
        await officer.post('/api/journals/gift-notice/entries', {
          employeeId: t.empA.id,
          data: gift(),
          registeredOn: '2099-01-01',
        })
      ).statusCode,
    ).toBe(400);
    expect((await officer.get('/api/journals/gift-notice/entries')).json().total).toBe(0);
    const e = (await officer.post('/api/journals/gift-notice/entries', { employeeId: t.empA.id, data: gift() })).json();
    expect((await officer.post(`/api/journal-entries/${e.id}/transitions`, { action: 'fly_away' })).statusCode).toBe(
      400,
    );
    expect((await officer.get(`/api/journal-entries/${e.id}`)).json().status).toBe('registered');
  });

  it('stores attachments with checksums, refuses wrong types and oversize files, and audits downloads', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const e = (await officer.post('/api/journals/gift-notice/entries', { employeeId: t.empA.id, data: gift() })).json();
    const pdf = Buffer.from('%PDF-1.4\n% тестовый чек\n');
    const ok = await upload(officer, `/api/journal-entries/${e.id}/attachments`, 'чек.pdf', pdf);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await upload(officer, `/api/journal-entries/${e.id}/attachments`, 'чек-копия.pdf', pdf)).statusCode).toBe(
      409,
    );
    const fake = await upload(
      officer,
      `/api/journal-entries/${e.id}/attachments`,
      'вирус.pdf',
      Buffer.from('MZ this is not a pdf'),
    );
    expect(fake.statusCode).toBe(400);
    expect(fake.json().message).toMatch(/не соответствует/);
    expect(
      (await upload(officer, `/api/journal-entries/${e.id}/attachments`, 'setup.exe', Buffer.from('MZ'))).statusCode,
    ).toBe(400);
    const big = await upload(
      officer,
      `/api/journal-entries/${e.id}/attachments`,
      'big.txt',
      Buffer.alloc(21 * 1024 * 1024, 0x41),
    );
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('PAYLOAD_TOO_LARGE');
    const card = (await officer.get(`/api/journal-entries/${e.id}`)).json();
    expect(card.attachments).toHaveLength(1);
    const dl = await officer.get(`/api/journal-attachments/${card.attachments[0].id}`);
    expect(dl.rawPayload.equals(pdf)).toBe(true);
    const comment = await officer.post(`/api/journal-entries/${e.id}/comments`, { text: 'Запрошен кассовый чек' });
    expect(comment.json().authorName).toBe('Тест anticorruption_officer');
    const history = (await officer.get(`/api/journal-entries/${e.id}/history`))
      .json()
      .items.map((h: { type: string }) => h.type);
    expect(history).toEqual(
      expect.arrayContaining([
        'journal.registered',
        'journal.attachment_added',
        'journal.attachment_read',
        'journal.comment_added',
      ]),
    );
  });

  it("collects deadlines into «Сроки», counts them by the organisation's own rules, and lists them on the home page", async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const late = (
      await officer.post('/api/journals/coi-notice/entries', {
        employeeId: t.empA.id,
        registeredOn: '2024-12-25',
        data: { circumstances: 'Супруга — директор поставщика', affectedDuties: 'Подготовка закупок' },
      })
    ).json();
    const overdue = (await officer.get('/api/deadlines?state=overdue')).json();
    expect(overdue.items.map((d: { entryId: string }) => d.entryId)).toContain(late.id);
    expect(overdue.items[0]).toMatchObject({
      journalTitle: 'Конфликт интересов',
      dueDate: '2025-01-14',
      state: 'overdue',
    });
    expect(overdue.items[0].explanation).toContain('14.01.2025');
    const home = (await officer.get('/api/home/attention')).json();
    expect(
      home.items.some((i: { severity: string; link: string }) => i.severity === 'overdue' && i.link.endsWith(late.id)),
    ).toBe(true);
    // The municipal act says 5 working days: the organisation overrides the rule, new entries follow it.
    const put = await officer.request({
      method: 'PUT',
      url: '/api/journals/coi-notice/settings',
      payload: {
        deadlineOverrides: {
          'coi.motivated_conclusion': {
            kind: 'working_days',
            amount: 5,
            shift: 'next',
            basis: 'Порядок администрации, п. 12',
            description: '5 рабочих дней со дня поступления',
          },
        },
      },
    });
    expect(put.statusCode).toBe(200);
    const next = (
      await officer.post('/api/journals/coi-notice/entries', {
        employeeId: t.empA.id,
        registeredOn: '2024-12-25',
        data: { circumstances: 'x', affectedDuties: 'y' },
      })
    ).json();
    expect(next.deadlines[0]).toMatchObject({ dueDate: '2025-01-10', basis: 'Порядок администрации, п. 12' });
    // Open entries registered before the change follow the new terms too.
    expect((await officer.get(`/api/journal-entries/${late.id}`)).json().deadlines[0]).toMatchObject({
      dueDate: '2025-01-10',
      basis: 'Порядок администрации, п. 12',
    });
    const legal = await t.as('legal');
    expect(
      (
        await legal.request({
          method: 'PUT',
          url: '/api/journals/coi-notice/settings',
          payload: { deadlineOverrides: {} },
        })
      ).statusCode,
    ).toBe(403);
  });

  it("takes the organisation's own extra fields, validated like the built-in ones", async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const put = await officer.request({
      method: 'PUT',
      url: '/api/journals/outside-work-notice/settings',
      payload: {
        deadlineOverrides: {},
        extraFields: [{ key: 'hoursPerWeek', label: 'Часов в неделю', type: 'integer', required: true, inList: true }],
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const clash = await officer.request({
      method: 'PUT',
      url: '/api/journals/outside-work-notice/settings',
      payload: { deadlineOverrides: {}, extraFields: [{ key: 'duties', label: 'Дубль', type: 'text' }] },
    });
    expect(clash.statusCode).toBe(400);
    const defs = (await officer.get('/api/journals')).json().items;
    expect(defs.find((d: { code: string }) => d.code === 'outside-work-notice').fields.at(-1)).toMatchObject({
      key: 'hoursPerWeek',
      label: 'Часов в неделю',
    });
    const data = {
      contractType: 'civil',
      employerName: 'КемГУ',
      workKind: 'teaching',
      duties: 'Лекции',
      workStart: '2024-09-01',
    };
    const missing = await officer.post('/api/journals/outside-work-notice/entries', { employeeId: t.empA.id, data });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details[0]).toMatchObject({ field: 'hoursPerWeek', message: '«Часов в неделю»: число' });
    const ok = await officer.post('/api/journals/outside-work-notice/entries', {
      employeeId: t.empA.id,
      data: { ...data, hoursPerWeek: 6 },
    });
    expect(ok.json().data.hoursPerWeek).toBe(6);
    // Another organisation keeps the federal form.
    const other = await createTestOrg();
    const otherOfficer = await other.as('anticorruption_officer');
    expect(
      (await otherOfficer.post('/api/journals/outside-work-notice/entries', { employeeId: other.empA.id, data }))
        .statusCode,
    ).toBe(200);
  });
});
