/**
 * Tenancy, proven for every route: a user of organisation B — an administrator, holding every
 * permission — can neither read nor change anything of organisation A. A new route with an :id that
 * this test does not know fails the test, so coverage cannot silently lag behind the API.
 */
import { describe, expect, it } from 'vitest';
import { createTestOrg } from '../test/test-app.js';

const publicRoutes = [/^\/api\/auth\//, /^\/api\/health$/, /^\/api\/docs/];

describe("nobody sees another organisation's data", () => {
  it('holds for every API route', async () => {
    const a = await createTestOrg('Администрация А');
    const b = await createTestOrg('Администрация Б');
    const aAdmin = await a.as('admin');
    const rel = (
      await aAdmin.post(`/api/employees/${a.empA.id}/relatives`, {
        relation: 'sister',
        person: { lastName: 'Тайная', firstName: 'Сестра', birthDate: '1990-01-01' },
      })
    ).json();
    const aUsers = (await aAdmin.get('/api/users')).json().items as { id: string; login: string }[];
    const aOfficer = await a.as('anticorruption_officer');
    const entry = (
      await aOfficer.post('/api/journals/gift-notice/entries', {
        employeeId: a.empA.id,
        data: { receivedOn: '2024-05-06', eventName: 'Форум', giftName: 'Тайный подарок', quantity: 1 },
      })
    ).json();
    const boundary = '----t';
    const attachment = (
      await aOfficer.request({
        method: 'POST',
        url: `/api/journal-entries/${entry.id}/attachments`,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="чек.txt"\r\nContent-Type: text/plain\r\n\r\nЧек на 4500 руб.\r\n--${boundary}--\r\n`,
      })
    ).json();
    expect(attachment.id).toBeDefined();
    const aLegal = await a.as('legal');
    const draft = (
      await aLegal.post('/api/journals/draft-act/entries', {
        data: {
          actType: 'resolution',
          draftTitle: 'Тайный проект',
          developer: 'Правовое управление',
          receivedOn: '2026-03-02',
        },
      })
    ).json();
    const run = (
      await aLegal.post(`/api/draft-acts/${draft.id}/expertise/runs`, {
        text: '2.4. Уполномоченный орган вправе отказать в выдаче разрешения. Тайная редакция.',
      })
    ).json();
    const incoming = (
      await aLegal.post(`/api/draft-acts/${draft.id}/expertise/incoming`, {
        kind: 'prosecutor_demand',
        receivedOn: '2026-03-06',
        author: 'Прокуратура',
        summary: 'Тайное требование',
      })
    ).json();
    expect(run.findings.length).toBeGreaterThan(0);
    // Affiliation (issue 6): a supplier directed by A's relative, the link it makes, a candidate check.
    const affBoundary = '----aff';
    const affCsv =
      'id,company_inn,company_name,role,last_name,first_name,middle_name,birth_date,inn,phones,emails,addresses\nt1,,ООО «Тайный поставщик»,director,Тайная,Сестра,,01.01.1990,,,,\n';
    await aOfficer.request({
      method: 'POST',
      url: '/api/affiliation/counterparties/commit',
      headers: { 'content-type': `multipart/form-data; boundary=${affBoundary}` },
      payload: `--${affBoundary}\r\nContent-Disposition: form-data; name="file"; filename="c.csv"\r\nContent-Type: text/csv\r\n\r\n${affCsv}\r\n--${affBoundary}--\r\n`,
    });
    const affLink = (await aOfficer.get('/api/affiliation/links')).json().items[0];
    expect(affLink?.id).toBeDefined();
    const affCandidate = (
      await aOfficer.post('/api/affiliation/candidates', { lastName: 'Тайный', firstName: 'Кандидат' })
    ).json();
    expect(affCandidate.id).toBeDefined();
    const commissionComp = (
      await aOfficer.post('/api/commission/compositions', {
        title: 'Тайный состав',
        validFrom: '2024-01-01',
        members: [
          { role: 'chair', fullName: 'Председатель Тайный', position: 'Заместитель главы' },
          { role: 'secretary', fullName: 'Секретарь Тайный', position: 'Начальник отдела' },
          { role: 'member', fullName: 'Член Независимый', position: 'Доцент', isIndependent: true },
        ],
      })
    ).json();
    const commissionCase = (
      await aOfficer.post('/api/commission/cases', {
        ground: '16v',
        receivedOn: '2024-05-06',
        summary: 'Тайное представление',
        employeeId: a.empA.id,
      })
    ).json();
    const commissionMeeting = (
      await aOfficer.post('/api/commission/meetings', {
        meetingDate: '2024-05-20',
        place: 'Кабинет 301',
        caseIds: [commissionCase.id],
      })
    ).json();
    // Plan (issue 4): a plan of A with a measure, a report of its subdivision and a file attached to it.
    const aPlan = (
      await aOfficer.post('/api/plans', { title: 'Тайный план', periodFrom: 2025, periodTo: 2027 })
    ).json();
    const aSection = (await aOfficer.post(`/api/plans/${aPlan.id}/sections`, { number: '1', title: 'Раздел' })).json();
    const aMeasure = (
      await aOfficer.post(`/api/plans/${aPlan.id}/measures`, {
        sectionId: aSection.id,
        number: '1.1',
        text: 'Мероприятие',
        executorsText: 'Отдел',
        termText: 'Постоянно',
        units: [{ kind: 'subdivision', id: a.subA.id }],
      })
    ).json();
    const aReport = (
      await aOfficer.request({
        method: 'PUT',
        url: `/api/plans/${aPlan.id}/reports`,
        payload: { measureId: aMeasure.id, unitId: a.subA.id, year: 2025, text: 'Тайный отчёт об исполнении' },
      })
    ).json();
    const aReportFile = (
      await aOfficer.request({
        method: 'POST',
        url: `/api/execution-reports/${aReport.id}/attachments`,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="отчёт.txt"\r\nContent-Type: text/plain\r\n\r\nТайное приложение\r\n--${boundary}--\r\n`,
      })
    ).json();
    expect(aReportFile.id).toBeDefined();
    // Declarations (issue 5): a campaign of A with its persons.
    const declCampaign = (await aOfficer.post('/api/declaration-campaigns', { reportingYear: 2024 })).json();
    const declPerson = (await aOfficer.get(`/api/declaration-campaigns/${declCampaign.id}/persons`)).json().items[0];
    const idFor: [RegExp, string][] = [
      [/^\/api\/declaration-campaigns\/:id/, declCampaign.id],
      [/^\/api\/declaration-obligations\/:id/, declPerson.id],
      [/^\/api\/(declarations|declaration-packages|declaration-findings)\/:id/, declCampaign.id],
      [/^\/api\/plans\/:id/, aPlan.id],
      [/^\/api\/execution-reports\/:id/, aReport.id],
      [/^\/api\/execution-report-attachments\/:id/, aReportFile.id],
      [/^\/api\/commission\/compositions\/:id/, commissionComp.id],
      [/^\/api\/commission\/cases\/:id/, commissionCase.id],
      [/^\/api\/commission\/meetings\/:id/, commissionMeeting.id],
      [/^\/api\/commission\/agenda-items\/:id/, commissionMeeting.items[0].id],
      [/^\/api\/orgs\/:id/, a.org.id],
      [/^\/api\/affiliation\/links\/:id/, affLink.id],
      [/^\/api\/affiliation\/profiles\/:id/, a.empA.id],
      [/^\/api\/affiliation\/candidates\/:id/, affCandidate.id],
      [/^\/api\/subdivisions\/:id/, a.subA.id],
      [/^\/api\/positions\/:id/, a.posA.id],
      [/^\/api\/employees\/:id/, a.empA.id],
      [/^\/api\/relatives\/:id/, rel.id],
      [/^\/api\/users\/:id/, aUsers[0].id],
      [/^\/api\/journal-entries\/:id/, entry.id],
      [/^\/api\/journal-attachments\/:id/, attachment.id],
      [/^\/api\/draft-acts\/:id/, draft.id],
      [/^\/api\/expertise-runs\/:id/, run.id],
      [/^\/api\/expertise-findings\/:id/, run.findings[0].id],
      [/^\/api\/expertise-incoming\/:id/, incoming.id],
    ];
    // A body that points at A's records wherever a field can carry an id.
    const body = {
      orgId: a.org.id,
      parentId: a.org.id,
      subdivisionId: a.subA.id,
      positionId: a.posA.id,
      employeeId: a.empA.id,
      name: 'Подразделение-захватчик',
      title: 'Должность-захватчик',
      kind: 'municipal_employee',
      hiredAt: '2020-01-01',
      relation: 'spouse',
      person: { lastName: 'Чужой', firstName: 'Человек' },
      login: `intruder.${b.tag}`,
      fullName: 'Чужой пользователь',
      roles: ['employee'],
      isActive: false,
    };
    const secrets = [
      aPlan.id,
      aReport.id,
      aReportFile.id,
      'Тайный план',
      'Тайный отчёт',
      'Тайное приложение',
      a.org.id,
      a.empA.id,
      a.empB.id,
      a.subA.id,
      a.posA.id,
      rel.id,
      a.tag,
      'Тайная',
      entry.id,
      attachment.id,
      'Тайный подарок',
      'Чек на 4500',
      draft.id,
      run.id,
      incoming.id,
      'Тайный проект',
      'Тайная редакция',
      'Тайное требование',
    ];
    secrets.push('Тайный поставщик', affLink.id, affCandidate.id);
    secrets.push(commissionCase.id, commissionMeeting.id, 'Тайное представление', 'Председатель Тайный');
    const intruder = await b.as('admin');
    const routes = a.app.routeList.filter((r) => r.url.startsWith('/api/') && !publicRoutes.some((p) => p.test(r.url)));
    expect(routes.length).toBeGreaterThan(15);
    const checked: string[] = [];
    for (const r of routes) {
      let url = r.url.replace(':code', 'gift-notice');
      if (url.includes(':id')) {
        const id = idFor.find(([re]) => re.test(url))?.[1];
        expect(id, `tenancy test does not know how to fill ${r.method} ${r.url}`).toBeDefined();
        url = url.replace(':id', id!);
      }
      const query = r.method === 'GET' || url.includes('staff-import') ? `?orgId=${a.org.id}` : '';
      const res = await intruder.request({
        method: r.method,
        url: url + query,
        payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : body,
      });
      const label = `${r.method} ${r.url} → ${res.statusCode}`;
      checked.push(label);
      if (r.url.includes(':id') || r.method !== 'GET') {
        expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
      }
      // Whatever the status, nothing of A may appear in the answer.
      const text = res.body;
      for (const s of secrets) expect(text.includes(s), `${label} leaks ${s}`).toBe(false);
      // Lists without the foreign orgId filter must also show only B's own data.
      if (r.method === 'GET' && !r.url.includes(':id')) {
        const plain = await intruder.get(r.url);
        for (const s of secrets)
          expect(plain.body.includes(s), `${r.method} ${r.url} (unfiltered) leaks ${s}`).toBe(false);
      }
    }
    // A's data is intact after the attempts.
    const card = (await aAdmin.get(`/api/employees/${a.empA.id}`)).json();
    expect(card.person.lastName).toBe('Петрова');
    expect(card.relatives).toHaveLength(1);
    expect((await aAdmin.get('/api/subdivisions')).json().items.map((s: { name: string }) => s.name)).not.toContain(
      'Подразделение-захватчик',
    );
    expect((await aAdmin.get('/api/users')).json().items.every((u: { isActive: boolean }) => u.isActive)).toBe(true);
    expect(checked.length).toBe(routes.length);
    const stillThere = (await aOfficer.get(`/api/journal-entries/${entry.id}`)).json();
    expect(stillThere).toMatchObject({ status: 'registered', data: { giftName: 'Тайный подарок' } });
    expect(stillThere.comments).toHaveLength(0);
  });
});
