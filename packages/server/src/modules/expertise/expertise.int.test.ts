import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../platform/documents/docx.js';
import { type Client, createTestOrg } from '../../test/test-app.js';

const DRAFT = [
  'АДМИНИСТРАЦИЯ КЕМЕРОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА',
  'ПОСТАНОВЛЕНИЕ',
  'Об утверждении административного регламента предоставления муниципальной услуги «Выдача разрешения на использование земель»',
  '1. Общие положения',
  '1.1. Настоящий административный регламент устанавливает порядок и стандарт предоставления муниципальной услуги.',
  '2. Стандарт предоставления муниципальной услуги',
  '2.1. Срок предоставления муниципальной услуги составляет не более 25 рабочих дней со дня регистрации заявления.',
  '2.2. Для получения муниципальной услуги заявитель представляет:',
  'а) заявление по форме согласно приложению № 1 к настоящему регламенту;',
  'б) копию документа, удостоверяющего личность заявителя;',
  'в) иные документы по требованию уполномоченного органа.',
  '2.3. Уполномоченный орган вправе отказать в предоставлении муниципальной услуги в случае представления неполного комплекта документов.',
  '2.4. При необходимости срок рассмотрения заявления может быть продлен руководителем уполномоченного органа.',
  '2.5. Решение о выдаче разрешения принимается в течение 10 рабочих дней со дня регистрации заявления.',
];

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

async function docxText(buf: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`).replace(/<[^>]+>/g, '');
}

type Finding = {
  id: string;
  code: string;
  unit: string;
  trigger: string;
  decision: string;
  isHint: boolean;
  origin: string;
  carriedFromVersion: number | null;
  lineageId: string;
};

async function newDraft(
  legal: Client,
  title = 'Об утверждении административного регламента «Выдача разрешения на использование земель»',
) {
  const res = await legal.post('/api/journals/draft-act/entries', {
    registeredOn: '2026-03-02',
    data: {
      actType: 'resolution',
      draftTitle: title,
      developer: 'Управление архитектуры и градостроительства',
      receivedOn: '2026-03-02',
      isNormative: true,
    },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; regNumber: string };
}

describe('anti-corruption expertise of a draft act', () => {
  it('scans an uploaded DOCX, keeps the expert decisions, writes the result into the journal and produces the conclusion', async () => {
    const t = await createTestOrg();
    const legal = await t.as('legal');
    const entry = await newDraft(legal);
    const docx = await buildDocx({ blocks: DRAFT.map((text) => ({ kind: 'paragraph' as const, text })) });
    const up = await upload(legal, `/api/draft-acts/${entry.id}/expertise/upload`, 'Проект регламента.docx', docx);
    expect(up.statusCode, up.body).toBe(200);
    const run = up.json();
    expect(run).toMatchObject({
      version: 1,
      source: 'upload',
      fileName: 'Проект регламента.docx',
      isLatest: true,
      canReview: true,
      changes: null,
    });
    expect(run.text).toContain('2.3. Уполномоченный орган вправе отказать');
    const findings = run.findings as Finding[];
    const byCode = (code: string, unit: RegExp) =>
      findings.find((f) => f.code === code && unit.test(f.unit) && !f.isHint)!;
    const mayRefuse = byCode('3б', /^пункт 2\.3/);
    const openList = byCode('4а', /подпункт «в» пункта 2\.2/);
    expect(mayRefuse.trigger).toMatch(/вправе отказать/);
    expect(openList.trigger).toMatch(/иные документы/);
    // The file is kept with the entry; the entry says the expertise is being done, nothing confirmed yet.
    let card = (await legal.get(`/api/journal-entries/${entry.id}`)).json();
    expect(card.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['Проект регламента.docx']);
    expect(card.data).toMatchObject({ anticorruptionExpertise: true, factorsFound: 0 });

    // Confirm one; a rejection needs a reason; the proposal can be reworded.
    expect(
      (await legal.patch(`/api/expertise-findings/${mayRefuse.id}`, { decision: 'confirmed' })).json().decision,
    ).toBe('confirmed');
    const noReason = await legal.patch(`/api/expertise-findings/${openList.id}`, { decision: 'rejected' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toBe('Укажите причину отклонения замечания');
    const edited = await legal.patch(`/api/expertise-findings/${openList.id}`, {
      decision: 'confirmed',
      suggestion: 'Исключить подпункт «в» пункта 2.2; перечень документов сделать исчерпывающим',
    });
    expect(edited.json()).toMatchObject({
      decision: 'confirmed',
      expertSuggestion: 'Исключить подпункт «в» пункта 2.2; перечень документов сделать исчерпывающим',
    });
    card = (await legal.get(`/api/journal-entries/${entry.id}`)).json();
    expect(card.data.factorsFound).toBe(2);
    expect(card.data.factorsDescription).toContain('подпункт «в» пункта 2.2 — 4а');
    // Through the journal engine: audited as an update of the entry.
    const history = (await legal.get(`/api/journal-entries/${entry.id}/history`))
      .json()
      .items.map((r: { type: string }) => r.type);
    expect(history).toEqual(
      expect.arrayContaining(['journal.updated', 'expertise.scanned', 'expertise.finding_reviewed']),
    );

    // A factor the engine did not claim, marked by the expert on the text.
    const span = run.text.indexOf('руководителем уполномоченного органа');
    const added = await legal.post(`/api/expertise-runs/${run.id}/findings`, {
      start: span,
      end: span + 'руководителем уполномоченного органа'.length,
      code: '3а',
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json()).toMatchObject({
      origin: 'expert',
      decision: 'confirmed',
      unit: expect.stringMatching(/^пункт 2\.4/),
      quote: expect.stringContaining('При необходимости срок'),
    });
    expect(
      (await legal.post(`/api/expertise-runs/${run.id}/findings`, { start: 10, end: 5, code: '3а' })).statusCode,
    ).toBe(400);
    expect(
      (await legal.post(`/api/expertise-runs/${run.id}/findings`, { start: 10, end: 20, code: '5а' })).json().message,
    ).toMatch(/Выберите коррупциогенный фактор/);

    // While claims are undecided the document is a draft of the conclusion.
    const draftDoc = await legal.get(`/api/expertise-runs/${run.id}/conclusion.docx`);
    expect(draftDoc.statusCode).toBe(200);
    expect(draftDoc.headers['content-disposition']).toContain(encodeURIComponent('Заключение АЭ'));
    expect(await docxText(draftDoc.rawPayload)).toMatch(/ПРОЕКТ ЗАКЛЮЧЕНИЯ \(не рассмотрено замечаний: \d+\)/);
    const after = (await legal.get(`/api/expertise-runs/${run.id}`)).json();
    for (const f of after.findings as Finding[]) {
      if (f.decision === 'pending' && !f.isHint)
        await legal.patch(`/api/expertise-findings/${f.id}`, {
          decision: 'rejected',
          comment: 'Положение соответствует Федеральному закону № 210-ФЗ',
        });
    }
    // The findings with decisions and reasons, for Excel.
    const xlsx = await legal.get(`/api/expertise-runs/${run.id}/findings.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(2).values).toEqual(
      expect.arrayContaining(['Структурная единица', 'Решение', 'Причина отклонения']),
    );
    expect(sheet.rowCount).toBe(
      2 + (after.findings as Finding[]).filter((f) => !f.isHint || f.decision !== 'pending').length,
    );
    const text = await docxText((await legal.get(`/api/expertise-runs/${run.id}/conclusion.docx`)).rawPayload);
    expect(text).toContain('ЗАКЛЮЧЕНИЕ');
    expect(text).not.toContain('ПРОЕКТ ЗАКЛЮЧЕНИЯ');
    expect(text).toContain('выявлены коррупциогенные факторы (3)');
    expect(text).toContain('3б — определение компетенции по формуле «вправе» (подпункт «б» пункта 3 Методики)');
    expect(text).toContain('Исключить подпункт «в» пункта 2.2; перечень документов сделать исчерпывающим');
    expect(text).toContain('постановлением Правительства Российской Федерации от 26.02.2010 № 96');
    expect(text).not.toContain('не выявлены');
  });

  it('re-scans a revised draft: history kept, unchanged provisions keep their decisions, removed factors counted once', async () => {
    const t = await createTestOrg();
    const legal = await t.as('legal');
    const entry = await newDraft(legal);
    const v1 = (await legal.post(`/api/draft-acts/${entry.id}/expertise/runs`, { text: DRAFT.join('\n') })).json();
    const claims = (v1.findings as Finding[]).filter((f) => !f.isHint);
    for (const f of claims) await legal.patch(`/api/expertise-findings/${f.id}`, { decision: 'confirmed' });
    const confirmedV1 = claims.length;
    expect((await legal.get(`/api/journal-entries/${entry.id}`)).json().data.factorsFound).toBe(confirmedV1);
    // The same text again changes nothing.
    const same = await legal.post(`/api/draft-acts/${entry.id}/expertise/runs`, { text: DRAFT.join('\n') });
    expect(same.statusCode).toBe(409);
    expect(same.json().message).toContain('редакция № 1');

    // The developer removes the open list; the rest stays as it was.
    const revised = DRAFT.filter((l) => !l.startsWith('в) иные документы')).map((l) =>
      l.startsWith('б) копию') ? 'б) копию документа, удостоверяющего личность заявителя.' : l,
    );
    const v2 = (await legal.post(`/api/draft-acts/${entry.id}/expertise/runs`, { text: revised.join('\n') })).json();
    expect(v2.version).toBe(2);
    expect(v2.changes.previousVersion).toBe(1);
    expect(v2.changes.removedParagraphs).toEqual(
      expect.arrayContaining(['в) иные документы по требованию уполномоченного органа.']),
    );
    expect(v2.changes.removedFindings.map((f: Finding) => f.code)).toContain('4а');
    const kept = (v2.findings as Finding[]).find((f) => f.code === '3б' && /^пункт 2\.3/.test(f.unit))!;
    expect(kept).toMatchObject({ decision: 'confirmed', carriedFromVersion: 1 });
    expect(v2.changes.newFindingIds).not.toContain(kept.id);
    // Each factor once: the one carried over is not counted twice.
    let data = (await legal.get(`/api/journal-entries/${entry.id}`)).json().data;
    expect(data).toMatchObject({ factorsFound: confirmedV1, factorsRemoved: false });
    // The earlier version is kept as it was and cannot be changed.
    const old = await legal.patch(`/api/expertise-findings/${claims[0].id}`, { decision: 'rejected', comment: 'x' });
    expect(old.statusCode).toBe(409);
    expect(old.json().message).toContain('последней редакции');
    const overview = (await legal.get(`/api/draft-acts/${entry.id}/expertise`)).json();
    expect(overview.runs.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    expect(overview.runs[1].counts.confirmed).toBe(confirmedV1);

    // Version 3 removes every factor: the conclusion says none were found and the entry says they were removed.
    const clean = revised.map((l) =>
      l.startsWith('2.3.')
        ? '2.3. Уполномоченный орган отказывает в предоставлении муниципальной услуги по основаниям, указанным в пункте 2.6 настоящего регламента.'
        : l.startsWith('2.4.')
          ? '2.4. Срок рассмотрения заявления продлению не подлежит.'
          : l,
    );
    const v3 = (await legal.post(`/api/draft-acts/${entry.id}/expertise/runs`, { text: clean.join('\n') })).json();
    for (const f of (v3.findings as Finding[]).filter((x) => !x.isHint))
      await legal.patch(`/api/expertise-findings/${f.id}`, {
        decision: 'rejected',
        comment: 'Не является коррупциогенным фактором',
      });
    data = (await legal.get(`/api/journal-entries/${entry.id}`)).json().data;
    expect(data).toMatchObject({ factorsFound: confirmedV1, factorsRemoved: true });
    const doc = await docxText((await legal.get(`/api/expertise-runs/${v3.id}/conclusion.docx`)).rawPayload);
    expect(doc).toContain('коррупциогенные факторы в проекте не выявлены');
    expect(doc).toMatch(/выявленные в редакции № 2 .*устранены разработчиком/);

    // Year figures: the draft is counted with its factors; precision from the decisions.
    const stats = (await legal.get('/api/expertise/stats?year=2026')).json();
    expect(stats.report).toMatchObject({
      drafts: 1,
      withExpertise: 1,
      factorsFound: confirmedV1,
      draftsFactorsRemoved: 1,
    });
    expect(stats.engine.confirmed).toBe(confirmedV1);
    expect(stats.engine.precision).toBeGreaterThan(0);
  });

  it('numbers concurrent versions without collisions', async () => {
    const t = await createTestOrg();
    const legal = await t.as('legal');
    const entry = await newDraft(legal);
    const res = await Promise.all(
      [0, 1, 2].map((i) =>
        legal.post(`/api/draft-acts/${entry.id}/expertise/runs`, {
          text: `${DRAFT.join('\n')}\n2.${6 + i}. Регламент вступает в силу со дня опубликования.`,
        }),
      ),
    );
    expect(res.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(res.map((r) => r.json().version).sort()).toEqual([1, 2, 3]);
  });

  it('refuses bad drafts clearly and keeps need-to-know', async () => {
    const t = await createTestOrg();
    const legal = await t.as('legal');
    const entry = await newDraft(legal);
    const doc = await upload(
      legal,
      `/api/draft-acts/${entry.id}/expertise/upload`,
      'Проект.doc',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]),
    );
    expect(doc.statusCode).toBe(400);
    expect(doc.json().message).toContain('сохраните проект в формате DOCX');
    expect(
      (
        await upload(legal, `/api/draft-acts/${entry.id}/expertise/upload`, 'Проект.docx', Buffer.from('не архив'))
      ).json().message,
    ).toContain('не является документом DOCX');
    expect((await legal.post(`/api/draft-acts/${entry.id}/expertise/runs`, { text: '   ' })).json().message).toContain(
      'нет текста',
    );
    expect((await legal.get(`/api/draft-acts/${entry.id}/expertise`)).json().runs).toEqual([]);
    // A TXT attached earlier to the entry can be scanned.
    const att = (
      await upload(
        legal,
        `/api/journal-entries/${entry.id}/attachments`,
        'Проект.txt',
        Buffer.from(DRAFT.join('\r\n'), 'utf8'),
      )
    ).json();
    const fromAtt = await legal.post(`/api/draft-acts/${entry.id}/expertise/runs`, { attachmentId: att.id });
    expect(fromAtt.statusCode, fromAtt.body).toBe(200);
    expect(fromAtt.json()).toMatchObject({ source: 'attachment', fileName: 'Проект.txt', attachmentId: att.id });

    // The employee sees nothing; only the journal's keepers scan and decide.
    const employee = await t.as('employee');
    expect((await employee.get(`/api/draft-acts/${entry.id}/expertise`)).statusCode).toBe(404);
    expect((await employee.get(`/api/expertise-runs/${fromAtt.json().id}`)).statusCode).toBe(404);
    const executor = await t.as('responsible_executor');
    expect(
      (await executor.post(`/api/draft-acts/${entry.id}/expertise/runs`, { text: DRAFT.join('\n') })).statusCode,
    ).toBe(404);
    // Another journal's entry is not a draft.
    const officer = await t.as('anticorruption_officer');
    const gift = (
      await officer.post('/api/journals/gift-notice/entries', {
        employeeId: t.empA.id,
        data: { receivedOn: '2026-05-06', eventName: 'Форум', giftName: 'Часы', quantity: 1 },
      })
    ).json();
    expect((await officer.get(`/api/draft-acts/${gift.id}/expertise`)).statusCode).toBe(404);
    // An adopted act is not re-examined here.
    await legal.post(`/api/journal-entries/${entry.id}/transitions`, {
      action: 'conclude',
      data: { anticorruptionExpertise: true, conclusionOn: '2026-03-05' },
    });
    await legal.post(`/api/journal-entries/${entry.id}/transitions`, {
      action: 'adopt',
      data: { adoptedAct: 'Постановление от 10.03.2026 № 301-п' },
    });
    const late = await legal.post(`/api/draft-acts/${entry.id}/expertise/runs`, {
      text: `${DRAFT.join('\n')}\nДобавлено.`,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toContain('Акт принят');
  });

  it('registers an independent conclusion and a prosecutor demand with their terms, and their answers', async () => {
    const t = await createTestOrg();
    const legal = await t.as('legal');
    const entry = await newDraft(legal);
    const pub = await legal.post(`/api/draft-acts/${entry.id}/expertise/publication`, { from: '2026-03-03' });
    expect(pub.json()).toMatchObject({ from: '2026-03-03', to: '2026-03-10' });
    expect((await legal.get(`/api/journal-entries/${entry.id}`)).json().data).toMatchObject({
      publishedForIndependentFrom: '2026-03-03',
      publishedForIndependentTo: '2026-03-10',
    });
    expect(
      (await legal.post(`/api/draft-acts/${entry.id}/expertise/publication`, { from: '2026-03-03', to: '2026-03-01' }))
        .statusCode,
    ).toBe(400);

    // 172-ФЗ ст. 5: 30 days; 01.05.2026 is a holiday, so the term ends on the next working day.
    const indep = await legal.post(`/api/draft-acts/${entry.id}/expertise/incoming`, {
      kind: 'independent_conclusion',
      receivedOn: '2026-04-01',
      author: 'Иванов Пётр Сергеевич, независимый эксперт',
      accreditation: 'распоряжение Минюста России от 12.02.2024 № 215-р',
      factorCodes: ['3б'],
      summary: 'В пункте 2.3 полномочие отказать сформулировано по формуле «вправе»',
    });
    expect(indep.statusCode, indep.body).toBe(200);
    expect(indep.json()).toMatchObject({ dueDate: '2026-05-04', dueBasis: '172-ФЗ, ст. 5', state: 'overdue' });
    expect(indep.json().dueExplanation).toContain('Поступило после окончания приёма заключений (10.03.2026)');
    // 172-ФЗ ст. 4: 10 days.
    const demand = (
      await legal.post(`/api/draft-acts/${entry.id}/expertise/incoming`, {
        kind: 'prosecutor_demand',
        receivedOn: '2026-03-06',
        docNumber: '7-02-2026',
        docDate: '2026-03-05',
        author: 'Прокуратура Кемеровского района',
        factorCodes: ['4а', '3б'],
        summary: 'Исключить открытый перечень документов',
      })
    ).json();
    expect(demand).toMatchObject({ dueDate: '2026-03-16', dueBasis: '172-ФЗ, ст. 4', state: 'overdue' });
    expect(
      (
        await legal.post(`/api/draft-acts/${entry.id}/expertise/incoming`, {
          kind: 'prosecutor_demand',
          receivedOn: '2026-03-06',
          docDate: '2026-03-09',
          author: 'Прокуратура',
          summary: 'Текст',
        })
      ).json().message,
    ).toBe('Дата документа позже даты его поступления');
    expect(
      (
        await legal.post(`/api/expertise-incoming/${demand.id}/answer`, {
          answeredOn: '2026-03-01',
          result: 'accepted',
          answerSummary: 'Учтено',
        })
      ).statusCode,
    ).toBe(400);
    const answered = (
      await legal.post(`/api/expertise-incoming/${demand.id}/answer`, {
        answeredOn: '2026-03-13',
        answerNumber: '01-12/455',
        result: 'accepted',
        answerSummary: 'Подпункт исключён, перечень документов исчерпывающий',
      })
    ).json();
    expect(answered).toMatchObject({ state: 'answered', result: 'accepted' });
    const overview = (await legal.get(`/api/draft-acts/${entry.id}/expertise`)).json();
    expect(overview.incoming.map((i: { kind: string; state: string }) => [i.kind, i.state])).toEqual([
      ['prosecutor_demand', 'answered'],
      ['independent_conclusion', 'overdue'],
    ]);
    // The answers' terms are deadlines of the entry: the unanswered conclusion is overdue in «Сроки» and on the
    // keeper's home page; the answered demand is met (in time).
    const deadlines = (await legal.get('/api/deadlines?state=overdue&pageSize=100'))
      .json()
      .items.filter((d: { entryId: string }) => d.entryId === entry.id);
    expect(deadlines).toEqual([
      expect.objectContaining({
        dueDate: '2026-05-04',
        basis: '172-ФЗ, ст. 5',
        title: expect.stringContaining('заключение независимой антикоррупционной экспертизы'),
      }),
    ]);
    const attention = (await legal.get('/api/home/attention'))
      .json()
      .items.filter((i: { link?: string }) => i.link === `/journals/draft-act/${entry.id}`);
    expect(attention).toEqual([expect.objectContaining({ severity: 'overdue', dueDate: '2026-05-04' })]);
    const stats = (await legal.get('/api/expertise/stats?year=2026')).json();
    expect(stats.prosecutorDemands).toMatchObject({ received: 1, answered: 1, late: 0 });
    expect(stats.independentConclusions).toMatchObject({ received: 1, answered: 0, overdue: 1 });
    const employee = await t.as('employee');
    expect(
      (
        await employee.post(`/api/expertise-incoming/${demand.id}/answer`, {
          answeredOn: '2026-03-13',
          result: 'accepted',
          answerSummary: 'Учтено полностью',
        })
      ).statusCode,
    ).toBe(404);
  });
});
