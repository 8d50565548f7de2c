/**
 * The campaign's lifecycle: creation with the persons who must file derived as of 31 December, refreshing
 * them after HR corrections, manual additions and exclusions (each with a reason), and the submission
 * schedule (график представления справок) by subdivision.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type AuditContext, appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { descendantOrgIds } from '../org/org-tree.js';
import { subdivisions } from '../org/tables.js';
import { assertDeclarationsOfficer } from './access.js';
import { campaignDeadlines } from './campaign-deadlines.js';
import { deriveObligations, type ObligationRow } from './derive-obligations.js';
import { type Campaign, loadCampaign } from './load-campaign.js';
import { declarationCampaigns, declarationObligations, declarationSchedule } from './tables.js';

const insertRows = (campaign: Campaign, rows: ObligationRow[], source: 'derived' | 'manual', reason?: string) =>
  rows.map((r) => ({ ...r, orgId: campaign.orgId, campaignId: campaign.id, source, addReason: reason ?? null }));

/** Inserts in chunks (a region's campaign has tens of thousands of rows); existing persons are kept. */
async function insertObligations(tx: Db, values: ReturnType<typeof insertRows>): Promise<number> {
  let added = 0;
  for (let i = 0; i < values.length; i += 500) {
    const res = await tx
      .insert(declarationObligations)
      .values(values.slice(i, i + 500))
      .onConflictDoNothing()
      .returning({ id: declarationObligations.id });
    added += res.length;
  }
  return added;
}

/** Creates the campaign for a reporting year of the actor's organisation (or one of its subordinate ones). */
export async function createCampaign(db: Db, actor: Actor, input: { reportingYear: number; orgId?: string | null }) {
  assertDeclarationsOfficer(actor);
  const orgId = input.orgId ?? actor.orgId;
  if (!actor.orgIds.includes(orgId)) throw notFound('Организация');
  return openCampaign(db, {
    orgId,
    reportingYear: input.reportingYear,
    userId: actor.userId,
    audit: auditContext(actor),
  });
}

/**
 * Inserts the campaign with its deadlines and the persons who must file (also used by the demo loader):
 * one transaction, so a campaign never exists without its list.
 */
export async function openCampaign(
  db: Db,
  input: { orgId: string; reportingYear: number; userId: string | null; audit: AuditContext },
) {
  const { orgId } = input;
  const deadlines = campaignDeadlines(input.reportingYear);
  const treeIds = await descendantOrgIds(db, orgId);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: declarationCampaigns.id })
      .from(declarationCampaigns)
      .where(and(eq(declarationCampaigns.orgId, orgId), eq(declarationCampaigns.reportingYear, input.reportingYear)));
    if (existing) throw new AppError('CONFLICT', `Кампания за ${input.reportingYear} год уже создана`);
    const [campaign] = await tx
      .insert(declarationCampaigns)
      .values({
        orgId,
        reportingYear: input.reportingYear,
        deadline: deadlines.deadline,
        deadlineExplanation: deadlines.deadlineExplanation,
        clarifyDeadline: deadlines.clarifyDeadline,
        clarifyExplanation: deadlines.clarifyExplanation,
        createdBy: input.userId,
      })
      .returning();
    const rows = await deriveObligations(tx, treeIds, `${input.reportingYear}-12-31`);
    const added = await insertObligations(tx, insertRows(campaign, rows, 'derived'));
    await appendAudit(tx, input.audit, {
      orgId,
      type: 'declaration.campaign_created',
      entityType: 'declaration_campaign',
      entityId: campaign.id,
      data: { reportingYear: input.reportingYear, deadline: campaign.deadline, persons: added },
    });
    return campaign;
  });
}

/** Adds persons who now qualify (HR data corrected after the campaign began); nobody is removed. */
export async function refreshObligations(db: Db, actor: Actor, campaignId: string) {
  assertDeclarationsOfficer(actor);
  const campaign = await loadCampaign(db, actor, campaignId);
  const rows = await deriveObligations(
    db,
    await descendantOrgIds(db, campaign.orgId),
    `${campaign.reportingYear}-12-31`,
  );
  return db.transaction(async (tx) => {
    const added = await insertObligations(tx, insertRows(campaign, rows, 'derived'));
    await appendAudit(tx, auditContext(actor), {
      orgId: campaign.orgId,
      type: 'declaration.campaign_updated',
      entityType: 'declaration_campaign',
      entityId: campaign.id,
      data: { action: 'refresh', added },
    });
    return { added };
  });
}

/**
 * Adds an employee (and, with `relativeId`, one of their relatives) by hand, e.g. someone appointed to a
 * listed position after 31 December by decision of the head, or a family member missing from HR data.
 */
export async function addObligation(
  db: Db,
  actor: Actor,
  campaignId: string,
  input: { employeeId: string; relativeId?: string | null; withFamily?: boolean; reason: string },
) {
  assertDeclarationsOfficer(actor);
  const campaign = await loadCampaign(db, actor, campaignId);
  const treeIds = await descendantOrgIds(db, campaign.orgId);
  const rows = await deriveObligations(db, treeIds, `${campaign.reportingYear}-12-31`, [input.employeeId]);
  if (rows.length === 0) throw notFound('Сотрудник');
  const chosen = rows.filter((r) =>
    input.relativeId ? r.relativeId === input.relativeId : r.role === 'self' || input.withFamily === true,
  );
  if (input.relativeId && chosen.length === 0)
    throw new AppError(
      'VALIDATION',
      'Сведения представляются только о супруге и несовершеннолетних детях (на 31 декабря отчётного года)',
      [{ field: 'relativeId', message: 'Не супруг(а) и не несовершеннолетний ребёнок' }],
    );
  if (input.relativeId) {
    // The declarant's own row comes with a family member: the form is filed by the employee.
    const self = rows.find((r) => r.role === 'self');
    if (self) chosen.push(self);
  }
  return db.transaction(async (tx) => {
    const added = await insertObligations(tx, insertRows(campaign, chosen, 'manual', input.reason));
    if (added === 0) throw new AppError('CONFLICT', 'Этот человек уже в перечне лиц, обязанных представить сведения');
    await appendAudit(tx, auditContext(actor), {
      orgId: campaign.orgId,
      type: 'declaration.campaign_updated',
      entityType: 'declaration_campaign',
      entityId: campaign.id,
      data: {
        action: 'add',
        employeeId: input.employeeId,
        relativeId: input.relativeId ?? null,
        reason: input.reason,
        added,
      },
    });
    return { added };
  });
}

/** Excludes a person (with the reason, e.g. released from filing under Decree 968) or brings them back. */
export async function setExclusion(
  db: Db,
  actor: Actor,
  obligationId: string,
  input: { excluded: boolean; reason?: string | null },
) {
  assertDeclarationsOfficer(actor);
  const [row] = await db.select().from(declarationObligations).where(eq(declarationObligations.id, obligationId));
  if (!row || !actor.orgIds.includes(row.orgId)) throw notFound('Обязанное лицо');
  if (input.excluded && !input.reason?.trim())
    throw new AppError('VALIDATION', 'Укажите причину исключения', [{ field: 'reason', message: 'Обязательное поле' }]);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(declarationObligations)
      .set(
        input.excluded
          ? { excludedAt: new Date(), exclusionReason: input.reason!.trim(), excludedBy: actor.userId }
          : { excludedAt: null, exclusionReason: null, excludedBy: null },
      )
      .where(eq(declarationObligations.id, obligationId))
      .returning();
    await appendAudit(tx, auditContext(actor), {
      orgId: row.orgId,
      type: 'declaration.campaign_updated',
      entityType: 'declaration_obligation',
      entityId: obligationId,
      data: {
        action: input.excluded ? 'exclude' : 'restore',
        reason: input.reason ?? null,
        campaignId: row.campaignId,
      },
    });
    return updated;
  });
}

export type ScheduleItem = { subdivisionId: string; dueDate: string; place?: string | null };

/** Replaces the schedule. Each date falls between 1 January of the filing year and the deadline. */
export async function setSchedule(db: Db, actor: Actor, campaignId: string, items: ScheduleItem[]) {
  assertDeclarationsOfficer(actor);
  const campaign = await loadCampaign(db, actor, campaignId);
  const treeIds = await descendantOrgIds(db, campaign.orgId);
  const ids = [...new Set(items.map((i) => i.subdivisionId))];
  if (ids.length !== items.length)
    throw new AppError('VALIDATION', 'Подразделение указано в графике дважды', [
      { field: 'items', message: 'Повтор подразделения' },
    ]);
  const known = ids.length
    ? await db
        .select({ id: subdivisions.id })
        .from(subdivisions)
        .where(and(inArray(subdivisions.id, ids), inArray(subdivisions.orgId, treeIds)))
    : [];
  const issues = items.flatMap((item, i) => {
    const out: { field: string; message: string }[] = [];
    if (!known.some((k) => k.id === item.subdivisionId))
      out.push({ field: `items.${i}.subdivisionId`, message: 'Подразделение не найдено' });
    if (item.dueDate > campaign.deadline)
      out.push({
        field: `items.${i}.dueDate`,
        message: `Дата позже срока представления (${campaign.deadline.split('-').reverse().join('.')})`,
      });
    if (item.dueDate < `${campaign.reportingYear + 1}-01-01`)
      out.push({ field: `items.${i}.dueDate`, message: 'Сведения представляются после окончания отчётного года' });
    return out;
  });
  if (issues.length) throw new AppError('VALIDATION', `График: ${issues[0].message}`, issues);
  return setScheduleRows(db, campaign, items, auditContext(actor));
}

/** Writes the schedule (checked by the caller) with its audit record. */
export async function setScheduleRows(db: Db, campaign: Campaign, items: ScheduleItem[], audit: AuditContext) {
  return db.transaction(async (tx) => {
    await tx.delete(declarationSchedule).where(eq(declarationSchedule.campaignId, campaign.id));
    if (items.length)
      await tx.insert(declarationSchedule).values(
        items.map((i) => ({
          orgId: campaign.orgId,
          campaignId: campaign.id,
          subdivisionId: i.subdivisionId,
          dueDate: i.dueDate,
          place: i.place ?? null,
        })),
      );
    await appendAudit(tx, audit, {
      orgId: campaign.orgId,
      type: 'declaration.campaign_updated',
      entityType: 'declaration_campaign',
      entityId: campaign.id,
      data: { action: 'schedule', items: items.length },
    });
    return { items: items.length };
  });
}
