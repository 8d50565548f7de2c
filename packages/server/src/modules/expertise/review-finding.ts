import { randomUUID } from 'node:crypto';
import { FACTOR_CODES, type FactorCode, factorInfo, parseStructure } from '@antikor/engines/expertise';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { syncEntryFactors } from './entry-factors.js';
import { loadDraftEntry } from './expertise-access.js';
import { matchKey, quoteAround, unitAt } from './finding-match.js';
import { expertiseFindings, expertiseRuns } from './tables.js';

export const factorCode = z.enum(FACTOR_CODES as unknown as [FactorCode, ...FactorCode[]], {
  message: 'Выберите коррупциогенный фактор из перечня Методики',
});

export const reviewBody = z
  .object({
    decision: z
      .enum(['confirmed', 'rejected', 'pending'], {
        message: 'Решение: подтвердить, отклонить или вернуть на рассмотрение',
      })
      .optional(),
    comment: z.string().trim().max(2000, 'Комментарий не длиннее 2000 знаков').nullish(),
    suggestion: z.string().trim().max(4000, 'Предложение не длиннее 4000 знаков').nullish(),
  })
  .refine((b) => b.decision !== undefined || b.suggestion !== undefined, {
    message: 'Укажите решение или новую редакцию предложения',
  });
export type ReviewInput = z.infer<typeof reviewBody>;

export const addFindingBody = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  code: factorCode,
  explanation: z.string().trim().max(4000).nullish(),
  suggestion: z.string().trim().max(4000).nullish(),
});
export type AddFindingInput = z.infer<typeof addFindingBody>;

/** Loads the run of a finding and checks it is the latest version of an open draft the actor examines. */
async function latestRunFor(tx: Db, actor: Actor, runId: string) {
  const [run] = await tx
    .select()
    .from(expertiseRuns)
    .where(and(eq(expertiseRuns.id, runId), inArray(expertiseRuns.orgId, actor.orgIds)));
  if (!run) throw notFound('Редакция проекта');
  const { entry } = await loadDraftEntry(tx, actor, run.entryId, { forUpdate: true, write: true, open: true });
  const [latest] = await tx
    .select({ version: expertiseRuns.version })
    .from(expertiseRuns)
    .where(eq(expertiseRuns.entryId, run.entryId))
    .orderBy(desc(expertiseRuns.version))
    .limit(1);
  if (latest.version !== run.version)
    throw new AppError(
      'CONFLICT',
      `Решения принимаются по последней редакции проекта (№ ${latest.version}); редакция № ${run.version} сохранена без изменений`,
    );
  return { run, entry };
}

/**
 * The expert's decision on a finding (Methodology of ПП РФ № 96: the expert, not the engine, concludes):
 * confirm, reject with a reason, or return to review; and/or their own wording of the proposal.
 */
export async function reviewFinding(db: Db, actor: Actor, findingId: string, input: ReviewInput, now = new Date()) {
  return db.transaction(async (tx) => {
    const [f] = await tx
      .select()
      .from(expertiseFindings)
      .where(and(eq(expertiseFindings.id, findingId), inArray(expertiseFindings.orgId, actor.orgIds)));
    if (!f) throw notFound('Замечание');
    const { entry } = await latestRunFor(tx, actor, f.runId);
    const decision = input.decision ?? f.decision;
    const comment = input.comment === undefined ? (input.decision ? null : f.decisionComment) : input.comment || null;
    if (decision === 'rejected' && !comment)
      throw new AppError('VALIDATION', 'Укажите причину отклонения замечания', [
        { field: 'comment', message: 'Укажите причину отклонения' },
      ]);
    const expertSuggestion = input.suggestion === undefined ? f.expertSuggestion : input.suggestion || null;
    const decided = input.decision !== undefined;
    const [row] = await tx
      .update(expertiseFindings)
      .set({
        decision,
        decisionComment: comment,
        expertSuggestion,
        ...(decided
          ? {
              decidedBy: decision === 'pending' ? null : actor.userId,
              decidedByName: decision === 'pending' ? null : actor.fullName,
              decidedAt: decision === 'pending' ? null : now,
              carriedFromVersion: null,
            }
          : {}),
      })
      .where(eq(expertiseFindings.id, f.id))
      .returning();
    await appendAudit(tx, auditContext(actor), {
      orgId: entry.orgId,
      type: 'expertise.finding_reviewed',
      entityType: 'journal_entry',
      entityId: entry.id,
      data: {
        findingId: f.id,
        code: f.code,
        unit: f.unit,
        from: f.decision,
        to: decision,
        comment,
        suggestionChanged: expertSuggestion !== f.expertSuggestion,
      },
    });
    await syncEntryFactors(tx, actor, entry.id, now);
    return row;
  });
}

/**
 * A factor the engine missed, marked by the expert on the text of the latest version: the structural unit
 * and the sentence are found from the span. Added as confirmed — the expert found it.
 */
export async function addFinding(db: Db, actor: Actor, runId: string, input: AddFindingInput, now = new Date()) {
  return db.transaction(async (tx) => {
    const { run, entry } = await latestRunFor(tx, actor, runId);
    if (input.end <= input.start || input.end > run.text.length)
      throw new AppError('VALIDATION', 'Выделите фрагмент текста проекта', [
        { field: 'start', message: 'Фрагмент вне текста' },
      ]);
    let { start, end } = input;
    while (start < end && /\s/.test(run.text[start])) start++;
    while (end > start && /\s/.test(run.text[end - 1])) end--;
    const trigger = run.text.slice(start, end);
    if (!trigger.trim())
      throw new AppError('VALIDATION', 'Выделите слова проекта, в которых содержится фактор', [
        { field: 'start', message: 'Пустой фрагмент' },
      ]);
    if (trigger.length > 2000)
      throw new AppError('VALIDATION', 'Выделите одно положение (не более 2000 знаков)', [
        { field: 'end', message: 'Слишком длинный фрагмент' },
      ]);
    const info = factorInfo(input.code);
    const { quote } = quoteAround(run.text, start, end);
    const unit = unitAt(parseStructure(run.text).units, start)?.label ?? 'текст проекта';
    const id = randomUUID();
    const [row] = await tx
      .insert(expertiseFindings)
      .values({
        id,
        orgId: run.orgId,
        runId: run.id,
        entryId: run.entryId,
        lineageId: id,
        origin: 'expert',
        code: input.code,
        start,
        end,
        unit,
        trigger,
        quote,
        matchKey: matchKey(input.code, quote, trigger),
        explanation:
          input.explanation ||
          `«${trigger}»: коррупциогенный фактор «${info.title}» — ${info.definition} (${info.methodologyRef}).`,
        suggestion: input.suggestion || info.remedy,
        decision: 'confirmed',
        decidedBy: actor.userId,
        decidedByName: actor.fullName,
        decidedAt: now,
        createdAt: now,
      })
      .returning();
    await appendAudit(tx, auditContext(actor), {
      orgId: entry.orgId,
      type: 'expertise.finding_added',
      entityType: 'journal_entry',
      entityId: entry.id,
      data: { findingId: id, runId: run.id, code: input.code, unit, trigger },
    });
    await syncEntryFactors(tx, actor, entry.id, now);
    return row;
  });
}
