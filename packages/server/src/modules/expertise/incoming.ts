import { computeDeadline, type DeadlineRule, defaultCalendar, federalDeadlineRules, type IsoDate } from '@antikor/core';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { updateEntry } from '../journals/change-entry.js';
import { putEntryDeadline } from '../journals/entry-deadlines.js';
import { DRAFT_ACT, loadDraftEntry } from './expertise-access.js';
import { factorCode } from './review-finding.js';
import { expertiseIncoming } from './tables.js';

export type IncomingRow = typeof expertiseIncoming.$inferSelect;
export type IncomingKind = 'independent_conclusion' | 'prosecutor_demand';

export const incomingKindLabels: Record<IncomingKind, string> = {
  independent_conclusion: 'Заключение независимой антикоррупционной экспертизы',
  prosecutor_demand: 'Требование прокурора об изменении нормативного правового акта',
};
export const incomingResultLabels = {
  accepted: 'учтено полностью',
  partly_accepted: 'учтено частично',
  rejected: 'не учтено (мотивированный ответ)',
} as const;

const isoDate = (label: string) =>
  z
    .string({ message: `${label}: укажите дату` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: дата в формате ГГГГ-ММ-ДД`)
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      `${label}: несуществующая дата`,
    );

export const registerIncomingBody = z.object({
  kind: z.enum(['independent_conclusion', 'prosecutor_demand'], { message: 'Выберите вид документа' }),
  receivedOn: isoDate('Дата поступления'),
  author: z.string().trim().min(2, 'Укажите эксперта (организацию) или прокуратуру').max(500),
  accreditation: z.string().trim().max(500).nullish(),
  docNumber: z.string().trim().max(100).nullish(),
  docDate: isoDate('Дата документа').nullish(),
  factorCodes: z.array(factorCode).max(12).default([]),
  summary: z.string().trim().min(3, 'Кратко изложите выявленные факторы и предложения').max(10_000),
  hasProposals: z.boolean().default(true),
});
export type RegisterIncomingInput = z.infer<typeof registerIncomingBody>;

export const answerIncomingBody = z.object({
  answeredOn: isoDate('Дата ответа'),
  answerNumber: z.string().trim().max(100).nullish(),
  result: z.enum(['accepted', 'partly_accepted', 'rejected'], { message: 'Укажите результат рассмотрения' }),
  answerSummary: z.string().trim().min(3, 'Изложите результат рассмотрения').max(10_000),
});
export type AnswerIncomingInput = z.infer<typeof answerIncomingBody>;

/** The term to consider a received document (172-ФЗ ст. 4 ч. 2 — 10 days; ст. 5 ч. 3 — 30 days). */
export function incomingRule(kind: IncomingKind): DeadlineRule {
  return kind === 'prosecutor_demand'
    ? federalDeadlineRules['expertise.prosecutor_demand']
    : federalDeadlineRules['expertise.independent_conclusion'];
}

export function incomingDto(i: IncomingRow, today?: string) {
  const kind = i.kind as IncomingKind;
  const state = i.answeredOn
    ? i.answeredOn > i.dueDate
      ? 'answered_late'
      : 'answered'
    : today && i.dueDate < today
      ? 'overdue'
      : 'open';
  return {
    id: i.id,
    kind,
    kindLabel: incomingKindLabels[kind],
    receivedOn: i.receivedOn,
    author: i.author,
    accreditation: i.accreditation,
    docNumber: i.docNumber,
    docDate: i.docDate,
    factorCodes: i.factorCodes,
    summary: i.summary,
    hasProposals: i.hasProposals,
    dueDate: i.dueDate,
    dueBasis: i.dueBasis,
    dueExplanation: i.dueExplanation,
    answeredOn: i.answeredOn,
    answerNumber: i.answerNumber,
    result: i.result as keyof typeof incomingResultLabels | null,
    answerSummary: i.answerSummary,
    state: state as 'open' | 'overdue' | 'answered' | 'answered_late',
  };
}

/**
 * Registers an independent expert's conclusion or a prosecutor's demand against a draft-act entry, with the
 * term to consider it counted on the production calendar. Allowed after the act is adopted: demands concern
 * acts in force.
 */
/** The answer's term on the draft-act entry, so «Сроки», the home page and the digest show it (met once answered). */
export async function putIncomingDeadline(tx: Db, row: typeof expertiseIncoming.$inferSelect, regNumber: string) {
  await putEntryDeadline(tx, {
    orgId: row.orgId,
    entryId: row.entryId,
    journalCode: DRAFT_ACT,
    code: `expertise:${row.id}`,
    title: `Ответ: ${incomingKindLabels[row.kind as IncomingKind].toLowerCase()} (${row.author})`,
    dueDate: row.dueDate,
    basis: row.dueBasis,
    explanation: `${row.dueExplanation}. Проект № ${regNumber}`,
    metAt: row.answeredOn ? new Date(`${row.answeredOn}T12:00:00Z`) : null,
    isLate: !!row.answeredOn && row.answeredOn > row.dueDate,
  });
}

export async function registerIncoming(db: Db, actor: Actor, entryId: string, input: RegisterIncomingInput) {
  return db.transaction(async (tx) => {
    const { entry } = await loadDraftEntry(tx, actor, entryId, { forUpdate: true, write: true });
    if (input.docDate && input.docDate > input.receivedOn)
      throw new AppError('VALIDATION', 'Дата документа позже даты его поступления', [
        { field: 'docDate', message: 'Позже даты поступления' },
      ]);
    const computed = computeDeadline(defaultCalendar, incomingRule(input.kind), input.receivedOn as IsoDate);
    const notes: string[] = [];
    if (input.kind === 'prosecutor_demand' && entry.data.actType === 'council_decision')
      notes.push(
        'Требование об изменении акта представительного органа рассматривается на его ближайшем заседании (172-ФЗ, ст. 4, ч. 3)',
      );
    if (input.kind === 'independent_conclusion' && !input.hasProposals)
      notes.push(
        'Заключение не содержит предложений о способе устранения факторов: мотивированный ответ не направляется (172-ФЗ, ст. 5, ч. 3)',
      );
    const to = entry.data.publishedForIndependentTo as string | undefined;
    if (input.kind === 'independent_conclusion' && to && input.receivedOn > to)
      notes.push(`Поступило после окончания приёма заключений (${to.split('-').reverse().join('.')})`);
    const [row] = await tx
      .insert(expertiseIncoming)
      .values({
        orgId: entry.orgId,
        entryId,
        kind: input.kind,
        receivedOn: input.receivedOn,
        author: input.author,
        accreditation: input.accreditation ?? null,
        docNumber: input.docNumber ?? null,
        docDate: input.docDate ?? null,
        factorCodes: input.factorCodes,
        summary: input.summary,
        hasProposals: input.kind === 'prosecutor_demand' ? true : input.hasProposals,
        dueDate: computed.dueDate!,
        dueBasis: computed.rule.basis,
        dueExplanation: [computed.explanation, ...notes].join('. '),
        createdBy: actor.userId,
      })
      .returning();
    await putIncomingDeadline(tx, row, entry.regNumber);
    await appendAudit(tx, auditContext(actor), {
      orgId: entry.orgId,
      type: 'expertise.incoming_registered',
      entityType: 'journal_entry',
      entityId: entryId,
      data: {
        incomingId: row.id,
        kind: input.kind,
        receivedOn: input.receivedOn,
        dueDate: row.dueDate,
        author: input.author,
      },
    });
    return row;
  });
}

/** Records the result of considering a received conclusion or demand and the answer sent. */
export async function answerIncoming(db: Db, actor: Actor, id: string, input: AnswerIncomingInput) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(expertiseIncoming)
      .where(and(eq(expertiseIncoming.id, id), inArray(expertiseIncoming.orgId, actor.orgIds)));
    if (!row) throw notFound('Документ');
    const { entry } = await loadDraftEntry(tx, actor, row.entryId, { forUpdate: true, write: true });
    if (input.answeredOn < row.receivedOn)
      throw new AppError('VALIDATION', 'Дата ответа раньше даты поступления документа', [
        { field: 'answeredOn', message: 'Раньше даты поступления' },
      ]);
    const [updated] = await tx
      .update(expertiseIncoming)
      .set({
        answeredOn: input.answeredOn,
        answerNumber: input.answerNumber ?? null,
        result: input.result,
        answerSummary: input.answerSummary,
        updatedAt: new Date(),
      })
      .where(eq(expertiseIncoming.id, id))
      .returning();
    await putIncomingDeadline(tx, updated, entry.regNumber);
    await appendAudit(tx, auditContext(actor), {
      orgId: entry.orgId,
      type: 'expertise.incoming_answered',
      entityType: 'journal_entry',
      entityId: entry.id,
      data: {
        incomingId: id,
        kind: row.kind,
        answeredOn: input.answeredOn,
        result: input.result,
        late: input.answeredOn > row.dueDate,
      },
    });
    return updated;
  });
}

export const publicationBody = z.object({
  from: isoDate('Начало размещения'),
  to: isoDate('Окончание приёма заключений').nullish(),
});

/**
 * The period the draft is posted for independent expertise (ПП РФ № 96; the municipal act sets the length,
 * typically not less than 7 days): the end is computed when not given, and written into the entry.
 */
export async function setPublication(db: Db, actor: Actor, entryId: string, input: z.infer<typeof publicationBody>) {
  const rule = federalDeadlineRules['expertise.draft_posting'];
  const to = input.to ?? computeDeadline(defaultCalendar, rule, input.from as IsoDate).dueDate!;
  if (to <= input.from)
    throw new AppError('VALIDATION', 'Окончание приёма заключений должно быть позже начала размещения', [
      { field: 'to', message: 'Не позже начала' },
    ]);
  await loadDraftEntry(db, actor, entryId, { write: true });
  await updateEntry(db, actor, entryId, {
    data: { publishedForIndependentFrom: input.from, publishedForIndependentTo: to },
  });
  return { from: input.from, to, basis: rule.basis, description: rule.description };
}
