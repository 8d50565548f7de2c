/**
 * The status of every measure × responsible unit for a period, at a glance (issue 4): not started / draft /
 * submitted / returned / accepted, with the texts. Reviewers see all units; an executor sees their own.
 */
import { ruleActiveInYear } from '@antikor/core';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { type ReportStatus, reportAttachments, seesAllReports } from './execution-reports.js';
import { actorUnitIds, type PlanRow } from './plan-access.js';
import { planDetail } from './plan-detail.js';
import { periodLabel, reportDueDate } from './report-period.js';
import { executionReports } from './tables.js';

export type UnitStatus = {
  unitId: string;
  unitName: string;
  status: ReportStatus;
  reportId: string | null;
  text: string;
  reviewComment: string | null;
  submittedAt: string | null;
  updatedAt: string | null;
  version: number | null;
  canWrite: boolean;
  attachments: { id: string; fileName: string; size: number }[];
};

export async function executionStatus(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  year: number,
  quarter: number,
  opts: { unitId?: string } = {},
) {
  const detail = await planDetail(db, plan);
  const all = seesAllReports(actor, plan);
  const mine = new Set(actorUnitIds(actor));
  const reports = await db
    .select()
    .from(executionReports)
    .where(
      and(eq(executionReports.planId, plan.id), eq(executionReports.year, year), eq(executionReports.quarter, quarter)),
    );
  const files = await reportAttachments(
    db,
    reports.map((r) => r.id),
  );
  const reviewer = all && actor.roles.some((r) => r === 'admin' || r === 'anticorruption_officer');
  const measures = detail.sections.flatMap((s) =>
    s.measures
      .filter((m) => m.termRule === null || ruleActiveInYear(m.termRule, year, plan))
      .map((m) => ({
        sectionNumber: s.number,
        sectionTitle: s.title,
        measureId: m.id,
        number: m.number,
        text: m.text,
        termText: m.termText,
        units: m.units
          .filter((u) => (all || mine.has(u.id)) && (!opts.unitId || u.id === opts.unitId))
          .map((u): UnitStatus => {
            const r = reports.find((x) => x.measureId === m.id && x.unitId === u.id);
            return {
              unitId: u.id,
              unitName: u.name,
              status: r?.status ?? 'not_started',
              reportId: r?.id ?? null,
              text: r?.text ?? '',
              reviewComment: r?.reviewComment ?? null,
              submittedAt: r?.submittedAt?.toISOString() ?? null,
              updatedAt: r?.updatedAt.toISOString() ?? null,
              version: r?.version ?? null,
              canWrite: reviewer || mine.has(u.id),
              attachments: files.filter((f) => f.reportId === r?.id).map(({ reportId: _r, ...f }) => f),
            };
          }),
      }))
      .filter((m) => m.units.length > 0),
  );
  const totals: Record<ReportStatus, number> = { not_started: 0, draft: 0, submitted: 0, returned: 0, accepted: 0 };
  for (const m of measures) for (const u of m.units) totals[u.status]++;
  return {
    planId: plan.id,
    year,
    quarter,
    periodLabel: periodLabel(year, quarter),
    dueDate: reportDueDate(plan, year, quarter),
    seesAll: all,
    totals,
    measures,
  };
}
