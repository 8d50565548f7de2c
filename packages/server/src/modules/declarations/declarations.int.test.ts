/**
 * The declaration campaign through HTTP: who must file (derived as of 31 December), import of «Справки БК»
 * packages (single, several, zip; duplicates; errors; «Уточнение» as a new version), status at a glance,
 * manual entry and correction, analysis findings with a reviewer's decision, publication under Decree 968,
 * the annual-report figures, need-to-know access and the audit trail.
 */
import { buildIncome } from '@antikor/engines/spravki-bk';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.js';
import { seedEmployee, seedOrganisation, seedPosition, seedRelative, seedSubdivision } from '../../seed/factories.js';
import { createTestOrg } from '../../test/test-app.js';
import { familyForms, multipart, packageBytes } from './declarations.test-helper.js';
import { declarationFigures } from './figures.js';

type Person = {
  id: string;
  role: string;
  lastName: string;
  status: string;
  declarationId: string | null;
  employeeId: string;
  scheduleDue: string | null;
};

async function setup() {
  const t = await createTestOrg('Администрация (декларации)');
  const { db, org } = t;
  const spouse = await seedRelative(db, {
    orgId: org.id,
    employeeId: t.empA.id,
    relation: 'spouse',
    person: { lastName: 'Петров', firstName: 'Олег', middleName: 'Иванович', birthDate: '1983-01-20' },
  });
  await seedRelative(db, {
    orgId: org.id,
    employeeId: t.empA.id,
    relation: 'son',
    person: { lastName: 'Петров', firstName: 'Иван', middleName: 'Олегович', birthDate: '2012-06-01' },
  });
  // 18 on 05.05.2024: an adult on the reporting date, files nothing.
  await seedRelative(db, {
    orgId: org.id,
    employeeId: t.empA.id,
    relation: 'daughter',
    person: { lastName: 'Петрова', firstName: 'Мария', middleName: 'Олеговна', birthDate: '2006-05-05' },
  });
  await seedRelative(db, {
    orgId: org.id,
    employeeId: t.empA.id,
    relation: 'mother',
    person: { lastName: 'Смирнова', firstName: 'Галина', middleName: 'Петровна', birthDate: '1958-02-02' },
  });
  const school = await seedOrganisation(db, { name: `МБОУ «Школа» ${t.tag}`, kind: 'institution', parentId: org.id });
  const schoolSub = await seedSubdivision(db, { orgId: school.id, name: 'Администрация школы' });
  const directorPos = await seedPosition(db, { orgId: school.id, subdivisionId: schoolSub.id, title: 'Директор' });
  const head = await seedEmployee(db, {
    orgId: school.id,
    positionId: directorPos.id,
    subdivisionId: schoolSub.id,
    kind: 'institution_head',
    person: { lastName: 'Кузнецова', firstName: 'Елена', middleName: 'Викторовна', birthDate: '1975-09-09' },
  });
  // Dismissed before the reporting date, hired after it, a worker outside the list: none must file.
  await seedEmployee(db, {
    orgId: org.id,
    positionId: t.posA.id,
    subdivisionId: t.subA.id,
    dismissedAt: '2024-06-30',
    person: { lastName: 'Уволенный', firstName: 'Пётр', birthDate: '1980-01-01' },
  });
  await seedEmployee(db, {
    orgId: org.id,
    positionId: t.posA.id,
    subdivisionId: t.subA.id,
    hiredAt: '2025-02-01',
    person: { lastName: 'Новиков', firstName: 'Андрей', birthDate: '1990-01-01' },
  });
  const driverPos = await seedPosition(db, { orgId: org.id, subdivisionId: t.subB.id, title: 'Водитель' });
  const driver = await seedEmployee(db, {
    orgId: org.id,
    positionId: driverPos.id,
    subdivisionId: t.subB.id,
    kind: 'worker',
    person: { lastName: 'Водителев', firstName: 'Семён', birthDate: '1970-03-03' },
  });
  return { ...t, spouse, school, head, driver };
}

const petrovaFamily = (year: number) =>
  familyForms(
    [
      {
        role: 'self',
        gender: 'female',
        lastName: 'Петрова',
        firstName: 'Анна',
        middleName: 'Сергеевна',
        birthDate: '1985-04-12',
      },
      {
        role: 'spouse',
        gender: 'male',
        lastName: 'Петров',
        firstName: 'Олег',
        middleName: 'Иванович',
        birthDate: '1983-01-20',
      },
      {
        role: 'minor_child',
        gender: 'male',
        lastName: 'Петров',
        firstName: 'Иван',
        middleName: 'Олегович',
        birthDate: '2012-06-01',
      },
    ],
    year,
    11,
  );
const sidorovForms = (year: number) => {
  const forms = familyForms(
    [
      {
        role: 'self',
        gender: 'male',
        lastName: 'Сидоров',
        firstName: 'Олег',
        middleName: 'Иванович',
        birthDate: '1979-11-02',
      },
    ],
    year,
    12,
  );
  // Teaching income (line 2) without a notification of other paid work in the journal.
  forms[0].incomes[1] = buildIncome('teaching_science', 120_000);
  forms[0].incomeTotal = Math.round(forms[0].incomes.reduce((s, i) => s + (i.amount ?? 0), 0) * 100) / 100;
  return forms;
};

describe('declaration campaign', () => {
  it('derives who must file, imports packages idempotently, tracks status, analyses and prepares publication', async () => {
    const t = await setup();
    const officer = await t.as('anticorruption_officer');

    // Only the anti-corruption officer starts a campaign; a year not yet over is refused.
    expect(
      (await (await t.as('hr_officer')).post('/api/declaration-campaigns', { reportingYear: 2024 })).statusCode,
    ).toBe(403);
    expect((await officer.post('/api/declaration-campaigns', { reportingYear: 2999 })).json().code).toBe('VALIDATION');
    const created = await officer.post('/api/declaration-campaigns', { reportingYear: 2024 });
    expect(created.statusCode).toBe(200);
    const campaign = created.json();
    // 30.04.2025 is a working day; the clarifying period ends a month later (Указ № 559 п. 8).
    expect(campaign).toMatchObject({ reportingYear: 2024, deadline: '2025-04-30', clarifyDeadline: '2025-05-30' });
    expect((await officer.post('/api/declaration-campaigns', { reportingYear: 2024 })).statusCode).toBe(409);

    const persons = async (query = '') =>
      (await officer.get(`/api/declaration-campaigns/${campaign.id}/persons?pageSize=100${query}`)).json()
        .items as Person[];
    const list = await persons();
    expect(list.map((p) => `${p.role}:${p.lastName}`).sort()).toEqual(
      ['minor_child:Петров', 'self:Кузнецова', 'self:Петрова', 'self:Сидоров', 'spouse:Петров'].sort(),
    );
    // The deadline has passed (the tests run after 2025): nobody filed yet, so everyone is missing.
    expect(new Set(list.map((p) => p.status))).toEqual(new Set(['missing']));
    expect(await declarationFigures(t.db, [t.org.id], 2025)).toEqual({
      dueMunicipal: 2,
      receivedMunicipal: 0,
      dueHeads: 1,
      receivedHeads: 0,
    });

    // Schedule: a date after the deadline is refused with the field named; a valid one shows per person.
    const badSchedule = await officer.request({
      method: 'PUT',
      url: `/api/declaration-campaigns/${campaign.id}/schedule`,
      payload: { items: [{ subdivisionId: t.subA.id, dueDate: '2025-05-15' }] },
    });
    expect(badSchedule.statusCode).toBe(400);
    expect(badSchedule.json().details[0].field).toBe('items.0.dueDate');
    const schedule = await officer.request({
      method: 'PUT',
      url: `/api/declaration-campaigns/${campaign.id}/schedule`,
      payload: {
        items: [
          { subdivisionId: t.subA.id, dueDate: '2025-04-10' },
          { subdivisionId: t.subB.id, dueDate: '2025-04-17' },
        ],
      },
    });
    expect(schedule.statusCode).toBe(200);
    expect((await persons('&role=self&q=Петрова'))[0].scheduleDue).toBe('2025-04-10');

    // Import: a package, a zip holding another package, and a file that is not a package — in one request.
    const zip = new JSZip();
    zip.file('Сидоров.xml', packageBytes(sidorovForms(2024), 'utf16'));
    const upload = multipart([
      { name: 'Петрова.xsb', data: packageBytes(petrovaFamily(2024)) },
      { name: 'отдел.zip', data: await zip.generateAsync({ type: 'nodebuffer' }) },
      { name: 'readme.txt', data: Buffer.from('не справка') },
      { name: 'Петрова-2023.xsb', data: packageBytes(petrovaFamily(2023)) },
    ]);
    const imported = await officer.request({
      method: 'POST',
      url: `/api/declaration-campaigns/${campaign.id}/packages?receivedOn=2025-04-15`,
      ...upload,
    });
    expect(imported.statusCode).toBe(200);
    const res = imported.json();
    expect(res.results.map((r: { file: string; status: string }) => `${r.file}:${r.status}`)).toEqual([
      'Петрова.xsb:imported',
      'отдел.zip!Сидоров.xml:imported',
      'readme.txt:error',
      'Петрова-2023.xsb:error',
    ]);
    expect(res.results[3].message).toBe('справка за 2023 год, а кампания — за 2024 год');
    expect(
      res.results[0].forms.map((f: { role: string; matchStatus: string }) => `${f.role}:${f.matchStatus}`),
    ).toEqual(['self:matched', 'spouse:matched', 'minor_child:matched']);

    // The same files again: duplicates, nothing new.
    const again = (
      await officer.request({
        method: 'POST',
        url: `/api/declaration-campaigns/${campaign.id}/packages?receivedOn=2025-04-16`,
        ...upload,
      })
    ).json();
    expect(again).toMatchObject({ imported: 0, duplicates: 2, errors: 2 });
    expect((await officer.get(`/api/declaration-campaigns/${campaign.id}/packages`)).json().total).toBe(2);

    // «Уточнение»: a clarifying package is a new version with the differences.
    const clarified = petrovaFamily(2024).map((p) => ({ ...p, isClarifying: true }));
    clarified[0].incomes[0] = { ...clarified[0].incomes[0], amount: (clarified[0].incomes[0].amount ?? 0) + 15_000 };
    clarified[0].incomeTotal += 15_000;
    const clar = (
      await officer.request({
        method: 'POST',
        url: `/api/declaration-campaigns/${campaign.id}/packages?receivedOn=2025-05-20`,
        ...multipart([{ name: 'Петрова-уточнение.xsb', data: packageBytes(clarified) }]),
      })
    ).json();
    expect(clar.results[0]).toMatchObject({ status: 'imported', isClarifying: true });
    expect(clar.results[0].forms[0]).toMatchObject({ role: 'self', version: 2 });
    expect(clar.results[0].forms[0].changes).toBeGreaterThan(0);

    const afterImport = await persons();
    const petrova = afterImport.find((p) => p.role === 'self' && p.lastName === 'Петрова')!;
    expect(petrova.status).toBe('clarified');
    expect(afterImport.find((p) => p.lastName === 'Сидоров')!.status).toBe('received');
    const card = (await officer.get(`/api/declarations/${petrova.declarationId}`)).json();
    expect(card.versions).toHaveLength(2);
    expect(
      card.versions[1].diff.some(
        (d: { section: string; field?: string }) => d.section === 'incomes' && d.field === 'amount',
      ),
    ).toBe(true);
    expect(card.family.map((f: { role: string }) => f.role).sort()).toEqual(['minor_child', 'spouse']);
    expect(card.currentForm.lastName).toBe('Петрова');

    // Manual entry for the head of the institution (paper form received late), then a correction.
    const head = afterImport.find((p) => p.lastName === 'Кузнецова')!;
    const form = {
      role: 'self',
      lastName: 'Кузнецова',
      firstName: 'Елена',
      middleName: 'Викторовна',
      birthDate: '1975-09-09',
      position: 'Директор',
      incomes: [{ line: 1, amount: 980_000 }],
      realEstate: [
        { kind: 'apartment', ownership: 'individual', area: 54.3, address: 'г. Кемерово, ул. Весенняя, д. 1' },
      ],
      vehicles: [{ type: 'Автомобиль легковой', make: 'KIA', model: 'Rio' }],
    };
    const badEntry = await officer.post(`/api/declaration-obligations/${head.id}/declaration`, {
      receivedOn: '2025-05-06',
      form: { ...form, incomes: [{ line: 1, amount: -5 }] },
    });
    expect(badEntry.statusCode).toBe(400);
    const entered = await officer.post(`/api/declaration-obligations/${head.id}/declaration`, {
      receivedOn: '2025-05-06',
      form,
    });
    expect(entered.statusCode).toBe(200);
    const corrected = await officer.request({
      method: 'PUT',
      url: `/api/declarations/${entered.json().declarationId}`,
      payload: { receivedOn: '2025-05-07', form: { ...form, incomes: [{ line: 1, amount: 990_000 }] } },
    });
    expect(corrected.json()).toMatchObject({ version: 2, changes: expect.any(Number) });
    expect((await persons('&q=Кузнецова'))[0].status).toBe('late');
    expect(await declarationFigures(t.db, [t.org.id], 2025)).toEqual({
      dueMunicipal: 2,
      receivedMunicipal: 2,
      dueHeads: 1,
      receivedHeads: 1,
    });
    expect(await declarationFigures(t.db, [t.org.id], 2024)).toEqual({
      dueMunicipal: 0,
      receivedMunicipal: 0,
      dueHeads: 0,
      receivedHeads: 0,
    });

    // Manual additions need a reason; exclusions too, and excluded persons are not due.
    expect(
      (
        await officer.post(`/api/declaration-campaigns/${campaign.id}/obligations`, {
          employeeId: t.driver.id,
          reason: '',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await officer.post(`/api/declaration-campaigns/${campaign.id}/obligations`, {
          employeeId: t.driver.id,
          reason: 'Распоряжение главы о включении в перечень от 10.01.2025 № 5',
        })
      ).json(),
    ).toEqual({ added: 1 });
    const driverRow = (await persons('&q=Водителев'))[0];
    expect(
      (await officer.post(`/api/declaration-obligations/${driverRow.id}/exclusion`, { excluded: true })).statusCode,
    ).toBe(400);
    expect(
      (
        await officer.post(`/api/declaration-obligations/${driverRow.id}/exclusion`, {
          excluded: true,
          reason: 'Призван на военную службу по мобилизации (Указ № 968)',
        })
      ).statusCode,
    ).toBe(200);
    const summary = (await officer.get(`/api/declaration-campaigns/${campaign.id}`)).json().summary;
    expect(summary.declarants).toMatchObject({
      total: 4,
      due: 3,
      filed: 3,
      excluded: 1,
      clarified: 1,
      late: 1,
      received: 1,
      missing: 0,
    });
    expect(summary.family).toMatchObject({ total: 2, filed: 2, clarified: 2 });
    expect(summary.byOrganisation.map((o: { counts: { due: number } }) => o.counts.due).sort()).toEqual([1, 2]);

    // A stranger's package is kept but shown as unmatched with the reason.
    const stranger = familyForms(
      [
        {
          role: 'self',
          gender: 'male',
          lastName: 'Чужой',
          firstName: 'Пётр',
          middleName: 'Ильич',
          birthDate: '1970-01-01',
        },
      ],
      2024,
      5,
    );
    await officer.request({
      method: 'POST',
      url: `/api/declaration-campaigns/${campaign.id}/packages?receivedOn=2025-04-20`,
      ...multipart([{ name: 'чужой.xml', data: packageBytes(stranger, 'utf8') }]),
    });
    const unmatched = (await officer.get(`/api/declaration-campaigns/${campaign.id}/unmatched`)).json().items;
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0].matchNotes[0]).toMatch(/не найден среди лиц, обязанных представить сведения/);

    // Analysis: teaching income without a notification of other paid work is found, with its evidence.
    const analysis = (await officer.post(`/api/declaration-campaigns/${campaign.id}/analysis`)).json();
    expect(analysis.families).toBe(4);
    const findings = (
      await officer.get(`/api/declaration-campaigns/${campaign.id}/findings?ruleCode=OTHER_PAID_WORK_NO_NOTICE`)
    ).json();
    const f = findings.items.find((x: { declarantName: string }) => x.declarantName === 'Сидоров Олег Иванович');
    expect(f).toBeDefined();
    expect(f.evidence.some((e: { value: unknown }) => String(e.value).includes('120'))).toBe(true);
    // Workflow: no jump from «new» to «explained»; a decision needs a note; re-analysis keeps it.
    expect(
      (await officer.post(`/api/declaration-findings/${f.id}/decision`, { status: 'explained', note: 'x' })).statusCode,
    ).toBe(409);
    expect(
      (await officer.post(`/api/declaration-findings/${f.id}/decision`, { status: 'under_review' })).statusCode,
    ).toBe(200);
    expect((await officer.post(`/api/declaration-findings/${f.id}/decision`, { status: 'explained' })).statusCode).toBe(
      400,
    );
    expect(
      (
        await officer.post(`/api/declaration-findings/${f.id}/decision`, {
          status: 'explained',
          note: 'Договор с КемГУ, уведомление представлено с опозданием — рассмотрено',
        })
      ).statusCode,
    ).toBe(200);
    await officer.post(`/api/declaration-campaigns/${campaign.id}/analysis`);
    const kept = (
      await officer.get(`/api/declaration-campaigns/${campaign.id}/findings?ruleCode=OTHER_PAID_WORK_NO_NOTICE`)
    )
      .json()
      .items.find((x: { id: string }) => x.id === f.id);
    expect(kept).toMatchObject({ status: 'explained', isCurrent: true });
    // Reopened and referred to the commission, the finding becomes the commission's case with itself as source.
    await officer.post(`/api/declaration-findings/${f.id}/decision`, { status: 'under_review' });
    const referred = (
      await officer.post(`/api/declaration-findings/${f.id}/decision`, {
        status: 'referred',
        note: 'Пояснения не приняты',
      })
    ).json();
    expect(referred.caseRegNumber).toMatch(/^\d+\/\d{4}$/);
    const cases = (await officer.get('/api/commission/cases?pageSize=50')).json().items as {
      sourceKind: string;
      regNumber: string;
    }[];
    expect(cases.find((c) => c.sourceKind === 'declaration_finding')?.regNumber).toBe(referred.caseRegNumber);
    const risk = (await officer.get(`/api/declaration-campaigns/${campaign.id}/risk`)).json();
    expect(risk.items).toHaveLength(4);

    // Publication: Decree 613 fields only, no family names; suspended by Decree 968 unless turned on.
    const pub = (await officer.get(`/api/declaration-campaigns/${campaign.id}/publication`)).json();
    expect(pub.state.enabled).toBe(false);
    expect(pub.rows.map((r: { name: string }) => r.name)).toEqual([
      'Кузнецова Елена Викторовна',
      'Петрова Анна Сергеевна',
      'Супруг (супруга)',
      'Несовершеннолетний ребёнок',
      'Сидоров Олег Иванович',
    ]);
    expect(JSON.stringify(pub.rows)).not.toMatch(/Весенняя|Олег Иванович Петров|Иван Олегович/);
    const docx = await officer.get(`/api/declaration-campaigns/${campaign.id}/publication.docx`);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect((await officer.get(`/api/declaration-campaigns/${campaign.id}/publication.xlsx`)).statusCode).toBe(200);
    expect((await officer.get(`/api/declaration-campaigns/${campaign.id}/publication.html`)).body).toContain(
      'Декларированный годовой доход',
    );
    const refused = (await officer.post(`/api/declaration-campaigns/${campaign.id}/publish`)).json();
    expect(refused.published).toBe(false);
    expect(refused.note).toContain('№ 968');
    await officer.request({
      method: 'PUT',
      url: '/api/declaration-settings',
      payload: { publicationEnabled: true, sampleSharePercent: 10 },
    });
    expect((await officer.post(`/api/declaration-campaigns/${campaign.id}/publish`)).json().published).toBe(true);

    // Need-to-know: the employee sees their own family's declarations and status, nobody else's.
    const employee = await t.as('employee');
    expect((await employee.get(`/api/declarations/${petrova.declarationId}`)).statusCode).toBe(200);
    const sidorov = afterImport.find((p) => p.lastName === 'Сидоров')!;
    expect((await employee.get(`/api/declarations/${sidorov.declarationId}`)).statusCode).toBe(404);
    expect((await employee.get('/api/declaration-campaigns')).statusCode).toBe(403);
    const mine = (await employee.get('/api/my-declarations')).json();
    expect(mine.items[0].persons.map((p: { status: string }) => p.status)).toEqual([
      'clarified',
      'clarified',
      'clarified',
    ]);
    expect((await (await t.as('admin')).get(`/api/declarations/${sidorov.declarationId}`)).statusCode).toBe(404);

    // Every view of someone's declaration and every import is in the audit log.
    const audit = await t.db
      .select({ type: auditLog.type, data: auditLog.data })
      .from(auditLog)
      .where(eq(auditLog.orgId, t.org.id));
    const types = audit.map((a) => a.type);
    // One record per import request (with every package it stored); the request with duplicates only stored nothing.
    const imports = audit
      .filter((a) => a.type === 'declaration.imported')
      .map((a) => (a.data.packages as { file: string }[]).map((p) => p.file));
    expect(imports).toEqual([['Петрова.xsb', 'отдел.zip!Сидоров.xml'], ['Петрова-уточнение.xsb'], ['чужой.xml']]);
    expect(types.filter((x) => x === 'declaration.read').length).toBeGreaterThanOrEqual(2);
    expect(types).toContain('declaration.finding_decided');
  });

  it('derives each reporting year as of its own 31 December and refuses adding a person twice', async () => {
    const t = await setup();
    const officer = await t.as('anticorruption_officer');
    // The last finished year (2025 or later), so the home page treats it as the live campaign.
    const year = new Date().getFullYear() - 1;
    const campaign = (await officer.post('/api/declaration-campaigns', { reportingYear: year })).json();
    const res = await officer.post(`/api/declaration-campaigns/${campaign.id}/obligations`, {
      employeeId: t.empA.id,
      relativeId: t.spouse.id,
      reason: 'повтор',
    });
    expect(res.statusCode).toBe(409);
    // Hired on 01.02.2025, Новиков must file; the son (born 2012) is still a minor on 31 December.
    const summary = (await officer.get(`/api/declaration-campaigns/${campaign.id}`)).json().summary;
    expect(summary.declarants.total).toBe(4);
    expect(summary.family.total).toBe(2);
    // Reminders on the home page: the officer sees the campaign, the declarant their own filing due.
    const officerItems = (await officer.get('/api/home/attention')).json().items as { id: string; link?: string }[];
    expect(officerItems.some((i) => i.id.startsWith('declarations.') && i.id.endsWith(campaign.id))).toBe(true);
    const ownItems = (await (await t.as('employee')).get('/api/home/attention')).json().items as {
      id: string;
      title: string;
    }[];
    expect(ownItems.find((i) => i.id === `declarations.own.${campaign.id}`)?.title).toBe(
      `Представьте сведения о доходах за ${year} год (справок: 3)`,
    );
    // Another organisation's officer cannot even see that the campaign exists.
    const other = await createTestOrg('Чужая администрация');
    expect(
      (await (await other.as('anticorruption_officer')).get(`/api/declaration-campaigns/${campaign.id}`)).statusCode,
    ).toBe(404);
  });

  it('takes an original and its «Уточнение» in one upload, in order, and refuses a file for another year without touching the rest', async () => {
    const t = await setup();
    const officer = await t.as('anticorruption_officer');
    const campaign = (await officer.post('/api/declaration-campaigns', { reportingYear: 2024 })).json();
    const original = sidorovForms(2024);
    const clarified = original.map((p) => ({ ...p, isClarifying: true, vehicles: [] }));
    const res = (
      await officer.request({
        method: 'POST',
        url: `/api/declaration-campaigns/${campaign.id}/packages?receivedOn=2025-04-28`,
        ...multipart([
          { name: 'Сидоров.xsb', data: packageBytes(original) },
          { name: 'Сидоров-уточнение.xml', data: packageBytes(clarified, 'cp1251') },
          { name: 'Петрова-2023.xsb', data: packageBytes(petrovaFamily(2023)) },
        ]),
      })
    ).json();
    expect(res.results.map((r: { status: string }) => r.status)).toEqual(['imported', 'imported', 'error']);
    expect(res.results[1].forms[0]).toMatchObject({ version: 2 });
    const [row] = (await officer.get(`/api/declaration-campaigns/${campaign.id}/persons?q=Сидоров`)).json().items;
    expect(row.status).toBe('clarified');
    const card = (await officer.get(`/api/declarations/${row.declarationId}`)).json();
    expect(card.versions.map((v: { isClarifying: boolean }) => v.isClarifying)).toEqual([false, true]);
  });
});
