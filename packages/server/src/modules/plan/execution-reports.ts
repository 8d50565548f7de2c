/**
 * Subdivisions' reports on the execution of plan measures (issue 4; measure 5.1 of the seed): a unit writes
 * its text for each of its measures, attaches files and submits; the anti-corruption officer accepts or
 * returns with a comment. Status of a measure × unit: not_started → draft → submitted → accepted | returned.
 */
import { createHash } from 'node:crypto';
import { hasPermission, unknownIndicatorKeys } from '@antikor/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { checkAttachment } from '../journals/attachments.js';
import { actorUnitIds, loadPlan, type PlanRow } from './plan-access.js';
import { executionReportAttachments, executionReports, planMeasures, planMeasureUnits } from './tables.js';

export type ReportStatus = 'not_started' | 'draft' | 'submitted' | 'returned' | 'accepted';
export type ReportRow = typeof executionReports.$inferSelect;

/** Reviewers and the heads see every unit's report; others see and write those of their own units. */
export function seesAllReports(actor: Actor, plan: PlanRow): boolean {
  return (
    actor.orgIds.includes(plan.orgId) &&
    (hasPermission(actor.roles, 'plan.review') ||
      actor.roles.includes('head') ||
      actor.roles.includes('regional_supervisor'))
  );
}

function mayWrite(actor: Actor, plan: PlanRow, unitId: string): boolean {
  if (actor.orgIds.includes(plan.orgId) && hasPermission(actor.roles, 'plan.review')) return true;
  return hasPermission(actor.roles, 'plan.report') && actorUnitIds(actor).includes(unitId);
}

function assertTextUsable(text: string) {
  const unknown = unknownIndicatorKeys(text);
  if (unknown.length) {
    throw new AppError('VALIDATION', `Неизвестный показатель: ${unknown.map((k) => `{{${k}}}`).join(', ')}`, [
      { field: 'text', message: 'Неизвестный показатель в тексте' },
    ]);
  }
}

/** Loads a report the actor may see, with its plan. */
export async function loadReport(db: Db, actor: Actor, reportId: string, opts: { forUpdate?: boolean } = {}) {
  const q = db.select().from(executionReports).where(eq(executionReports.id, reportId));
  const [report] = opts.forUpdate ? await q.for('update') : await q;
  if (!report) throw notFound('Отчёт');
  const plan = await loadPlan(db, actor, report.planId).catch(() => {
    throw notFound('Отчёт');
  });
  if (!seesAllReports(actor, plan) && !actorUnitIds(actor).includes(report.unitId)) throw notFound('Отчёт');
  return { report, plan };
}

export type SaveReportInput = {
  measureId: string;
  unitId: string;
  year: number;
  quarter: number;
  text: string;
  version?: number;
};

/**
 * Saves the unit's text as a draft (creating the report on first save). A submitted or accepted report is
 * not edited: the reviewer returns it first. `version` guards against two people overwriting each other.
 */
export async function saveReport(db: Db, actor: Actor, plan: PlanRow, input: SaveReportInput): Promise<ReportRow> {
  if (input.year < plan.periodFrom || input.year > plan.periodTo) {
    throw new AppError('VALIDATION', `План действует в ${plan.periodFrom}–${plan.periodTo} годах`, [
      { field: 'year', message: 'Год вне срока плана' },
    ]);
  }
  assertTextUsable(input.text);
  return db.transaction(async (tx) => {
    const [unit] = await tx
      .select()
      .from(planMeasureUnits)
      .innerJoin(planMeasures, eq(planMeasures.id, planMeasureUnits.measureId))
      .where(
        and(
          eq(planMeasureUnits.measureId, input.measureId),
          eq(planMeasureUnits.unitId, input.unitId),
          eq(planMeasures.planId, plan.id),
        ),
      );
    if (!unit)
      throw new AppError('VALIDATION', 'Подразделение не является ответственным исполнителем мероприятия', [
        { field: 'unitId', message: 'Не исполнитель мероприятия' },
      ]);
    if (!mayWrite(actor, plan, input.unitId))
      throw new AppError('FORBIDDEN', 'Отчёт пишет ответственный исполнитель своего подразделения');
    const [inserted] = await tx
      .insert(executionReports)
      .values({
        orgId: plan.orgId,
        planId: plan.id,
        measureId: input.measureId,
        unitId: input.unitId,
        year: input.year,
        quarter: input.quarter,
        text: input.text,
        status: 'draft',
        updatedBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    let saved = inserted;
    if (!saved) {
      const [current] = await tx
        .select()
        .from(executionReports)
        .where(
          and(
            eq(executionReports.measureId, input.measureId),
            eq(executionReports.unitId, input.unitId),
            eq(executionReports.year, input.year),
            eq(executionReports.quarter, input.quarter),
          ),
        )
        .for('update');
      if (current.status === 'submitted' || current.status === 'accepted') {
        throw new AppError(
          'CONFLICT',
          current.status === 'accepted'
            ? 'Отчёт принят и не изменяется'
            : 'Отчёт представлен на проверку; изменить его можно после возврата',
        );
      }
      if (input.version !== undefined && input.version !== current.version) {
        throw new AppError(
          'CONFLICT',
          'Отчёт изменил другой пользователь: обновите страницу, чтобы не потерять его правки',
        );
      }
      [saved] = await tx
        .update(executionReports)
        .set({
          text: input.text,
          status: current.status === 'returned' ? 'returned' : 'draft',
          version: sql`${executionReports.version} + 1`,
          updatedBy: actor.userId,
          updatedAt: new Date(),
        })
        .where(eq(executionReports.id, current.id))
        .returning();
    }
    await appendAudit(tx, auditContext(actor), {
      orgId: plan.orgId,
      type: 'plan.report_saved',
      entityType: 'execution_report',
      entityId: saved.id,
      data: { measureId: input.measureId, unitId: input.unitId, year: input.year, quarter: input.quarter },
    });
    return saved;
  });
}

export async function submitReport(db: Db, actor: Actor, reportId: string): Promise<ReportRow> {
  return db.transaction(async (tx) => {
    const { report, plan } = await loadReport(tx, actor, reportId, { forUpdate: true });
    if (!mayWrite(actor, plan, report.unitId))
      throw new AppError('FORBIDDEN', 'Представляет отчёт ответственный исполнитель подразделения');
    if (report.status !== 'draft' && report.status !== 'returned')
      throw new AppError('CONFLICT', 'Отчёт уже представлен');
    if (report.text.trim().length < 10)
      throw new AppError('VALIDATION', 'Опишите исполнение мероприятия (не менее 10 символов)', [
        { field: 'text', message: 'Слишком короткий текст' },
      ]);
    const [saved] = await tx
      .update(executionReports)
      .set({
        status: 'submitted',
        submittedAt: new Date(),
        submittedBy: actor.userId,
        version: sql`${executionReports.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(executionReports.id, reportId))
      .returning();
    await appendAudit(tx, auditContext(actor), {
      orgId: plan.orgId,
      type: 'plan.report_submitted',
      entityType: 'execution_report',
      entityId: reportId,
      data: { measureId: report.measureId, unitId: report.unitId },
    });
    return saved;
  });
}

export async function reviewReport(
  db: Db,
  actor: Actor,
  reportId: string,
  input: { decision: 'accept' | 'return'; comment?: string | null },
): Promise<ReportRow> {
  return db.transaction(async (tx) => {
    const { report, plan } = await loadReport(tx, actor, reportId, { forUpdate: true });
    if (!actor.orgIds.includes(plan.orgId) || !hasPermission(actor.roles, 'plan.review'))
      throw new AppError('FORBIDDEN', 'Принимает отчёты специалист по профилактике коррупции');
    if (report.status !== 'submitted')
      throw new AppError('CONFLICT', 'Принять или вернуть можно только представленный отчёт');
    const comment = input.comment?.trim() || null;
    if (input.decision === 'return' && !comment)
      throw new AppError('VALIDATION', 'Укажите, что нужно исправить', [
        { field: 'comment', message: 'Обязательное поле при возврате' },
      ]);
    const [saved] = await tx
      .update(executionReports)
      .set({
        status: input.decision === 'accept' ? 'accepted' : 'returned',
        reviewComment: comment,
        reviewedAt: new Date(),
        reviewedBy: actor.userId,
        version: sql`${executionReports.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(executionReports.id, reportId))
      .returning();
    await appendAudit(tx, auditContext(actor), {
      orgId: plan.orgId,
      type: 'plan.report_reviewed',
      entityType: 'execution_report',
      entityId: reportId,
      data: { decision: input.decision, comment },
    });
    return saved;
  });
}

export async function addReportAttachment(
  db: Db,
  actor: Actor,
  reportId: string,
  file: { name: string; data: Buffer },
) {
  const mimeType = checkAttachment(file);
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  return db.transaction(async (tx) => {
    const { report, plan } = await loadReport(tx, actor, reportId, { forUpdate: true });
    if (!mayWrite(actor, plan, report.unitId))
      throw new AppError('FORBIDDEN', 'Прикладывать файлы может исполнитель подразделения');
    if (report.status === 'accepted') throw new AppError('CONFLICT', 'Отчёт принят и не изменяется');
    const [dup] = await tx
      .select({ id: executionReportAttachments.id })
      .from(executionReportAttachments)
      .where(and(eq(executionReportAttachments.reportId, reportId), eq(executionReportAttachments.sha256, sha256)));
    if (dup) throw new AppError('CONFLICT', `Файл «${file.name}» уже приложен к отчёту`);
    const [row] = await tx
      .insert(executionReportAttachments)
      .values({
        orgId: plan.orgId,
        reportId,
        fileName: file.name,
        mimeType,
        size: file.data.length,
        sha256,
        content: file.data,
        uploadedBy: actor.userId,
      })
      .returning({
        id: executionReportAttachments.id,
        fileName: executionReportAttachments.fileName,
        size: executionReportAttachments.size,
      });
    await appendAudit(tx, auditContext(actor), {
      orgId: plan.orgId,
      type: 'plan.report_attachment_added',
      entityType: 'execution_report',
      entityId: reportId,
      data: { attachmentId: row.id, fileName: file.name, sha256 },
    });
    return row;
  });
}

export async function readReportAttachment(db: Db, actor: Actor, attachmentId: string) {
  // Access follows the report: its unit's users (possibly of a body of the tree) and the plan's reviewers.
  const [att] = await db
    .select()
    .from(executionReportAttachments)
    .where(eq(executionReportAttachments.id, attachmentId));
  if (!att) throw notFound('Вложение');
  await loadReport(db, actor, att.reportId).catch(() => {
    throw notFound('Вложение');
  });
  return att;
}

export async function reportAttachments(db: Db, reportIds: string[]) {
  if (reportIds.length === 0) return [];
  return db
    .select({
      id: executionReportAttachments.id,
      reportId: executionReportAttachments.reportId,
      fileName: executionReportAttachments.fileName,
      size: executionReportAttachments.size,
    })
    .from(executionReportAttachments)
    .where(inArray(executionReportAttachments.reportId, reportIds));
}
