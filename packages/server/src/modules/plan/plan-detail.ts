/** A plan with its sections, measures and responsible units, as the UI, the Excel export and the report read it. */
import { describeTermRule, type TermRule } from '@antikor/core';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations, subdivisions } from '../org/tables.js';
import type { PlanRow } from './plan-access.js';
import { planMeasures, planMeasureUnits, planSections } from './tables.js';

export type UnitRef = { kind: 'subdivision' | 'organisation'; id: string; name: string };
export type MeasureDetail = {
  id: string;
  sectionId: string;
  number: string;
  text: string;
  executorsText: string;
  termText: string;
  termRule: TermRule | null;
  termDescription: string | null;
  expectedResult: string;
  units: UnitRef[];
};
export type SectionDetail = { id: string; number: string; title: string; measures: MeasureDetail[] };
export type PlanDetail = Omit<PlanRow, 'createdAt' | 'updatedAt'> & { sections: SectionDetail[] };

/** «1.10» after «1.9»: measure numbers compare part by part. */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('.').filter(Boolean).map(Number);
  const pb = b.split('.').filter(Boolean).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export async function unitNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const subs = await db
    .select({ id: subdivisions.id, name: subdivisions.name })
    .from(subdivisions)
    .where(inArray(subdivisions.id, ids));
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  return new Map([
    ...subs.map((s) => [s.id, s.name] as const),
    ...orgs.map((o) => [o.id, o.shortName ?? o.name] as const),
  ]);
}

export async function planDetail(db: Db, plan: PlanRow): Promise<PlanDetail> {
  const sections = await db
    .select()
    .from(planSections)
    .where(eq(planSections.planId, plan.id))
    .orderBy(asc(planSections.position));
  const measures = await db.select().from(planMeasures).where(eq(planMeasures.planId, plan.id));
  const units = measures.length
    ? await db
        .select()
        .from(planMeasureUnits)
        .where(
          inArray(
            planMeasureUnits.measureId,
            measures.map((m) => m.id),
          ),
        )
        .orderBy(asc(planMeasureUnits.position))
    : [];
  const names = await unitNames(db, [...new Set(units.map((u) => u.unitId))]);
  const { createdAt: _c, updatedAt: _u, ...head } = plan;
  return {
    ...head,
    sections: sections
      .sort((a, b) => compareNumbers(a.number, b.number))
      .map((s) => ({
        id: s.id,
        number: s.number,
        title: s.title,
        measures: measures
          .filter((m) => m.sectionId === s.id)
          .sort((a, b) => compareNumbers(a.number, b.number))
          .map((m) => ({
            id: m.id,
            sectionId: m.sectionId,
            number: m.number,
            text: m.text,
            executorsText: m.executorsText,
            termText: m.termText,
            termRule: m.termRule,
            termDescription: m.termRule ? describeTermRule(m.termRule) : null,
            expectedResult: m.expectedResult,
            units: units
              .filter((u) => u.measureId === m.id)
              .map((u) => ({ kind: u.unitKind, id: u.unitId, name: names.get(u.unitId) ?? '—' })),
          })),
      })),
  };
}
