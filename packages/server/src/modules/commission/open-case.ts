/**
 * Opens a case on a ground of Указ № 821 п. 16: by hand, from a source that is not yet a module of its own
 * (declaration finding, affiliation link, verification — kept as source kind + reference), or from a
 * journal entry (conflict-of-interest notice, employer's message) with its motivated conclusion.
 */
import {
  type CaseInput,
  type CaseSourceKind,
  type CommissionGround,
  caseInput,
  findJournal,
  groundDefs,
  groundOfJournal,
} from '@antikor/core';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { journalEntries } from '../journals/tables.js';
import { assertCommissionKeeper, loadSettings, nextNumber } from './commission-access.js';
import { loadSubject } from './subjects.js';
import { commissionCases } from './tables.js';

type NewCase = {
  orgId: string;
  ground: CommissionGround;
  sourceKind: string;
  sourceRef: string | null;
  journalEntryId: string | null;
  employeeId: string | null;
  subjectName: string;
  receivedOn: string;
  summary: string;
  attendIntent: boolean | null;
  isAnonymous: boolean;
  conclusionText?: string | null;
  conclusionRecommendation?: string | null;
  conclusionOn?: string | null;
};

/** Grounds with a preliminary review start there; the others go straight to the chair (п. 16.1–16.4, 17). */
function initialState(c: NewCase) {
  const needsReview = groundDefs[c.ground].needsConclusion && !c.conclusionOn;
  return needsReview
    ? { status: 'preliminary_review', chairReceivedOn: null }
    : { status: 'awaiting_meeting', chairReceivedOn: c.conclusionOn ?? c.receivedOn };
}

async function insertCase(tx: Db, actor: Actor, c: NewCase) {
  const year = Number(c.receivedOn.slice(0, 4));
  const number = await nextNumber(tx, c.orgId, 'case', year);
  const [row] = await tx
    .insert(commissionCases)
    .values({ ...c, ...initialState(c), year, number, regNumber: `${number}/${year}`, createdBy: actor.userId })
    .returning();
  await appendAudit(tx, auditContext(actor), {
    orgId: c.orgId,
    type: 'commission.case_opened',
    entityType: 'commission_case',
    entityId: row.id,
    data: {
      regNumber: row.regNumber,
      ground: c.ground,
      sourceKind: c.sourceKind,
      sourceRef: c.sourceRef,
      employeeId: c.employeeId,
    },
  });
  return row;
}

export async function openCase(db: Db, actor: Actor, raw: CaseInput, opts: { today: string }) {
  assertCommissionKeeper(actor);
  const input = caseInput.parse(raw);
  if (input.receivedOn > opts.today)
    throw new AppError('VALIDATION', 'Дата поступления информации не может быть позже сегодняшней', [
      { field: 'receivedOn', message: 'Дата в будущем' },
    ]);
  if (input.sourceKind === 'journal_entry')
    throw new AppError('VALIDATION', 'Вопрос по записи журнала открывается из самой записи', [
      { field: 'sourceKind', message: 'Используйте «Открыть по записи журнала»' },
    ]);
  if (input.sourceKind !== 'manual' && !input.sourceRef)
    throw new AppError('VALIDATION', 'Укажите реквизиты источника (номер акта проверки, идентификатор записи)', [
      { field: 'sourceRef', message: 'Обязательное поле' },
    ]);
  const settings = await loadSettings(db, actor.orgId);
  // Указ № 1065 п. 11 (and regional copies of Указ № 821): anonymous information is no ground.
  if (input.isAnonymous && settings.blockAnonymous)
    throw new AppError(
      'VALIDATION',
      'Анонимная информация не может служить основанием для рассмотрения на заседании комиссии',
      [{ field: 'isAnonymous', message: 'Анонимная информация' }],
    );
  let orgId = actor.orgId;
  let subjectName = input.subjectName?.trim() || null;
  if (input.employeeId) {
    const s = await loadSubject(db, actor.orgIds, input.employeeId);
    orgId = s.orgId;
    subjectName = s.subjectName;
  }
  if (!subjectName)
    throw new AppError('VALIDATION', 'Укажите служащего (гражданина), в отношении которого рассматривается вопрос', [
      { field: 'employeeId', message: 'Обязательное поле' },
    ]);
  return db.transaction((tx) =>
    insertCase(tx, actor, {
      orgId,
      ground: input.ground,
      sourceKind: input.sourceKind,
      sourceRef: input.sourceRef ?? null,
      journalEntryId: null,
      employeeId: input.employeeId ?? null,
      subjectName,
      receivedOn: input.receivedOn,
      summary: input.summary,
      attendIntent: input.attendIntent ?? null,
      isAnonymous: input.isAnonymous,
    }),
  );
}

/**
 * Opens a case from a record of another module inside that module's transaction — e.g. an affiliation link the
 * working group refers to the commission as a «представление» (Указ № 821, п. 16 подп. «в»). The source is
 * kept by kind and id, so the case card leads back to the evidence.
 */
export async function openCaseFromSource(
  tx: Db,
  actor: Actor,
  c: {
    sourceKind: CaseSourceKind;
    sourceRef: string;
    employeeId: string;
    ground: CommissionGround;
    receivedOn: string;
    summary: string;
  },
) {
  assertCommissionKeeper(actor);
  const s = await loadSubject(tx, actor.orgIds, c.employeeId);
  return insertCase(tx, actor, {
    orgId: s.orgId,
    ground: c.ground,
    sourceKind: c.sourceKind,
    sourceRef: c.sourceRef,
    journalEntryId: null,
    employeeId: c.employeeId,
    subjectName: s.subjectName,
    receivedOn: c.receivedOn,
    summary: c.summary,
    attendIntent: null,
    isAnonymous: false,
  });
}

/** Text of a journal entry's fields for the case materials. */
function entrySummary(code: string, data: Record<string, unknown>): string {
  const def = findJournal(code);
  if (!def) return '';
  return def.fields
    .filter(
      (f) =>
        (f.stage ?? 'registration') === 'registration' &&
        data[f.key] !== undefined &&
        data[f.key] !== null &&
        data[f.key] !== '' &&
        f.type !== 'boolean',
    )
    .map(
      (f) =>
        `${f.label}: ${f.type === 'select' ? (f.options?.find((o) => o.value === data[f.key])?.label ?? data[f.key]) : String(data[f.key])}`,
    )
    .join('\n');
}

/**
 * Opens the case of a conflict-of-interest notice (п. 16 «б» абз. 5) or an employer's message (п. 16 «д»).
 * Idempotent: the entry's live case is returned if it exists. The entry's motivated conclusion (if written)
 * goes with it and the case waits for a meeting; otherwise the review continues in the case.
 */
export async function openCaseFromEntry(db: Db, actor: Actor, journalEntryId: string) {
  assertCommissionKeeper(actor);
  const [entry] = await db
    .select()
    .from(journalEntries)
    .where(and(eq(journalEntries.id, journalEntryId), inArray(journalEntries.orgId, actor.orgIds)));
  if (!entry) throw notFound('Запись журнала');
  const ground = groundOfJournal[entry.journalCode];
  if (!ground)
    throw new AppError(
      'VALIDATION',
      'Записи этого журнала не являются основанием для заседания комиссии (Указ № 821, п. 16)',
    );
  const def = findJournal(entry.journalCode)!;
  const data = entry.data;
  if (entry.journalCode === 'ex-employee-notice' && data.conclusion === 'not_subject') {
    throw new AppError(
      'CONFLICT',
      'По мотивированному заключению сообщение не подлежит рассмотрению на заседании комиссии',
    );
  }
  if (entry.journalCode === 'ex-employee-notice' && data.consentGiven === true) {
    throw new AppError(
      'CONFLICT',
      'Комиссия ранее дала согласие на это трудоустройство: сообщение не рассматривается (Указ № 821, п. 16 «д»)',
    );
  }
  const live = () =>
    db
      .select()
      .from(commissionCases)
      .where(and(eq(commissionCases.journalEntryId, entry.id), ne(commissionCases.status, 'withdrawn')));
  const opened = db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(commissionCases)
      .where(and(eq(commissionCases.journalEntryId, entry.id), ne(commissionCases.status, 'withdrawn')));
    if (existing) return existing;
    const hasConclusion = typeof data.conclusionText === 'string' && typeof data.conclusionOn === 'string';
    // The journal's conclusion codes map onto the decisions of п. 25.3.
    const recommendation =
      entry.journalCode === 'coi-notice' && typeof data.conclusion === 'string'
        ? data.conclusion === 'conflict_breach'
          ? 'coi_breach_penalty'
          : data.conclusion
        : null;
    return insertCase(tx, actor, {
      orgId: entry.orgId,
      ground,
      sourceKind: 'journal_entry',
      sourceRef: `${def.shortTitle}, № ${entry.regNumber}`,
      journalEntryId: entry.id,
      employeeId: entry.employeeId,
      subjectName: entry.subjectName ?? entry.party ?? 'не указан',
      receivedOn: entry.registeredOn,
      summary: entrySummary(entry.journalCode, data),
      attendIntent: typeof data.attendMeeting === 'boolean' ? data.attendMeeting : null,
      isAnonymous: false,
      conclusionText: hasConclusion ? String(data.conclusionText) : null,
      conclusionRecommendation: recommendation,
      conclusionOn: hasConclusion ? String(data.conclusionOn) : null,
    });
  });
  try {
    return await opened;
  } catch (e) {
    // Two secretaries opening the same entry at once: the unique index lets one win; the other gets its case.
    const code =
      (e as { code?: string; cause?: { code?: string } }).code ?? (e as { cause?: { code?: string } }).cause?.code;
    const [existing] = code === '23505' ? await live() : [];
    if (existing) return existing;
    throw e;
  }
}
