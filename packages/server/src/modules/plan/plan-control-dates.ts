/**
 * Control dates of a plan in a year, per measure and responsible unit, from the measures' term rules
 * (core/plan/control-dates): overdue, upcoming or planned as of today; done once the unit's report on the
 * year is submitted or accepted.
 */
import { controlDatesInYear, defaultCalendar, ruleActiveInYear } from '@antikor/core';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { seesAllReports } from './execution-reports.js';
import { actorUnitIds, type PlanRow } from './plan-access.js';
import { planDetail } from './plan-detail.js';
import { executionReports } from './tables.js';

const UPCOMING_DAYS = 30;

export type ControlDateState = 'done' | 'overdue' | 'upcoming' | 'planned';

export async function planControlDates(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  year: number,
  today: string,
  opts: { unitId?: string } = {},
) {
  const detail = await planDetail(db, plan);
  const all = seesAllReports(actor, plan);
  const mine = new Set(actorUnitIds(actor));
  const reports = await db
    .select({ measureId: executionReports.measureId, unitId: executionReports.unitId, status: executionReports.status })
    .from(executionReports)
    .where(and(eq(executionReports.planId, plan.id), eq(executionReports.year, year), eq(executionReports.quarter, 0)));
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + UPCOMING_DAYS);
  const soonIso = soon.toISOString().slice(0, 10);
  const items = [];
  for (const s of detail.sections) {
    for (const m of s.measures) {
      if (!m.termRule || !ruleActiveInYear(m.termRule, year, plan)) continue;
      // The unit filter narrows what the actor may see; it never widens it (an executor sees their own units).
      const units = m.units.filter((u) => (all || mine.has(u.id)) && (!opts.unitId || u.id === opts.unitId));
      if (units.length === 0) continue;
      for (const d of controlDatesInYear(defaultCalendar, m.termRule, year)) {
        for (const u of units) {
          const r = reports.find((x) => x.measureId === m.id && x.unitId === u.id);
          const done = r?.status === 'submitted' || r?.status === 'accepted';
          const state: ControlDateState = done
            ? 'done'
            : d.date < today
              ? 'overdue'
              : d.date <= soonIso
                ? 'upcoming'
                : 'planned';
          items.push({
            date: d.date,
            label: d.label,
            explanation: d.explanation,
            measureId: m.id,
            number: m.number,
            text: m.text,
            termText: m.termText,
            unitId: u.id,
            unitName: u.name,
            state,
          });
        }
      }
    }
  }
  items.sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number, 'ru', { numeric: true }));
  return { year, today, items };
}
