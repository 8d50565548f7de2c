import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestOrg } from '../../test/test-app.js';
import { docxText, upload } from './plan-test-helpers.js';

async function planWithMeasure(t: Awaited<ReturnType<typeof createTestOrg>>) {
  const officer = await t.as('anticorruption_officer');
  const plan = (
    await officer.post('/api/plans', {
      title: 'План противодействия коррупции в Тестовом округе на 2025-2027 годы',
      periodFrom: 2025,
      periodTo: 2027,
    })
  ).json();
  const section = (
    await officer.post(`/api/plans/${plan.id}/sections`, { number: '1', title: 'Конфликт интересов' })
  ).json();
  const measure = await officer.post(`/api/plans/${plan.id}/measures`, {
    sectionId: section.id,
    number: '1.6',
    text: 'Контроль исполнения обязанности уведомлять о выполнении иной оплачиваемой работы',
    executorsText: 'Отдел кадров; управление архитектуры и градостроительства',
    termText: 'Ежегодно до 30 апреля',
    units: [
      { kind: 'subdivision', id: t.subB.id },
      { kind: 'subdivision', id: t.subA.id },
    ],
  });
  expect(measure.statusCode, measure.body).toBe(201);
  return { officer, plan, section, measure: measure.json() };
}

describe('plan: measures, term rules and control dates', () => {
  it('reads the term as a rule and computes control dates per unit with the production calendar', async () => {
    const t = await createTestOrg();
    const { officer, plan, measure } = await planWithMeasure(t);
    expect(measure.termRule).toEqual({ kind: 'yearly', date: '04-30' });
    const detail = (await officer.get(`/api/plans/${plan.id}`)).json();
    expect(detail.sections[0].measures[0]).toMatchObject({
      number: '1.6',
      termDescription: 'Ежегодно до 30 апреля',
      units: [{ name: 'Управление архитектуры и градостроительства' }, { name: 'Правовое управление' }],
    });
    const dates = (await officer.get(`/api/plans/${plan.id}/control-dates?year=2025`)).json();
    expect(dates.items).toHaveLength(2);
    expect(dates.items.map((d: { date: string; state: string }) => [d.date, d.state])).toEqual([
      ['2025-04-30', 'overdue'],
      ['2025-04-30', 'overdue'],
    ]);
    // The executor of subdivision B sees only their own unit's date.
    const executor = await t.as('responsible_executor');
    const own = (await executor.get(`/api/plans/${plan.id}/control-dates?year=2025`)).json();
    expect(own.items.map((d: { unitName: string }) => d.unitName)).toEqual([
      'Управление архитектуры и градостроительства',
    ]);
    // Naming another unit does not widen what the executor sees.
    const other = (await executor.get(`/api/plans/${plan.id}/control-dates?year=2025&unitId=${t.subA.id}`)).json();
    expect(other.items).toEqual([]);
    const otherStatus = (await executor.get(`/api/plans/${plan.id}/execution?year=2025&unitId=${t.subA.id}`)).json();
    expect(otherStatus.measures).toEqual([]);
  });

  it('refuses bad measures with Russian messages and changes nothing', async () => {
    const t = await createTestOrg();
    const { officer, plan, section } = await planWithMeasure(t);
    const other = await createTestOrg('Чужая администрация');
    const bad = await officer.post(`/api/plans/${plan.id}/measures`, {
      sectionId: section.id,
      number: '1.7',
      text: 'Текст',
      executorsText: 'Кто-то',
      termText: 'Постоянно',
      units: [{ kind: 'subdivision', id: other.subA.id }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('не найдено');
    const dup = await officer.post(`/api/plans/${plan.id}/measures`, {
      sectionId: section.id,
      number: '1.6',
      text: 'Другое',
      executorsText: 'Кто-то',
      termText: 'Постоянно',
    });
    expect(dup.statusCode).toBe(409);
    const badNumber = await officer.post(`/api/plans/${plan.id}/measures`, {
      sectionId: section.id,
      number: 'первый',
      text: 'Другое',
      executorsText: 'Кто-то',
      termText: 'Постоянно',
    });
    expect(badNumber.statusCode).toBe(400);
    expect((await officer.get(`/api/plans/${plan.id}`)).json().sections[0].measures).toHaveLength(1);
    // An executor may not edit the plan.
    const executor = await t.as('responsible_executor');
    expect(
      (await executor.post(`/api/plans/${plan.id}/sections`, { number: '2', title: 'Раздел исполнителя' })).statusCode,
    ).toBe(403);
  });
});

describe('plan: execution reports of subdivisions', () => {
  it('executor writes, submits; officer returns with a comment; executor fixes; officer accepts', async () => {
    const t = await createTestOrg();
    const { officer, plan, measure } = await planWithMeasure(t);
    const executor = await t.as('responsible_executor');
    const put = (c: typeof executor, body: Record<string, unknown>) =>
      c.request({
        method: 'PUT',
        url: `/api/plans/${plan.id}/reports`,
        payload: { measureId: measure.id, year: 2025, quarter: 0, ...body },
      });

    // Not their unit: refused.
    expect((await put(executor, { unitId: t.subA.id, text: 'Чужой отчёт' })).statusCode).toBe(403);
    // An unknown indicator in the text is refused before anything is saved.
    const unknown = await put(executor, { unitId: t.subB.id, text: 'Поступило {{notices.outsidework}} уведомлений' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain('notices.outsidework');

    const draft = (
      await put(executor, {
        unitId: t.subB.id,
        text: 'Поступило {{notices.outsideWork|уведомление|уведомления|уведомлений}}.',
      })
    ).json();
    expect(draft).toMatchObject({ status: 'draft', version: 1 });
    // Two people editing: the second save with a stale version is refused.
    expect(
      (await put(executor, { unitId: t.subB.id, text: 'Правка 1, достаточно длинная', version: 1 })).statusCode,
    ).toBe(200);
    expect((await put(executor, { unitId: t.subB.id, text: 'Правка 2, устаревшая', version: 1 })).statusCode).toBe(409);

    const file = await upload(
      executor,
      `/api/execution-reports/${draft.id}/attachments`,
      'справка.txt',
      Buffer.from('Копии уведомлений'),
    );
    expect(file.statusCode, file.body).toBe(201);
    expect((await executor.post(`/api/execution-reports/${draft.id}/submit`)).json().status).toBe('submitted');
    expect((await put(executor, { unitId: t.subB.id, text: 'Правка после представления' })).statusCode).toBe(409);

    expect((await officer.post(`/api/execution-reports/${draft.id}/review`, { decision: 'return' })).statusCode).toBe(
      400,
    );
    expect((await executor.post(`/api/execution-reports/${draft.id}/review`, { decision: 'accept' })).statusCode).toBe(
      403,
    );
    const returned = (
      await officer.post(`/api/execution-reports/${draft.id}/review`, {
        decision: 'return',
        comment: 'Укажите число уведомлений',
      })
    ).json();
    expect(returned).toMatchObject({ status: 'returned', reviewComment: 'Укажите число уведомлений' });

    const fixed = (
      await put(executor, {
        unitId: t.subB.id,
        text: 'За год поступило {{notices.outsideWork|уведомление|уведомления|уведомлений}}.',
      })
    ).json();
    expect(fixed.status).toBe('returned');
    await executor.post(`/api/execution-reports/${draft.id}/submit`);
    expect(
      (await officer.post(`/api/execution-reports/${draft.id}/review`, { decision: 'accept' })).json().status,
    ).toBe('accepted');
    // A measure with an accepted report is not deleted: the report is the record of its execution.
    const del = await officer.del(`/api/plans/${plan.id}/measures/${measure.id}`);
    expect(del.statusCode).toBe(409);
    expect(del.json().message).toContain('нельзя удалить');

    // At a glance: measure × unit statuses; the other unit has not started.
    const status = (await officer.get(`/api/plans/${plan.id}/execution?year=2025`)).json();
    expect(status.dueDate).toBe('2025-12-25');
    expect(status.totals).toMatchObject({ accepted: 1, not_started: 1 });
    const units = status.measures[0].units;
    expect(units.map((u: { unitName: string; status: string }) => [u.unitName, u.status])).toEqual([
      ['Управление архитектуры и градостроительства', 'accepted'],
      ['Правовое управление', 'not_started'],
    ]);
    expect(units[0].attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['справка.txt']);
    // The accepted report's control date counts as done.
    const dates = (await officer.get(`/api/plans/${plan.id}/control-dates?year=2025`)).json();
    expect(dates.items.map((d: { state: string }) => d.state).sort()).toEqual(['done', 'overdue']);

    // The annual report carries the accepted text with the figure rendered from the journal.
    const notice = await officer.post('/api/journals/outside-work-notice/entries', {
      employeeId: t.empA.id,
      registeredOn: '2025-03-03',
      data: {
        contractType: 'civil',
        employerName: 'ФГБОУ ВО «КемГУ»',
        workKind: 'teaching',
        duties: 'Чтение лекций',
        workStart: '2025-04-01',
      },
    });
    expect(notice.statusCode, notice.body).toBe(200);
    const docx = await officer.post(`/api/plans/${plan.id}/annual-report`, { year: 2025 });
    expect(docx.statusCode, docx.body).toBe(200);
    const text = await docxText(docx.rawPayload);
    expect(text).toContain('Отчет за 2025 год');
    expect(text).toContain('о выполнении Плана противодействия коррупции в Тестовом округе на 2025-2027 годы');
    expect(text).toContain('За год поступило 1 уведомление.');
    expect(docx.headers['x-measures-without-text']).toBe('0');

    const xlsx = await officer.get(`/api/plans/${plan.id}/monitoring.xlsx?year=2025`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const row = wb.worksheets[0].getRow(3);
    expect(row.getCell(1).value).toBe('1.6');
    expect(String(row.getCell(4).value)).toContain('Правовое управление: Не начат');
    expect(String(row.getCell(5).value)).toContain('За год поступило 1 уведомление.');
  });

  it('concurrent first saves of one report make one report, not two', async () => {
    const t = await createTestOrg();
    const { officer, plan, measure } = await planWithMeasure(t);
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        officer.request({
          method: 'PUT',
          url: `/api/plans/${plan.id}/reports`,
          payload: { measureId: measure.id, unitId: t.subA.id, year: 2026, text: `Вариант ${i}` },
        }),
      ),
    );
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    const status = (await officer.get(`/api/plans/${plan.id}/execution?year=2026`)).json();
    expect(status.totals).toMatchObject({ draft: 1, not_started: 1 });
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
  });
});

describe('plan: home page items', () => {
  it('tells the unit its yearly report is due and the officer what waits for review', async () => {
    const t = await createTestOrg();
    const { officer, plan, measure } = await planWithMeasure(t);
    const executor = await t.as('responsible_executor');
    const year = new Date().getFullYear();
    const dueSoon = new Date() >= new Date(`${year}-11-25`);
    const attention = async (c: typeof executor) =>
      ((await c.get('/api/home/attention')).json().items as { id: string; title: string }[]).filter((i) =>
        i.id.startsWith('plan.'),
      );
    if (dueSoon)
      expect((await attention(executor)).map((i) => i.title)).toContain(
        `Отчёт об исполнении плана за ${year} год: не представлено мероприятий — 1`,
      );
    const report = (
      await executor.request({
        method: 'PUT',
        url: `/api/plans/${plan.id}/reports`,
        payload: { measureId: measure.id, unitId: t.subB.id, year, text: 'Уведомления зарегистрированы в журнале' },
      })
    ).json();
    await executor.post(`/api/execution-reports/${report.id}/submit`);
    expect((await attention(officer)).map((i) => i.title)).toContain('Отчёты подразделений ждут проверки: 1');
    await officer.post(`/api/execution-reports/${report.id}/review`, {
      decision: 'return',
      comment: 'Добавьте число уведомлений',
    });
    const items = await attention(executor);
    expect(items.map((i) => i.title)).toContain('Отчёт по мероприятию 1.6 возвращён на доработку');
  });
});

describe('plan: Excel export and import', () => {
  it('round-trips, is idempotent, and refuses a bad file naming row and column without changing anything', async () => {
    const t = await createTestOrg();
    const { officer, plan } = await planWithMeasure(t);
    const exported = await officer.get(`/api/plans/${plan.id}/export.xlsx`);
    expect(exported.statusCode).toBe(200);
    const copy = (await officer.post('/api/plans', { title: 'Копия плана', periodFrom: 2025, periodTo: 2027 })).json();
    const first = await upload(officer, `/api/plans/${copy.id}/import`, 'план.xlsx', exported.rawPayload);
    expect(first.json(), first.body).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await upload(officer, `/api/plans/${copy.id}/import`, 'план.xlsx', exported.rawPayload)).json()).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    const copied = (await officer.get(`/api/plans/${copy.id}`)).json();
    expect(copied.sections[0].measures[0]).toMatchObject({
      number: '1.6',
      termRule: { kind: 'yearly', date: '04-30' },
      units: [{ id: t.subB.id }, { id: t.subA.id }],
    });

    // A bad file: an unknown subdivision and a malformed number. Nothing is imported.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    ws.addRow([
      '1',
      'Конфликт интересов',
      '1.7',
      'Новое мероприятие',
      'Отдел',
      'Постоянно',
      '',
      'Отдел несуществующий',
    ]);
    ws.addRow(['1', 'Конфликт интересов', 'один', 'Ещё мероприятие', 'Отдел', 'Постоянно', '', '']);
    const bad = await upload(
      officer,
      `/api/plans/${copy.id}/import`,
      'план-ошибки.xlsx',
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(bad.statusCode).toBe(400);
    const details = bad.json().details as { file: string; row: number; field: string; message: string }[];
    expect(details).toContainEqual({
      file: 'план-ошибки.xlsx',
      row: 3,
      field: 'Подразделения, представляющие отчёт (через «;»)',
      message: 'Подразделение «Отдел несуществующий» не найдено в структуре организации',
    });
    expect(details.some((d) => d.row === 4 && d.field === '№ мероприятия')).toBe(true);
    expect((await officer.get(`/api/plans/${copy.id}`)).json().sections[0].measures).toHaveLength(1);
  });
});

describe('indicators', () => {
  it('takes hand-entered figures only for keys without a registry', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const put = (figures: unknown[]) =>
      officer.request({ method: 'PUT', url: '/api/manual-figures/2024', payload: { figures } });
    expect((await put([{ key: 'notices.gifts', value: 3 }])).statusCode).toBe(400);
    expect((await put([{ key: 'staff.acquainted', value: -1 }])).statusCode).toBe(400);
    expect((await put([{ key: 'staff.acquainted', value: 42, note: 'Листы ознакомления' }])).statusCode).toBe(200);
    const items = async () =>
      (await officer.get('/api/indicators/2024')).json().items as {
        key: string;
        value: number | null;
        source: string;
        note: string;
      }[];
    expect((await items()).find((i) => i.key === 'staff.acquainted')).toMatchObject({
      value: 42,
      source: 'manual',
      note: 'Листы ознакомления',
    });
    expect((await items()).find((i) => i.key === 'notices.gifts')).toMatchObject({ value: 0, source: 'computed' });
    await put([{ key: 'staff.acquainted', value: null }]);
    expect((await items()).find((i) => i.key === 'staff.acquainted')?.value).toBeNull();
    const executor = await t.as('responsible_executor');
    expect(
      (await executor.request({ method: 'PUT', url: '/api/manual-figures/2024', payload: { figures: [] } })).statusCode,
    ).toBe(403);
  });

  it('counts procurement from the register: notices, completed, contracts, prices, savings and percentage', async () => {
    const t = await createTestOrg();
    const contract = await t.as('anticorruption_officer');
    const procure = async (n: number, initialPrice: number, contractPrice: number | null, fail = false) => {
      const e = (
        await contract.post('/api/journals/procurement/entries', {
          data: {
            noticeNumber: `0139300000124${n}`,
            noticeOn: `2024-0${n}-10`,
            method: 'e_auction',
            object: 'Ремонт дороги',
            customer: 'Администрация',
            initialPrice,
          },
        })
      ).json();
      if (fail)
        return contract.post(`/api/journal-entries/${e.id}/transitions`, {
          action: 'fail',
          data: { failureReason: 'Нет заявок' },
        });
      await contract.post(`/api/journal-entries/${e.id}/transitions`, {
        action: 'determine',
        data: { supplierName: 'ООО «Дорога»', supplierInn: '4205001933' },
      });
      if (contractPrice !== null)
        await contract.post(`/api/journal-entries/${e.id}/transitions`, {
          action: 'contract',
          data: { contractNumber: `K-${n}`, contractOn: `2024-0${n}-28`, contractPrice },
        });
    };
    await procure(1, 1_000_000, 900_000);
    await procure(2, 2_500_000.5, 2_400_000.25);
    await procure(3, 700_000, null);
    await procure(4, 300_000, null, true);
    const items = (await contract.get('/api/indicators/2024')).json().items as { key: string; value: number }[];
    const v = Object.fromEntries(items.filter((i) => i.key.startsWith('procurement.')).map((i) => [i.key, i.value]));
    expect(v).toEqual({
      'procurement.notices': 4,
      'procurement.completed': 3,
      'procurement.contracts': 2,
      'procurement.initialPrice': 3500,
      'procurement.contractPrice': 3300,
      'procurement.savings': 200,
      'procurement.savingsPercent': 5.71,
    });
  });
});
