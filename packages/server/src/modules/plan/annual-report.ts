/**
 * The annual report on the execution of the plan (issue 4) in the seed's form: a title, then one landscape
 * table «п/п | Мероприятия | Ответственные исполнители | Срок исполнения | Ожидаемый результат» with section
 * rows spanning the table, Times New Roman. The last column carries the accepted execution texts of the
 * responsible units, with every {{indicator}} replaced by its current value.
 */
import { renderNarrative } from '@antikor/core';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { buildDocx, type DocBlock } from '../../platform/documents/docx.js';
import { descendantOrgIds } from '../org/org-tree.js';
import { computeIndicators, indicatorValues } from './compute-indicators.js';
import type { PlanRow } from './plan-access.js';
import { planDetail } from './plan-detail.js';
import { executionReports } from './tables.js';

/** «План противодействия коррупции в …» → «Плана противодействия коррупции в …» (the report's title). */
export function planTitleGenitive(title: string): string {
  return /^План\s/.test(title) ? title.replace(/^План\s/, 'Плана ') : `плана «${title}»`;
}

/** The measures with their rendered execution texts for a year: the data of the annual report. */
export async function annualReportData(db: Db, plan: PlanRow, year: number) {
  const detail = await planDetail(db, plan);
  const indicators = await computeIndicators(db, plan.orgId, await descendantOrgIds(db, plan.orgId), year);
  const values = indicatorValues(indicators);
  const accepted = await db
    .select()
    .from(executionReports)
    .where(
      and(
        eq(executionReports.planId, plan.id),
        eq(executionReports.year, year),
        eq(executionReports.quarter, 0),
        eq(executionReports.status, 'accepted'),
      ),
    );
  const sections = detail.sections.map((s) => ({
    ...s,
    measures: s.measures.map((m) => {
      // Texts in the order the plan lists the measure's units.
      const texts = m.units
        .flatMap((u) => accepted.filter((r) => r.measureId === m.id && r.unitId === u.id))
        .map((r) => renderNarrative(r.text, values).trim());
      return {
        ...m,
        result: texts.filter(Boolean).join('\n\n'),
        missingUnits: m.units
          .filter((u) => !accepted.some((r) => r.measureId === m.id && r.unitId === u.id))
          .map((u) => u.name),
      };
    }),
  }));
  return { plan: detail, year, indicators, sections };
}

export async function buildAnnualReportDocx(
  db: Db,
  actor: Actor | null,
  plan: PlanRow,
  year: number,
): Promise<{ buffer: Buffer; fileName: string; missing: number }> {
  const data = await annualReportData(db, plan, year);
  const rows: (string[] | { span: string; bold?: boolean })[] = [];
  let missing = 0;
  for (const s of data.sections) {
    rows.push({ span: `${s.number}. ${s.title}`, bold: true });
    for (const m of s.measures) {
      if (!m.result) missing++;
      rows.push([m.number, m.text, m.executorsText, m.termText, m.result]);
    }
  }
  const blocks: DocBlock[] = [
    { kind: 'title', text: `Отчет за ${year} год` },
    { kind: 'subtitle', text: `о выполнении ${planTitleGenitive(plan.title)}` },
    { kind: 'paragraph', text: '' },
    {
      kind: 'table',
      header: ['п/п', 'Мероприятия', 'Ответственные исполнители', 'Срок исполнения', 'Ожидаемый результат'],
      rows,
      widths: [5, 27, 18, 11, 39],
    },
  ];
  const buffer = await buildDocx({
    blocks,
    landscape: true,
    title: `Отчет за ${year} год о выполнении ${planTitleGenitive(plan.title)}`,
  });
  if (actor) {
    await db.transaction((tx) =>
      appendAudit(tx, auditContext(actor), {
        orgId: plan.orgId,
        type: 'plan.annual_report_generated',
        entityType: 'plan',
        entityId: plan.id,
        data: { year, measuresWithoutText: missing },
      }),
    );
  }
  return { buffer, fileName: `Отчет о выполнении плана за ${year} год.docx`, missing };
}
