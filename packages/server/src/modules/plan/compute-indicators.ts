/**
 * Live indicators for a year (issue 4): every figure of the annual report has one definition here, computed
 * from Antikor's registries, or read from the yearly figures table where its module does not exist yet
 * (the catalogue in core says which). The organisation's figures include its bodies and institutions.
 */
import {
  type IndicatorDefinition,
  type IndicatorValue,
  indicatorDefinitions,
  manualIndicatorKeys,
} from '@antikor/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { commissionFigures } from '../commission/figures.js';
import { declarationFigures } from '../declarations/figures.js';
import { manualFigures } from './tables.js';

export type IndicatorResult = IndicatorDefinition & { value: IndicatorValue; note: string };

type Period = { from: string; to: string };

/** Counts per journal over the period (by the journal's own date: receivedOn, heldOn, or registration). */
async function journalCounts(db: Db, orgIds: string[], p: Period) {
  const ids = sql.join(
    orgIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const [row] = await queryRows<Record<string, number | string | null>>(
    db,
    sql`SELECT
      count(*) FILTER (WHERE journal_code = 'coi-notice')::int AS "notices.conflictOfInterest",
      count(*) FILTER (WHERE journal_code = 'outside-work-notice')::int AS "notices.outsideWork",
      count(*) FILTER (WHERE journal_code = 'gift-notice')::int AS "notices.gifts",
      count(*) FILTER (WHERE journal_code = 'inducement-notice')::int AS "notices.inducement",
      count(*) FILTER (WHERE journal_code = 'ex-employee-notice')::int AS "notices.exEmployee",
      count(*) FILTER (WHERE journal_code = 'draft-act')::int AS "drafts.examined",
      count(*) FILTER (WHERE journal_code = 'draft-act' AND (data->>'anticorruptionExpertise')::boolean)::int AS "drafts.expertise",
      coalesce(sum((data->>'factorsFound')::int) FILTER (WHERE journal_code = 'draft-act' AND data->>'factorsFound' ~ '^[0-9]+$'), 0)::int AS "drafts.factors",
      count(*) FILTER (WHERE journal_code = 'direct-line' AND status = 'held')::int AS "directLines.held",
      (coalesce(sum((data->>'corruptionReports')::int) FILTER (WHERE journal_code = 'direct-line' AND data->>'corruptionReports' ~ '^[0-9]+$'), 0)
        + count(*) FILTER (WHERE journal_code = 'corruption-report' AND (data->>'aboutCorruption')::boolean))::int AS "appeals.corruptionReports",
      count(DISTINCT employee_id) FILTER (WHERE journal_code = 'training' AND status = 'completed' AND data->>'kind' = 'qualification')::int AS "training.trained",
      count(DISTINCT employee_id) FILTER (WHERE journal_code = 'training' AND status = 'completed' AND data->>'kind' = 'qualification' AND (data->>'firstTimeAppointee')::boolean)::int AS "training.firstTime",
      count(DISTINCT employee_id) FILTER (WHERE journal_code = 'training' AND status = 'completed' AND data->>'kind' IN ('programme', 'e_learning'))::int AS "training.otherProgramme",
      count(*) FILTER (WHERE journal_code = 'procurement')::int AS "procurement.notices",
      count(*) FILTER (WHERE journal_code = 'procurement' AND status IN ('determined', 'contracted'))::int AS "procurement.completed",
      count(*) FILTER (WHERE journal_code = 'procurement' AND status = 'contracted')::int AS "procurement.contracts",
      round(coalesce(sum((data->>'initialPrice')::numeric) FILTER (WHERE journal_code = 'procurement' AND status = 'contracted'), 0) / 1000, 2)::float8 AS "procurement.initialPrice",
      round(coalesce(sum((data->>'contractPrice')::numeric) FILTER (WHERE journal_code = 'procurement' AND status = 'contracted'), 0) / 1000, 2)::float8 AS "procurement.contractPrice",
      count(*) FILTER (WHERE journal_code = 'public-hearing' AND status = 'held')::int AS "hearings.held",
      count(*) FILTER (WHERE journal_code = 'consultation')::int AS "consultations.held",
      count(*) FILTER (WHERE journal_code = 'event' AND status = 'held')::int AS "events.held",
      min(period_date) FILTER (WHERE journal_code = 'event' AND status = 'held' AND data->>'kind' = 'international_day')::text AS "events.internationalDayDate",
      count(*) FILTER (WHERE journal_code = 'website-update')::int AS "website.updates"
    FROM journal_entries
    WHERE org_id IN (${ids}) AND period_date BETWEEN ${p.from} AND ${p.to}`,
  );
  return row;
}

/**
 * Administrative cases (КАС РФ гл. 22) in the courts' proceedings during the period: filed by its end and not
 * decided before its start; the outcome is the one known at the period's end (a report on 2024 read later
 * says what it said on 31 December).
 */
async function courtCounts(db: Db, orgIds: string[], p: Period) {
  const ids = sql.join(
    orgIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const decided = sql`(data->>'decisionOn' IS NOT NULL AND data->>'decisionOn' <= ${p.to})`;
  const [row] = await queryRows<Record<string, number>>(
    db,
    sql`SELECT
      count(*)::int AS "court.cases",
      count(*) FILTER (WHERE ${decided} AND data->>'outcome' = 'unlawful')::int AS "court.unlawful",
      count(*) FILTER (WHERE ${decided} AND data->>'outcome' = 'dismissed')::int AS "court.dismissed",
      count(*) FILTER (WHERE NOT ${decided})::int AS "court.pending",
      count(*) FILTER (WHERE data->>'reportedToCourtOn' IS NOT NULL AND data->>'reportedToCourtOn' <= ${p.to})::int AS "court.executed"
    FROM journal_entries
    WHERE org_id IN (${ids}) AND journal_code = 'court-case'
      AND coalesce(data->>'filedOn', registered_on::text) <= ${p.to}
      AND (data->>'decisionOn' IS NULL OR data->>'decisionOn' >= ${p.from})`,
  );
  return row;
}

export async function loadManualFigures(db: Db, orgId: string, year: number) {
  return db
    .select()
    .from(manualFigures)
    .where(
      and(
        eq(manualFigures.orgId, orgId),
        eq(manualFigures.year, year),
        inArray(
          manualFigures.key,
          indicatorDefinitions.map((d) => d.key),
        ),
      ),
    );
}

/** All indicators of the catalogue for `year`, for the organisation `orgId` and the tree `orgIds`. */
export async function computeIndicators(
  db: Db,
  orgId: string,
  orgIds: string[],
  year: number,
): Promise<IndicatorResult[]> {
  const p = { from: `${year}-01-01`, to: `${year}-12-31` };
  const [journals, court, commission, declarations, manual] = await Promise.all([
    journalCounts(db, orgIds, p),
    courtCounts(db, orgIds, p),
    commissionFigures(db, orgIds, p.from, p.to),
    // The campaign whose filing deadline falls in the report's year (declarations for the year before).
    declarationFigures(db, orgIds, year),
    loadManualFigures(db, orgId, year),
  ]);
  const values: Record<string, IndicatorValue> = {
    ...journals,
    ...court,
    'commission.meetings': commission.meetings,
    'commission.employeesConsidered': commission.employeesConsidered,
    'declarations.dueMunicipal': declarations.dueMunicipal,
    'declarations.receivedMunicipal': declarations.receivedMunicipal,
    'declarations.dueHeads': declarations.dueHeads,
    'declarations.receivedHeads': declarations.receivedHeads,
  };
  const notes = new Map<string, string>();
  // Only figures the catalogue marks as hand-entered read from the table: a computed one has one definition.
  for (const m of manual.filter((x) => manualIndicatorKeys.includes(x.key))) {
    values[m.key] = Number(m.value);
    notes.set(m.key, m.note);
  }
  // Savings follow from the two prices entered (44-ФЗ reporting: НМЦК minus contract prices).
  const initial = values['procurement.initialPrice'];
  const contract = values['procurement.contractPrice'];
  if (typeof initial === 'number' && typeof contract === 'number') {
    values['procurement.savings'] = Math.round((initial - contract) * 100) / 100;
    values['procurement.savingsPercent'] = initial > 0 ? Math.round(((initial - contract) / initial) * 10000) / 100 : 0;
  }
  return indicatorDefinitions.map((d) => ({ ...d, value: values[d.key] ?? null, note: notes.get(d.key) ?? '' }));
}

export function indicatorValues(results: IndicatorResult[]): Record<string, IndicatorValue> {
  return Object.fromEntries(results.map((r) => [r.key, r.value]));
}
