/**
 * The demo's anti-corruption expertise in the current year (2026): draft-act entries with the text of each
 * version scanned by the engine and the legal department's decisions — one draft under review with
 * undecided claims, one revised until its factors were removed, one clean, one posted for independent
 * expertise with an expert's conclusion awaiting the answer, and an adopted order with a prosecutor's
 * demand whose 10-day term runs now. The 2024 figures (382 examined, 365 with expertise, 0 factors) are
 * not touched: these entries are of 2026.
 */
import { createHash } from 'node:crypto';
import { addWorkingDays, computeDeadline, defaultCalendar, type IsoDate } from '@antikor/core';
import { docxToText } from '@antikor/engines/expertise';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { cleanDraftText } from '../../modules/expertise/draft-text.js';
import { entryPatchFor } from '../../modules/expertise/entry-factors.js';
import { incomingRule, putIncomingDeadline } from '../../modules/expertise/incoming.js';
import { insertRun } from '../../modules/expertise/scan-version.js';
import { expertiseFindings, expertiseIncoming, expertiseRuns } from '../../modules/expertise/tables.js';
import { journalAttachments, journalEntries } from '../../modules/journals/tables.js';
import { buildDocx } from '../../platform/documents/docx.js';
import { seedJournalEntries } from '../journal-factory.js';
import {
  cultureWagesAmendment,
  greeneryFelling,
  kioskPlacement,
  landUseRegulation,
  nkoSubsidiesV1,
  nkoSubsidiesV2,
} from './demo-expertise-texts.js';

const EXPERT = 'Демо: правовое управление';
type Decision = { code: string; unit: RegExp; decision: 'confirmed' | 'rejected'; comment?: string };
type Version = {
  text: string;
  on: string;
  fileName?: string;
  asDocx?: boolean;
  decisions: Decision[] | 'confirm_all' | 'reject_all';
};
type Incoming = {
  kind: 'independent_conclusion' | 'prosecutor_demand';
  receivedOn: string;
  author: string;
  accreditation?: string;
  docNumber?: string;
  factorCodes: string[];
  summary: string;
  answer?: { on: string; number: string; result: 'accepted' | 'partly_accepted' | 'rejected'; summary: string };
};

const at = (d: string) => new Date(`${d}T04:00:00Z`);
const workdays = (d: string, n: number) => addWorkingDays(defaultCalendar, d as IsoDate, n).date as string;

async function seedVersions(db: Db, orgId: string, entryId: string, versions: Version[]) {
  for (const v of versions) {
    await db.transaction(async (tx) => {
      let text = v.text;
      let attachmentId: string | null = null;
      if (v.asDocx && v.fileName) {
        const content = await buildDocx({
          title: v.fileName,
          blocks: v.text.split('\n').map((line) => ({ kind: 'paragraph' as const, text: line })),
        });
        text = cleanDraftText(await docxToText(content));
        const [att] = await tx
          .insert(journalAttachments)
          .values({
            orgId,
            entryId,
            fileName: v.fileName,
            mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            size: content.length,
            sha256: createHash('sha256').update(content).digest('hex'),
            content,
            uploadedAt: at(v.on),
          })
          .returning({ id: journalAttachments.id });
        attachmentId = att.id;
      }
      const { run } = await insertRun(tx, {
        orgId,
        entryId,
        text: cleanDraftText(text),
        source: attachmentId ? 'attachment' : 'paste',
        fileName: v.fileName ?? null,
        attachmentId,
        by: { id: null, name: EXPERT },
        now: at(v.on),
      });
      const findings = await tx.select().from(expertiseFindings).where(eq(expertiseFindings.runId, run.id));
      for (const f of findings) {
        if (f.origin !== 'engine' || (f.score ?? 0) < 0.5) continue;
        const d =
          v.decisions === 'confirm_all'
            ? { decision: 'confirmed' as const }
            : v.decisions === 'reject_all'
              ? { decision: 'rejected' as const, comment: 'Не является коррупциогенным фактором' }
              : v.decisions.find((x) => x.code === f.code && x.unit.test(f.unit));
        if (!d) continue;
        await tx
          .update(expertiseFindings)
          .set({
            decision: d.decision,
            decisionComment: d.comment ?? null,
            decidedByName: EXPERT,
            decidedAt: at(v.on),
            carriedFromVersion: null,
          })
          .where(eq(expertiseFindings.id, f.id));
      }
    });
  }
  // The entry's result fields, as the journal engine would set them after these decisions.
  const rows = await db
    .select({
      lineageId: expertiseFindings.lineageId,
      version: expertiseRuns.version,
      decision: expertiseFindings.decision,
      code: expertiseFindings.code,
      unit: expertiseFindings.unit,
      suggestion: expertiseFindings.suggestion,
      expertSuggestion: expertiseFindings.expertSuggestion,
      quote: expertiseFindings.quote,
    })
    .from(expertiseFindings)
    .innerJoin(expertiseRuns, eq(expertiseRuns.id, expertiseFindings.runId))
    .where(eq(expertiseFindings.entryId, entryId));
  const patch = entryPatchFor(rows, versions.length);
  const [entry] = await db
    .select({ data: journalEntries.data })
    .from(journalEntries)
    .where(and(eq(journalEntries.id, entryId), eq(journalEntries.orgId, orgId)));
  const data: Record<string, unknown> = { ...entry.data, ...patch };
  for (const k of Object.keys(data)) if (data[k] === null) delete data[k];
  await db.update(journalEntries).set({ data }).where(eq(journalEntries.id, entryId));
}

async function seedIncoming(db: Db, orgId: string, entryId: string, docs: Incoming[]) {
  for (const d of docs) {
    const due = computeDeadline(defaultCalendar, incomingRule(d.kind), d.receivedOn as IsoDate);
    const [row] = await db
      .insert(expertiseIncoming)
      .values({
        orgId,
        entryId,
        kind: d.kind,
        receivedOn: d.receivedOn,
        author: d.author,
        accreditation: d.accreditation ?? null,
        docNumber: d.docNumber ?? null,
        docDate: d.receivedOn,
        factorCodes: d.factorCodes,
        summary: d.summary,
        dueDate: due.dueDate!,
        dueBasis: due.rule.basis,
        dueExplanation: due.explanation,
        answeredOn: d.answer?.on ?? null,
        answerNumber: d.answer?.number ?? null,
        result: d.answer?.result ?? null,
        answerSummary: d.answer?.summary ?? null,
      })
      .returning();
    const [entry] = await db
      .select({ regNumber: journalEntries.regNumber })
      .from(journalEntries)
      .where(eq(journalEntries.id, entryId));
    await putIncomingDeadline(db, row, entry.regNumber);
  }
}

export async function loadDemoExpertise(db: Db, orgId: string, today = new Date().toISOString().slice(0, 10)) {
  const base = { actType: 'resolution', isNormative: true };
  // Live documents are dated a few working days back from the demo's start, within the current work.
  const recent = (n: number) => workdays(today, -n);
  // Registration order = the order below (the factory numbers entries by date).
  const [greenery, subsidies, wages, kiosks, landUse] = await seedJournalEntries(db, {
    orgId,
    journalCode: 'draft-act',
    entries: [
      {
        registeredOn: '2026-06-15',
        status: 'adopted',
        processedOn: '2026-06-18',
        data: {
          ...base,
          draftTitle:
            'Об утверждении Порядка выдачи разрешений на снос (пересадку) зеленых насаждений на территории Кемеровского муниципального округа',
          developer: 'Управление жизнеобеспечения',
          receivedOn: '2026-06-15',
          conclusionOn: '2026-06-17',
          adoptedAct: 'Постановление от 24.06.2026 № 1412-п',
        },
      },
      {
        registeredOn: '2026-09-07',
        status: 'concluded',
        processedOn: '2026-09-25',
        data: {
          ...base,
          draftTitle:
            'Об утверждении Порядка предоставления субсидий из бюджета Кемеровского муниципального округа социально ориентированным некоммерческим организациям',
          developer: 'Управление экономического развития',
          receivedOn: '2026-09-07',
          conclusionOn: '2026-09-25',
          publishedForIndependentFrom: '2026-09-08',
          publishedForIndependentTo: '2026-09-15',
        },
      },
      {
        registeredOn: '2026-10-12',
        status: 'concluded',
        processedOn: '2026-10-13',
        data: {
          ...base,
          draftTitle:
            'О внесении изменений в постановление администрации Кемеровского муниципального округа от 14.02.2022 № 318-п «Об утверждении Положения об оплате труда работников муниципальных бюджетных учреждений культуры»',
          developer: 'Управление культуры, спорта и молодежной политики',
          receivedOn: '2026-10-12',
          conclusionOn: '2026-10-13',
        },
      },
      {
        registeredOn: '2026-11-05',
        data: {
          ...base,
          draftTitle:
            'Об утверждении Положения о размещении нестационарных торговых объектов на территории Кемеровского муниципального округа',
          developer: 'Комитет по управлению муниципальным имуществом',
          receivedOn: '2026-11-05',
          publishedForIndependentFrom: '2026-11-06',
          publishedForIndependentTo: '2026-11-13',
        },
      },
      {
        registeredOn: '2026-11-16',
        data: {
          ...base,
          draftTitle:
            'Об утверждении административного регламента предоставления муниципальной услуги «Выдача разрешения на использование земель или земельного участка без предоставления земельных участков и установления сервитута»',
          developer: 'Управление архитектуры и градостроительства',
          receivedOn: '2026-11-16',
        },
      },
    ],
  });

  // The expert of June dismissed the claims; the prosecutor's office later found the same factors.
  await seedVersions(db, orgId, greenery, [{ text: greeneryFelling, on: '2026-06-16', decisions: 'reject_all' }]);
  await seedIncoming(db, orgId, greenery, [
    {
      kind: 'prosecutor_demand',
      receivedOn: recent(6),
      author: 'Прокуратура Кемеровского района',
      docNumber: '7-03-2026/Прдп412',
      factorCodes: ['4а', '3б'],
      summary:
        'В пункте 2 Порядка перечень документов оставлен открытым («иные документы по требованию уполномоченного органа»), в пункте 4 полномочие отказать установлено по формуле «вправе» без оснований отказа. Требуется изменить Порядок.',
    },
  ]);

  await seedVersions(db, orgId, subsidies, [
    {
      text: nkoSubsidiesV1,
      on: '2026-09-09',
      decisions: [
        { code: '4а', unit: /подпункт 3 пункта 2\.2/, decision: 'confirmed' },
        {
          code: '3а',
          unit: /подпункт 3 пункта 2\.2/,
          decision: 'rejected',
          comment: 'Охватывается фактором 4а по тому же подпункту',
        },
        { code: '3б', unit: /пункт 2\.3/, decision: 'confirmed' },
        { code: '4в', unit: /пункт 2\.3/, decision: 'confirmed' },
        { code: '3а', unit: /пункт 2\.3/, decision: 'rejected', comment: 'Охватывается фактором 3б по тому же пункту' },
        { code: '3г', unit: /пункт 2\.4/, decision: 'confirmed' },
        { code: '3б', unit: /пункт 2\.5/, decision: 'confirmed' },
        { code: '4б', unit: /пункт 2\.5/, decision: 'confirmed' },
      ],
    },
    { text: nkoSubsidiesV2, on: '2026-09-24', decisions: 'reject_all' },
  ]);
  await seedIncoming(db, orgId, subsidies, [
    {
      kind: 'independent_conclusion',
      receivedOn: '2026-09-14',
      author: 'АНО «Центр правовой экспертизы Кузбасса»',
      accreditation: 'распоряжение Минюста России от 11.03.2021 № 412-р',
      factorCodes: ['3б', '4а'],
      summary:
        'Пункт 2.3 (продление срока «при необходимости») и подпункт 3 пункта 2.2 («другие документы по усмотрению администрации») содержат коррупциогенные факторы; предложено установить срок и исчерпывающий перечень.',
      answer: {
        on: '2026-09-28',
        number: '01-11/2231',
        result: 'accepted',
        summary:
          'Предложения учтены: в редакции № 2 установлены срок рассмотрения заявок и исчерпывающий перечень документов.',
      },
    },
  ]);

  await seedVersions(db, orgId, wages, [{ text: cultureWagesAmendment, on: '2026-10-13', decisions: [] }]);

  await seedVersions(db, orgId, kiosks, [{ text: kioskPlacement, on: '2026-11-09', decisions: 'confirm_all' }]);
  await seedIncoming(db, orgId, kiosks, [
    {
      kind: 'independent_conclusion',
      receivedOn: '2026-11-12',
      author: 'Кравцов Алексей Игоревич, независимый эксперт',
      accreditation: 'распоряжение Минюста России от 05.06.2019 № 1108-р',
      factorCodes: ['3з'],
      summary:
        'Пункт 2.2: заключение договора без торгов с лицом, первым подавшим заявление, — отказ от конкурсных процедур. Предложено предоставлять право на размещение по результатам аукциона.',
    },
  ]);

  await seedVersions(db, orgId, landUse, [
    {
      text: landUseRegulation,
      on: '2026-11-17',
      fileName: 'Проект регламента — разрешение на использование земель.docx',
      asDocx: true,
      decisions: [
        {
          code: '3з',
          unit: /^пункт 2\.1/,
          decision: 'rejected',
          comment:
            'Положение определяет орган, предоставляющий услугу; право (благо) не распределяется между претендентами',
        },
        { code: '4а', unit: /подпункт «г» пункта 2\.3/, decision: 'confirmed' },
        { code: '3б', unit: /^пункт 2\.5/, decision: 'confirmed' },
        { code: '3в', unit: /^пункт 2\.8/, decision: 'confirmed' },
      ],
    },
  ]);
  return { entries: 5 };
}
