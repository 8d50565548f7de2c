/**
 * Analysis findings: the list with evidence, the reviewer's decision (new → under review → explained /
 * referred to the commission / closed), the risk ranking of declarants and the yearly random sample of
 * low-risk declarants for manual review.
 */
import { type Finding, rankDeclarants, sampleLowRisk } from '@antikor/engines/declaration-analysis';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { openCaseFromSource } from '../commission/open-case.js';
import { assertDeclarationsOfficer } from './access.js';
import type { Campaign } from './load-campaign.js';
import { declarationFindings, declarationObligations, declarationSettings, declarations } from './tables.js';

export const findingStatuses = ['new', 'under_review', 'explained', 'referred', 'closed'] as const;
export type FindingStatus = (typeof findingStatuses)[number];
export const findingStatusLabels: Record<FindingStatus, string> = {
  new: 'Новая',
  under_review: 'На рассмотрении',
  explained: 'Даны пояснения',
  referred: 'Направлено в комиссию',
  closed: 'Закрыто',
};

/** Allowed decisions: from each status, where it may go. */
const TRANSITIONS: Record<FindingStatus, FindingStatus[]> = {
  new: ['under_review', 'closed'],
  under_review: ['explained', 'referred', 'closed'],
  explained: ['under_review', 'closed'],
  referred: ['closed'],
  closed: ['under_review'],
};

export const findingQuery = z.object({
  status: z.enum(findingStatuses).optional(),
  severity: z.enum(['low', 'medium', 'high']).optional(),
  ruleCode: z.string().max(60).optional(),
  employeeId: z.string().uuid().optional(),
  current: z.enum(['true', 'false', 'all']).default('true'),
  q: z.string().trim().max(100).optional(),
});

const DECLARANT_NAME = sql<string>`(SELECT concat_ws(' ', o.last_name, o.first_name, o.middle_name) FROM ${declarationObligations} o
  WHERE o.campaign_id = ${declarationFindings.campaignId} AND o.employee_id = ${declarationFindings.employeeId} AND o.role = 'self' LIMIT 1)`;
const SUBDIVISION = sql<string | null>`(SELECT o.subdivision_name FROM ${declarationObligations} o
  WHERE o.campaign_id = ${declarationFindings.campaignId} AND o.employee_id = ${declarationFindings.employeeId} AND o.role = 'self' LIMIT 1)`;
const UNMATCHED_NAME = sql<
  string | null
>`(SELECT concat_ws(' ', d.last_name, d.first_name, d.middle_name) FROM ${declarations} d
  WHERE d.campaign_id = ${declarationFindings.campaignId} AND d.family_key = ${declarationFindings.familyKey} AND d.role = 'self' LIMIT 1)`;

export async function findFindings(
  db: Db,
  campaign: Campaign,
  f: z.output<typeof findingQuery> & { page: number; pageSize: number },
) {
  const conds: SQL[] = [eq(declarationFindings.campaignId, campaign.id)];
  if (f.current !== 'all') conds.push(eq(declarationFindings.isCurrent, f.current === 'true'));
  if (f.status) conds.push(eq(declarationFindings.status, f.status));
  if (f.severity) conds.push(eq(declarationFindings.severity, f.severity));
  if (f.ruleCode) conds.push(eq(declarationFindings.ruleCode, f.ruleCode));
  if (f.employeeId) conds.push(eq(declarationFindings.employeeId, f.employeeId));
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
    conds.push(
      sql`(coalesce(${DECLARANT_NAME}, ${UNMATCHED_NAME}) ILIKE ${like} OR ${declarationFindings.title} ILIKE ${like})`,
    );
  }
  const where = and(...conds);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(declarationFindings).where(where);
  const rows = await db
    .select({
      id: declarationFindings.id,
      employeeId: declarationFindings.employeeId,
      familyKey: declarationFindings.familyKey,
      declarantName: sql<string>`coalesce(${DECLARANT_NAME}, ${UNMATCHED_NAME})`,
      subdivisionName: SUBDIVISION,
      ruleCode: declarationFindings.ruleCode,
      title: declarationFindings.title,
      basis: declarationFindings.basis,
      severity: declarationFindings.severity,
      personRole: declarationFindings.personRole,
      personName: declarationFindings.personName,
      message: declarationFindings.message,
      evidence: declarationFindings.evidence,
      status: declarationFindings.status,
      decisionNote: declarationFindings.decisionNote,
      decidedAt: declarationFindings.decidedAt,
      isCurrent: declarationFindings.isCurrent,
      detectedAt: declarationFindings.detectedAt,
    })
    .from(declarationFindings)
    .where(where)
    .orderBy(
      sql`CASE ${declarationFindings.severity} WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END`,
      asc(declarationFindings.status),
      desc(declarationFindings.detectedAt),
      asc(declarationFindings.id),
    )
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return {
    items: rows.map((r) => ({
      ...r,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      detectedAt: r.detectedAt.toISOString(),
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** Records the reviewer's decision; explanations and referrals need a note (what was explained, why referred). */
export async function decideFinding(
  db: Db,
  actor: Actor,
  id: string,
  input: { status: FindingStatus; note?: string | null },
  opts: { today: string },
) {
  assertDeclarationsOfficer(actor);
  const [row] = await db.select().from(declarationFindings).where(eq(declarationFindings.id, id));
  if (!row || !actor.orgIds.includes(row.orgId)) throw notFound('Результат анализа');
  const from = row.status as FindingStatus;
  if (!TRANSITIONS[from].includes(input.status))
    throw new AppError(
      'INVALID_TRANSITION',
      `Из состояния «${findingStatusLabels[from]}» нельзя перейти в «${findingStatusLabels[input.status]}»`,
    );
  const note = input.note?.trim() || null;
  if (!note && ['explained', 'referred', 'closed'].includes(input.status))
    throw new AppError(
      'VALIDATION',
      'Опишите решение: какие пояснения получены, почему направлено в комиссию или закрыто',
      [{ field: 'note', message: 'Обязательное поле' }],
    );
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(declarationFindings)
      .set({
        status: input.status,
        decisionNote: note ?? row.decisionNote,
        decidedBy: actor.userId,
        decidedAt: new Date(),
      })
      .where(and(eq(declarationFindings.id, id), eq(declarationFindings.status, from)))
      .returning();
    if (!updated) throw new AppError('CONFLICT', 'Решение только что изменили — обновите страницу');
    // Referred: the finding becomes the commission's case (Указ № 821, п. 16 подп. «в» — представление), with the
    // finding as its source, so the commission sees the evidence it rests on.
    let caseRegNumber: string | null = null;
    if (input.status === 'referred') {
      if (!row.employeeId) {
        throw new AppError(
          'VALIDATION',
          'Декларант не сопоставлен с сотрудником: сопоставьте его, чтобы направить вопрос в комиссию',
          [{ field: 'status', message: 'Нет сотрудника' }],
        );
      }
      const opened = await openCaseFromSource(tx, actor, {
        sourceKind: 'declaration_finding',
        sourceRef: id,
        employeeId: row.employeeId,
        ground: '16v',
        receivedOn: opts.today,
        summary: `Результат анализа сведений о доходах: ${row.title}. ${note}`,
      });
      caseRegNumber = opened.regNumber;
    }
    await appendAudit(tx, auditContext(actor), {
      orgId: row.orgId,
      type: 'declaration.finding_decided',
      entityType: 'declaration_finding',
      entityId: id,
      data: { campaignId: row.campaignId, ruleCode: row.ruleCode, from, to: input.status, note, caseRegNumber },
    });
    return { id, status: updated.status, caseRegNumber };
  });
}

/**
 * Declarants ranked by risk from their current findings (families without findings are low risk), and the
 * deterministic sample of low-risk declarants: seeded by the campaign, so the draw cannot be steered.
 */
export async function riskRanking(db: Db, campaign: Campaign) {
  const fams = await db
    .select({
      familyKey: declarations.familyKey,
      employeeId: declarations.employeeId,
      name: sql<string>`concat_ws(' ', ${declarations.lastName}, ${declarations.firstName}, ${declarations.middleName})`,
    })
    .from(declarations)
    .where(and(eq(declarations.campaignId, campaign.id), eq(declarations.role, 'self')));
  const findings = await db
    .select({
      familyKey: declarationFindings.familyKey,
      severity: declarationFindings.severity,
      status: declarationFindings.status,
    })
    .from(declarationFindings)
    .where(and(eq(declarationFindings.campaignId, campaign.id), eq(declarationFindings.isCurrent, true)));
  const byFamily = new Map<string, Finding[]>();
  for (const f of findings) {
    // Findings closed by the reviewer no longer weigh on the ranking.
    if (f.status === 'closed' || f.status === 'explained') continue;
    byFamily.set(f.familyKey, [...(byFamily.get(f.familyKey) ?? []), { severity: f.severity } as Finding]);
  }
  const ranked = rankDeclarants(
    fams.map((f) => ({ declarantId: f.familyKey, findings: byFamily.get(f.familyKey) ?? [] })),
  );
  const [settings] = await db.select().from(declarationSettings).where(eq(declarationSettings.orgId, campaign.orgId));
  const sample = new Set(
    sampleLowRisk(ranked, {
      seed: campaign.id,
      year: campaign.reportingYear,
      share: (settings?.sampleShare ?? 10) / 100,
    }),
  );
  const info = new Map(fams.map((f) => [f.familyKey, f]));
  return {
    items: ranked.map((r) => ({
      ...r,
      employeeId: info.get(r.declarantId)?.employeeId ?? null,
      name: info.get(r.declarantId)?.name ?? '',
      sampled: sample.has(r.declarantId),
    })),
    sampleSize: sample.size,
  };
}
