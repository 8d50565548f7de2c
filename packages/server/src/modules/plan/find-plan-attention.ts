/**
 * Home-page items of the plan (issue 4): reports waiting for the officer's review; for a responsible unit,
 * reports returned for correction and the year's reports not yet submitted as the due date nears.
 */
import { hasPermission } from '@antikor/core';
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { AttentionItem } from '../home/find-attention-items.js';
import { actorUnitIds } from './plan-access.js';
import { reportDueDate } from './report-period.js';
import { executionReports, planMeasures, planMeasureUnits, plans } from './tables.js';

const WARN_DAYS = 30;
const ru = (iso: string) => iso.split('-').reverse().join('.');

export async function findPlanAttention(db: Db, actor: Actor, today: string): Promise<AttentionItem[]> {
  const items: AttentionItem[] = [];
  const year = Number(today.slice(0, 4));
  if (hasPermission(actor.roles, 'plan.review')) {
    const waiting = await db
      .select({ planId: executionReports.planId, title: plans.title })
      .from(executionReports)
      .innerJoin(plans, eq(plans.id, executionReports.planId))
      .where(and(inArray(executionReports.orgId, actor.orgIds), eq(executionReports.status, 'submitted')));
    const byPlan = new Map<string, { title: string; n: number }>();
    for (const w of waiting) byPlan.set(w.planId, { title: w.title, n: (byPlan.get(w.planId)?.n ?? 0) + 1 });
    for (const [planId, p] of byPlan) {
      items.push({
        id: `plan.review.${planId}`,
        kind: 'plan',
        severity: 'warning',
        title: `Отчёты подразделений ждут проверки: ${p.n}`,
        description: p.title,
        link: `/plans/${planId}`,
      });
    }
  }
  if (!hasPermission(actor.roles, 'plan.report')) return items;
  const units = actorUnitIds(actor);
  const mine = await db
    .select({
      planId: plans.id,
      title: plans.title,
      reportDue: plans.reportDue,
      quarterReportDays: plans.quarterReportDays,
      measureId: planMeasureUnits.measureId,
      unitId: planMeasureUnits.unitId,
      number: planMeasures.number,
    })
    .from(planMeasureUnits)
    .innerJoin(planMeasures, eq(planMeasures.id, planMeasureUnits.measureId))
    .innerJoin(plans, eq(plans.id, planMeasures.planId))
    .where(and(inArray(planMeasureUnits.unitId, units), lte(plans.periodFrom, year), gte(plans.periodTo, year)));
  if (mine.length === 0) return items;
  const reports = await db
    .select({
      measureId: executionReports.measureId,
      unitId: executionReports.unitId,
      status: executionReports.status,
      reviewComment: executionReports.reviewComment,
    })
    .from(executionReports)
    .where(
      and(inArray(executionReports.unitId, units), eq(executionReports.year, year), eq(executionReports.quarter, 0)),
    );
  const plansSeen = new Map<string, { title: string; due: string; open: string[] }>();
  for (const m of mine) {
    const r = reports.find((x) => x.measureId === m.measureId && x.unitId === m.unitId);
    if (r?.status === 'returned') {
      items.push({
        id: `plan.returned.${m.measureId}.${m.unitId}`,
        kind: 'plan',
        severity: 'overdue',
        title: `Отчёт по мероприятию ${m.number} возвращён на доработку`,
        description: r.reviewComment ?? undefined,
        link: `/plans/${m.planId}`,
      });
    }
    const entry = plansSeen.get(m.planId) ?? { title: m.title, due: reportDueDate(m, year, 0), open: [] };
    if (!r || r.status === 'draft' || r.status === 'returned') entry.open.push(m.number);
    plansSeen.set(m.planId, entry);
  }
  for (const [planId, p] of plansSeen) {
    if (p.open.length === 0) continue;
    const warnFrom = new Date(`${p.due}T00:00:00Z`);
    warnFrom.setUTCDate(warnFrom.getUTCDate() - WARN_DAYS);
    if (today < warnFrom.toISOString().slice(0, 10)) continue;
    items.push({
      id: `plan.due.${planId}`,
      kind: 'plan',
      severity: today > p.due ? 'overdue' : 'warning',
      title: `Отчёт об исполнении плана за ${year} год: не представлено мероприятий — ${p.open.length}`,
      description: `${p.title}. Срок — ${ru(p.due)}. Мероприятия: ${p.open.join(', ')}`,
      dueDate: p.due,
      link: `/plans/${planId}`,
    });
  }
  return items;
}
