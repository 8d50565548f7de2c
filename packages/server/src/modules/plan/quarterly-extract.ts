/**
 * The monitoring extract for a period as Excel: one row per measure — its status across units, the
 * submitted texts (figures rendered) and the measure's indicators — what the officer sends upward quarterly.
 */
import { formatIndicator, renderNarrative } from '@antikor/core';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { buildXlsx, ruDate } from '../../platform/documents/xlsx.js';
import { descendantOrgIds } from '../org/org-tree.js';
import { computeIndicators, indicatorValues } from './compute-indicators.js';
import { executionStatus } from './execution-status.js';
import type { PlanRow } from './plan-access.js';

export const statusLabels = {
  not_started: 'Не начат',
  draft: 'Черновик',
  submitted: 'Представлен',
  returned: 'Возвращён',
  accepted: 'Принят',
} as const;

export async function buildMonitoringXlsx(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  year: number,
  quarter: number,
): Promise<Buffer> {
  const status = await executionStatus(db, actor, plan, year, quarter);
  const indicators = await computeIndicators(db, plan.orgId, await descendantOrgIds(db, plan.orgId), year);
  const values = indicatorValues(indicators);
  return buildXlsx({
    sheetName: 'Мониторинг',
    title: `Мониторинг исполнения плана: ${status.periodLabel} (отчёты подразделений — до ${ruDate(status.dueDate)})`,
    rows: status.measures,
    columns: [
      { header: '№', width: 7, value: (m) => m.number },
      { header: 'Мероприятие', width: 50, value: (m) => m.text },
      { header: 'Срок исполнения', width: 18, value: (m) => m.termText },
      {
        header: 'Статус по подразделениям',
        width: 40,
        value: (m) => m.units.map((u) => `${u.unitName}: ${statusLabels[u.status]}`).join('\n'),
      },
      {
        header: 'Представленные сведения об исполнении',
        width: 80,
        value: (m) =>
          m.units
            .filter((u) => u.status === 'submitted' || u.status === 'accepted')
            .map((u) => `${u.unitName}: ${renderNarrative(u.text, values)}`)
            .join('\n\n'),
      },
      {
        header: 'Показатели',
        width: 45,
        value: (m) =>
          indicators
            .filter((i) => i.measures.includes(m.number))
            .map(
              (i) =>
                `${i.title}: ${formatIndicator(i.value, i.unit)}${i.source === 'manual' ? ' (введено вручную)' : ''}`,
            )
            .join('\n'),
      },
    ],
  });
}
