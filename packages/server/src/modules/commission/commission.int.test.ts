import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { seedUser } from '../../seed/factories.js';
import { createTestOrg, signInClient, TEST_PASSWORD, type TestOrg } from '../../test/test-app.js';
import { dateInZone } from '../journals/entry-text.js';

const today = dateInZone(new Date(), 'Asia/Novokuznetsk');
const docText = async (payload: Buffer) =>
  (await (await JSZip.loadAsync(payload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');

/** A composition of six: chair, deputy, secretary, a member and two independent members (п. 8: ≥ 1/4). */
function composition(t: TestOrg) {
  return {
    title: 'Распоряжение администрации от 10.01.2024 № 5-р',
    validFrom: '2024-01-01',
    members: [
      { role: 'chair', fullName: 'Громов Виктор Павлович', position: 'Заместитель главы', isIndependent: false },
      {
        role: 'deputy_chair',
        fullName: 'Лебедева Ирина Юрьевна',
        position: 'Начальник отдела кадров',
        isIndependent: false,
      },
      {
        role: 'secretary',
        fullName: 'Котова Наталья Андреевна',
        position: 'Начальник отдела по профилактике коррупционных правонарушений',
        isIndependent: false,
      },
      {
        role: 'member',
        employeeId: t.empB.id,
        fullName: 'Сидоров Олег Иванович',
        position: 'Ведущий специалист',
        isIndependent: false,
      },
      { role: 'member', fullName: 'Орлов Андрей Сергеевич', position: 'Доцент КемГУ', isIndependent: true },
      {
        role: 'member',
        fullName: 'Белова Марина Олеговна',
        position: 'Общественная палата округа',
        isIndependent: true,
      },
    ],
  };
}

describe('commission on conduct and conflict of interest', () => {
  it('walks a conflict-of-interest notice from registration to the protocol and the anonymised summary', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    // The employee files the notice; the officer starts the preliminary review in the journal.
    const employee = await t.as('employee');
    const notice = (
      await employee.post('/api/journals/coi-notice/entries', {
        data: {
          circumstances: 'Супруг — учредитель ООО «Стройресурс», участника закупки',
          affectedDuties: 'Подготовка технического задания закупки',
          attendMeeting: true,
        },
      })
    ).json();
    expect(notice.regNumber).toMatch(/^1\//);
    expect(
      (await officer.post(`/api/journal-entries/${notice.id}/transitions`, { action: 'start_review' })).statusCode,
    ).toBe(200);

    // A case opens from the entry, once: the review continues there.
    const opened = await officer.post('/api/commission/cases/from-entry', { journalEntryId: notice.id });
    expect(opened.statusCode).toBe(200);
    const c = opened.json();
    expect(c).toMatchObject({
      ground: '16b_5',
      status: 'preliminary_review',
      journalEntryId: notice.id,
      employeeId: t.empA.id,
      attendIntent: true,
    });
    expect(c.subjectName).toContain('Петрова Анна Сергеевна');
    expect(c.deadlines[0]).toMatchObject({
      code: 'conclusion',
      basis: 'Указ Президента РФ от 01.07.2010 № 821, п. 16.4',
      state: 'open',
    });
    expect((await officer.post('/api/commission/cases/from-entry', { journalEntryId: notice.id })).json().id).toBe(
      c.id,
    );
    // The entry's card finds its case.
    const byEntry = (await officer.get(`/api/commission/cases?journalEntryId=${notice.id}`)).json();
    expect(byEntry.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    // Without a motivated conclusion the case cannot go to the chair, nor onto an agenda.
    expect(
      (
        await officer.post(`/api/commission/cases/${c.id}/actions`, {
          action: 'complete_review',
          chairReceivedOn: today,
        })
      ).statusCode,
    ).toBe(400);
    await officer.patch(`/api/commission/cases/${c.id}`, {
      conclusionText:
        'Личная заинтересованность может привести к конфликту интересов; рекомендуется отстранить служащую от закупки',
      conclusionRecommendation: 'conflict_measures',
      conclusionOn: today,
    });
    const ready = (
      await officer.post(`/api/commission/cases/${c.id}/actions`, { action: 'complete_review', chairReceivedOn: today })
    ).json();
    expect(ready.status).toBe('awaiting_meeting');
    expect(ready.deadlines.map((d: { code: string }) => d.code)).toEqual(['conclusion', 'set_meeting_date', 'meeting']);
    expect(ready.deadlines[0].state).toBe('met');

    // The secretary's home page lists the case waiting for a meeting.
    const home = (await officer.get('/api/home/attention')).json().items;
    expect(
      home.some(
        (i: { link?: string; title: string }) =>
          i.link === `/commission/cases/${c.id}` && i.title.includes('Ожидает заседания'),
      ),
    ).toBe(true);

    // Composition and a meeting with the case on its agenda.
    const comp = await officer.post('/api/commission/compositions', composition(t));
    expect(comp.statusCode).toBe(200);
    expect(comp.json().warnings).toEqual([]);
    const members: { id: string; fullName: string }[] = comp.json().members;
    const id = (name: string) => members.find((m) => m.fullName.startsWith(name))!.id;
    const meeting = (
      await officer.post('/api/commission/meetings', {
        meetingDate: today,
        meetingTime: '10:00',
        place: 'Кабинет 301',
        caseIds: [c.id],
      })
    ).json();
    expect(meeting).toMatchObject({ status: 'scheduled', number: `1/${today.slice(0, 4)}` });
    expect(meeting.items[0]).toMatchObject({ caseId: c.id, ground: '16b_5' });
    expect(meeting.items[0].decisions.map((d: { code: string }) => d.code)).toEqual([
      'no_conflict',
      'conflict_measures',
      'coi_breach_penalty',
      'other',
    ]);
    expect((await officer.get(`/api/commission/cases/${c.id}`)).json().status).toBe('scheduled');
    expect((await officer.get('/api/commission/meetings')).json().items[0]).toMatchObject({
      id: meeting.id,
      items: 1,
      statusLabel: 'Назначено',
    });

    // Without quorum (3 of 6) the meeting cannot be held.
    await officer.request({
      method: 'PUT',
      url: `/api/commission/meetings/${meeting.id}/attendance`,
      payload: { presentMemberIds: [id('Громов'), id('Котова'), id('Орлов')] },
    });
    const itemId = meeting.items[0].id;
    const noQuorum = await officer.post(`/api/commission/meetings/${meeting.id}/hold`);
    expect(noQuorum.statusCode).toBe(400);
    expect(noQuorum.json().message).toMatch(/Нет кворума: присутствуют 3 из 6/);

    // Five present; the member Сидоров declares a personal interest and may not vote.
    const present = [id('Громов'), id('Лебедева'), id('Котова'), id('Сидоров'), id('Орлов')];
    expect(
      (
        await officer.request({
          method: 'PUT',
          url: `/api/commission/meetings/${meeting.id}/attendance`,
          payload: { presentMemberIds: present },
        })
      ).json().quorum,
    ).toMatchObject({ present: 5, required: 4, hasQuorum: true });
    const base = {
      outcome: 'decided',
      interestedMemberIds: [id('Сидоров')],
      decision: 'conflict_measures',
      decisionText:
        'Рекомендовать представителю нанимателя отстранить служащую от подготовки закупки (273-ФЗ, ст. 11 ч. 4)',
      explanations: 'Служащая подтвердила обстоятельства',
      speakers: 'Котова Н. А. — доложила мотивированное заключение',
      employeeAttended: true,
      claims: 'Участие в закупке, где участник — организация супруга',
    };
    const withInterested = await officer.request({
      method: 'PUT',
      url: `/api/commission/agenda-items/${itemId}`,
      payload: { ...base, votes: present.map((memberId) => ({ memberId, vote: 'for' })) },
    });
    expect(withInterested.statusCode).toBe(400);
    expect(withInterested.json().message).toMatch(/заявивший о личной заинтересованности, не участвует в голосовании/);
    const eligible = present.filter((m) => m !== id('Сидоров'));
    const votes = eligible.map((memberId, i) => ({ memberId, vote: i === 3 ? 'abstain' : 'for' }));
    const wrongDecision = await officer.request({
      method: 'PUT',
      url: `/api/commission/agenda-items/${itemId}`,
      payload: { ...base, decision: 'consent_given', votes },
    });
    expect(wrongDecision.statusCode).toBe(400);
    expect(wrongDecision.json().message).toMatch(/не предусмотрено для этого основания/);
    expect(
      (
        await officer.request({
          method: 'PUT',
          url: `/api/commission/agenda-items/${itemId}`,
          payload: { ...base, votes },
        })
      ).statusCode,
    ).toBe(200);
    const held = await officer.post(`/api/commission/meetings/${meeting.id}/hold`);
    expect(held.statusCode).toBe(200);
    expect(held.json().status).toBe('held');
    expect(held.json().items[0].tally).toMatchObject({ for: 3, against: 0, abstain: 1, eligible: 4, isAdopted: true });
    // The notice in the journal records the meeting and its decision (through the journal engine, audited).
    const noticeAfter = (await officer.get(`/api/journal-entries/${notice.id}`)).json();
    expect(noticeAfter.data.commissionMeetingOn).toBe(today);
    expect(noticeAfter.data.commissionDecision).toMatch(/заседание \d{2}\.\d{2}\.\d{4}, вопрос № \d+\/\d{4}/);
    const considered = (await officer.get(`/api/commission/cases/${c.id}`)).json();
    expect(considered).toMatchObject({ status: 'considered', consideredOn: today, decision: 'conflict_measures' });
    expect(considered.deadlines.find((d: { code: string }) => d.code === 'protocol_copies').basis).toMatch(/п\. 33/);
    // Nothing can change a held meeting.
    expect(
      (
        await officer.request({
          method: 'PUT',
          url: `/api/commission/agenda-items/${itemId}`,
          payload: { ...base, votes },
        })
      ).statusCode,
    ).toBe(409);

    // The protocol has the contents of п. 31.
    const protocol = await officer.get(`/api/commission/meetings/${meeting.id}/protocol.docx`);
    expect(protocol.statusCode).toBe(200);
    const text = await docText(protocol.rawPayload);
    for (const s of [
      'ПРОТОКОЛ №',
      'Кабинет 301',
      'Громов Виктор Павлович',
      'Петрова Анна Сергеевна',
      'Главный специалист',
      'Служащая подтвердила обстоятельства',
      'Котова Н. А. — доложила',
      '«за» — 3, «против» — 0, «воздержались» — 1',
      'рекомендовать принять меры по его урегулированию',
      'Рекомендовать представителю нанимателя отстранить',
      'Сидоров Олег Иванович',
    ]) {
      expect(text, s).toContain(s);
    }
    expect(text).toMatch(/Заявили о личной заинтересованности[^С]*Сидоров Олег Иванович/);
    // Extracts for the employee and the head.
    const forHead = await docText(
      (await officer.get(`/api/commission/cases/${c.id}/extract.docx?for=head`)).rawPayload,
    );
    expect(forHead).toContain('в месячный срок');
    expect(
      await docText((await officer.get(`/api/commission/cases/${c.id}/extract.docx?for=employee`)).rawPayload),
    ).toContain('Кому: Петрова Анна Сергеевна');

    // The anonymised summary names neither the employee, nor the position, nor the subdivision.
    const summary = (await officer.get(`/api/commission/meetings/${meeting.id}/summary`)).json().lines.join('\n');
    expect(summary).toMatch(
      /личной заинтересованности.* решение: личная заинтересованность приводит или может привести к конфликту интересов/,
    );
    for (const s of ['Петрова', 'Анна', 'Главный специалист', 'Правовое управление', 'Стройресурс', 'Сидоров'])
      expect(summary).not.toContain(s);
    const period = (await officer.get(`/api/commission/summary?from=${today.slice(0, 4)}-01-01&to=${today}`)).json();
    expect(period.lines[0]).toMatch(
      /Проведено заседаний комиссии: 1; рассмотрено вопросов: 1; в отношении муниципальных служащих \(граждан\): 1/,
    );

    // After the meeting: protocol copies, the head's response within a month, closing.
    const sent = (
      await officer.post(`/api/commission/cases/${c.id}/actions`, {
        action: 'send_protocol',
        protocolSentOn: today,
        extractSentOn: today,
      })
    ).json();
    expect(sent.status).toBe('protocol_sent');
    expect(sent.deadlines.find((d: { code: string }) => d.code === 'head_decision')).toMatchObject({
      state: 'open',
      basis: 'Указ Президента РФ от 01.07.2010 № 821, п. 34',
    });
    expect((await officer.post(`/api/commission/cases/${c.id}/actions`, { action: 'close' })).statusCode).toBe(409);
    const decided = (
      await officer.post(`/api/commission/cases/${c.id}/actions`, {
        action: 'head_response',
        headResponseOn: today,
        headResponseText: 'Распоряжением от … служащая отстранена от участия в закупке',
      })
    ).json();
    expect(decided.status).toBe('head_decided');
    expect((await officer.post(`/api/commission/cases/${c.id}/actions`, { action: 'close' })).json().status).toBe(
      'closed',
    );

    // Figures for the annual report.
    const figures = (await officer.get(`/api/commission/figures?from=${today.slice(0, 4)}-01-01&to=${today}`)).json();
    expect(figures).toMatchObject({
      meetings: 1,
      employeesConsidered: 1,
      byGround: [{ ground: '16b_5', decision: 'conflict_measures', items: 1 }],
    });
  });

  it('keeps the rules: anonymous information, in-house-only meetings, need-to-know, dates', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const anon = await officer.post('/api/commission/cases', {
      ground: '16v',
      receivedOn: today,
      summary: 'Анонимное сообщение о нарушении',
      subjectName: 'Иванов И. И., специалист',
      isAnonymous: true,
    });
    expect(anon.statusCode).toBe(400);
    expect(anon.json().message).toMatch(/Анонимная информация/);
    expect(
      (
        await officer.post('/api/commission/cases', {
          ground: '16v',
          receivedOn: '2999-01-01',
          summary: 'Представление',
          employeeId: t.empA.id,
        })
      ).json().message,
    ).toMatch(/не может быть позже сегодняшней/);
    expect(
      (
        await officer.post('/api/commission/cases', {
          ground: '16a_2',
          sourceKind: 'verification',
          receivedOn: today,
          summary: 'Материалы проверки',
          employeeId: t.empA.id,
        })
      ).json().message,
    ).toMatch(/реквизиты источника/);
    const verification = (
      await officer.post('/api/commission/cases', {
        ground: '16a_2',
        sourceKind: 'verification',
        sourceRef: 'Доклад о результатах проверки от 01.03.2024 № 3',
        receivedOn: today,
        summary: 'Не указан счёт в банке',
        employeeId: t.empA.id,
      })
    ).json();
    expect(verification).toMatchObject({
      status: 'awaiting_meeting',
      sourceKind: 'verification',
      sourceRef: 'Доклад о результатах проверки от 01.03.2024 № 3',
    });
    // A meeting needs a composition in force on its date.
    expect(
      (
        await officer.post('/api/commission/meetings', {
          meetingDate: today,
          place: 'Кабинет 301',
          caseIds: [verification.id],
        })
      ).json().message,
    ).toMatch(/нет утверждённого состава/);
    const members = composition(t).members.map((m) => ({ ...m, isIndependent: false }));
    const comp = (await officer.post('/api/commission/compositions', { ...composition(t), members })).json();
    expect(comp.warnings.join()).toMatch(/не менее четверти/);
    const overlapping = await officer.post('/api/commission/compositions', {
      ...composition(t),
      validFrom: '2024-06-01',
    });
    expect(overlapping.statusCode).toBe(409);
    const meeting = (
      await officer.post('/api/commission/meetings', {
        meetingDate: today,
        place: 'Кабинет 301',
        caseIds: [verification.id],
      })
    ).json();
    await officer.request({
      method: 'PUT',
      url: `/api/commission/meetings/${meeting.id}/attendance`,
      payload: { presentMemberIds: comp.members.map((m: { id: string }) => m.id) },
    });
    await officer.request({
      method: 'PUT',
      url: `/api/commission/agenda-items/${meeting.items[0].id}`,
      payload: { outcome: 'postponed', decisionText: 'Служащая на больничном' },
    });
    const inHouse = await officer.post(`/api/commission/meetings/${meeting.id}/hold`);
    expect(inHouse.statusCode).toBe(400);
    expect(inHouse.json().message).toMatch(/только служащие органа/);
    // Cancelling puts the case back in the queue.
    await officer.post(`/api/commission/meetings/${meeting.id}/cancel`);
    expect((await officer.get(`/api/commission/cases/${verification.id}`)).json().status).toBe('awaiting_meeting');

    // Need-to-know: a commission member and the head read; an employee or HR sees nothing; only the secretary writes.
    const member = await seedUser(t.db, {
      orgId: t.org.id,
      login: `member.${t.tag}`,
      password: TEST_PASSWORD,
      roles: ['commission_member'],
    });
    const memberClient = await signInClient(t.app, member.login);
    expect((await memberClient.get(`/api/commission/cases/${verification.id}`)).statusCode).toBe(200);
    expect(
      (
        await memberClient.post('/api/commission/cases', {
          ground: '16v',
          receivedOn: today,
          summary: 'Представление',
          employeeId: t.empA.id,
        })
      ).statusCode,
    ).toBe(403);
    expect((await (await t.as('employee')).get(`/api/commission/cases/${verification.id}`)).statusCode).toBe(403);
    expect((await (await t.as('hr_officer')).get('/api/commission/cases')).statusCode).toBe(403);
    // Reading a case is audited.
    const audit = (await (await t.as('admin')).get(`/api/audit?entityId=${verification.id}`))
      .json()
      .items.map((r: { type: string }) => r.type);
    expect(audit).toContain('commission.case_read');
    expect(audit).toContain('commission.case_opened');
  });

  it('opens a case from an employer message with its motivated conclusion, but not one «не подлежит рассмотрению»', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const data = {
      letterDate: today,
      employerName: 'ООО «Кузбасская строительная компания»',
      formerPosition: 'Главный специалист',
      dismissedOn: '2024-01-15',
      contractType: 'employment',
      contractDate: today,
      newPosition: 'Инженер',
    };
    const msg = (
      await officer.post('/api/journals/ex-employee-notice/entries', { employeeId: t.empB.id, data })
    ).json();
    await officer.post(`/api/journal-entries/${msg.id}/transitions`, {
      action: 'conclude',
      data: {
        conclusion: 'refer',
        conclusionText: 'Функции управления организацией входили в обязанности',
        conclusionOn: today,
      },
    });
    const c = (await officer.post('/api/commission/cases/from-entry', { journalEntryId: msg.id })).json();
    expect(c).toMatchObject({
      ground: '16d',
      status: 'awaiting_meeting',
      conclusionText: 'Функции управления организацией входили в обязанности',
      chairReceivedOn: today,
    });
    // The next meeting (п. 17.2): no 20-day term.
    expect(c.deadlines.map((d: { code: string }) => d.code)).toEqual(['conclusion']);
    // Opened twice at once: one case.
    const again = await Promise.all([
      officer.post('/api/commission/cases/from-entry', { journalEntryId: msg.id }),
      officer.post('/api/commission/cases/from-entry', { journalEntryId: msg.id }),
    ]);
    expect(again.map((r) => r.json().id)).toEqual([c.id, c.id]);
    const msg2 = (
      await officer.post('/api/journals/ex-employee-notice/entries', { employeeId: t.empB.id, data })
    ).json();
    await officer.post(`/api/journal-entries/${msg2.id}/transitions`, {
      action: 'conclude',
      data: { conclusion: 'not_subject', conclusionText: 'Функции управления не входили', conclusionOn: today },
    });
    expect((await officer.post('/api/commission/cases/from-entry', { journalEntryId: msg2.id })).statusCode).toBe(409);
    const gift = (
      await officer.post('/api/journals/gift-notice/entries', {
        employeeId: t.empA.id,
        data: { receivedOn: today, eventName: 'Форум', giftName: 'Часы', quantity: 1 },
      })
    ).json();
    expect((await officer.post('/api/commission/cases/from-entry', { journalEntryId: gift.id })).statusCode).toBe(400);
  });
});
