/**
 * The demo organisation's plans (issue 4): the seed's plan 2021–2024 with the 2024 execution texts accepted
 * (figures embedded as indicators, so the 2024 report is computed from the demo registries), the figures
 * entered by hand where no registry stands behind a figure, and a current plan 2025–2028 with
 * the 2026 reports in every state, so the status view, control dates and review have something to show.
 */
import { parseTermText } from '@antikor/core';
import type { Db } from '../../db/client.js';
import {
  executionReports,
  manualFigures,
  planMeasures,
  planMeasureUnits,
  planSections,
  plans,
} from '../../modules/plan/tables.js';
import { demoPlan, type SeedMeasure } from './plan-2021-2024.js';

type Unit = { kind: 'subdivision' | 'organisation'; id: string };

/** Which demo units report on a measure, read from its executors as the plan writes them (lead unit first). */
const unitRules: [RegExp, { sub?: string; orgs?: string[] }][] = [
  [/профилактике коррупционных/i, { sub: 'Отдел по профилактике коррупционных и иных правонарушений' }],
  [/заместитель главы/i, { sub: 'Руководство администрации' }],
  [/отдел кадров/i, { sub: 'Отдел кадров и муниципальной службы' }],
  [/правовое управление/i, { sub: 'Правовое управление' }],
  [/бухгалтерского учета/i, { sub: 'Управление бухгалтерского учета и отчетности' }],
  [/внутреннего финансового контроля/i, { sub: 'Отдел внутреннего финансового контроля' }],
  [/протокола и документационного/i, { sub: 'Управление протокола и документационного обеспечения' }],
  [/средствами массовой/i, { sub: 'Управление по работе со средствами массовой информации' }],
  [/информационных технологий/i, { sub: 'Управление информационных технологий' }],
  [/архитектуры и градостроительства/i, { sub: 'Управление архитектуры и градостроительства' }],
  [/комитет по управлению/i, { orgs: ['kumi'] }],
  // «отраслевые (функциональные) структурные подразделения …, наделённые правами юридического лица»: the bodies.
  [
    /наделённ\S* правами юридического лица|наделенн\S* правами юридического лица/i,
    { orgs: ['kumi', 'education', 'culture', 'finance'] },
  ],
  // 6.1 names «Структурные подразделения администрации» as a whole: the press office answers for publication.
  [/^структурные подразделения администрации/i, { sub: 'Управление по работе со средствами массовой информации' }],
];

function unitsOf(m: SeedMeasure, ids: { subdivisions: Map<string, string>; orgs: Map<string, string> }): Unit[] {
  const found: { at: number; unit: Unit }[] = [];
  for (const [re, target] of unitRules) {
    const at = m.executors.search(re);
    if (at < 0) continue;
    if (target.sub) found.push({ at, unit: { kind: 'subdivision', id: ids.subdivisions.get(target.sub)! } });
    for (const [i, key] of (target.orgs ?? []).entries())
      found.push({ at: at + i / 10, unit: { kind: 'organisation', id: ids.orgs.get(key)! } });
  }
  return [...new Map(found.sort((a, b) => a.at - b.at).map((f) => [f.unit.id, f.unit])).values()];
}

async function insertPlan(
  db: Db,
  orgId: string,
  plan: { title: string; periodFrom: number; periodTo: number; approvedBy: string },
  ids: Parameters<typeof unitsOf>[1],
  retitleTerm = (t: string) => t,
) {
  const [p] = await db
    .insert(plans)
    .values({ orgId, ...plan })
    .returning();
  const measureIds = new Map<string, { id: string; units: Unit[] }>();
  for (const [si, s] of demoPlan.sections.entries()) {
    const [section] = await db
      .insert(planSections)
      .values({ orgId, planId: p.id, number: s.number, title: s.title, position: si + 1 })
      .returning();
    for (const [mi, m] of s.measures.entries()) {
      const termText = retitleTerm(m.term);
      const [row] = await db
        .insert(planMeasures)
        .values({
          orgId,
          planId: p.id,
          sectionId: section.id,
          number: m.number,
          text: m.text,
          executorsText: m.executors,
          termText,
          termRule: parseTermText(termText),
          position: si * 100 + mi,
        })
        .returning({ id: planMeasures.id });
      const units = unitsOf(m, ids);
      if (units.length)
        await db
          .insert(planMeasureUnits)
          .values(units.map((u, i) => ({ orgId, measureId: row.id, unitKind: u.kind, unitId: u.id, position: i })));
      measureIds.set(m.number, { id: row.id, units });
    }
  }
  return { plan: p, measureIds };
}

export async function loadDemoPlans(
  db: Db,
  opts: { orgId: string; subdivisions: Map<string, string>; orgs: Map<string, string>; officerUserId: string | null },
) {
  const { orgId } = opts;
  const ids = { subdivisions: opts.subdivisions, orgs: opts.orgs };
  const done = {
    submittedAt: new Date('2024-12-20T05:00:00Z'),
    reviewedAt: new Date('2024-12-26T05:00:00Z'),
    reviewedBy: opts.officerUserId,
  };

  // The seed plan: the lead unit's 2024 report on every measure is the seed's text, accepted.
  const old = await insertPlan(
    db,
    orgId,
    {
      title: demoPlan.title,
      periodFrom: 2021,
      periodTo: 2024,
      approvedBy: 'постановление администрации Кемеровского муниципального округа (демонстрационные реквизиты)',
    },
    ids,
  );
  const oldPlanId = old.plan.id;
  const accepted = demoPlan.sections
    .flatMap((s) => s.measures)
    .map((m) => {
      const { id, units } = old.measureIds.get(m.number)!;
      return {
        orgId,
        planId: oldPlanId,
        measureId: id,
        unitId: units[0].id,
        year: 2024,
        quarter: 0,
        text: m.result2024,
        status: 'accepted' as const,
        ...done,
      };
    });
  await db.insert(executionReports).values(accepted);

  // Figures with no registry behind them, as the officer entered them for 2024.
  await db.insert(manualFigures).values({
    orgId,
    year: 2024,
    key: 'staff.acquainted',
    value: 171,
    note: 'Листы ознакомления в личных делах (отдел кадров)',
    updatedBy: opts.officerUserId,
  });

  // The current plan, same measures, with the 2026 reports in progress.
  const current = await insertPlan(
    db,
    orgId,
    {
      title: 'План противодействия коррупции в Кемеровском муниципальном округе на 2025-2028 годы',
      periodFrom: 2025,
      periodTo: 2028,
      approvedBy: 'постановление администрации Кемеровского муниципального округа (демонстрационные реквизиты)',
    },
    ids,
    (t) => t.replace(/2021-2024/g, '2025-2028'),
  );
  const report = (
    number: string,
    unitIndex: number,
    text: string,
    status: 'draft' | 'submitted' | 'returned' | 'accepted',
    reviewComment?: string,
  ) => {
    const { id, units } = current.measureIds.get(number)!;
    return {
      orgId,
      planId: current.plan.id,
      measureId: id,
      unitId: units[unitIndex].id,
      year: 2026,
      quarter: 0,
      text,
      status,
      reviewComment: reviewComment ?? null,
      submittedAt: status === 'draft' ? null : new Date('2026-11-16T04:00:00Z'),
      reviewedAt: status === 'accepted' || status === 'returned' ? new Date('2026-11-18T04:00:00Z') : null,
      reviewedBy: status === 'accepted' || status === 'returned' ? opts.officerUserId : null,
    };
  };
  await db
    .insert(executionReports)
    .values([
      report(
        '1.6',
        0,
        'За истекший период поступило {{notices.outsideWork|уведомление|уведомления|уведомлений}} о намерении выполнять иную оплачиваемую работу. Поступающие уведомления регистрируются в журнале.',
        'accepted',
      ),
      report(
        '1.9',
        0,
        'Поступившие сообщения работодателей регистрируются в журнале. За отчетный период поступило {{notices.exEmployee|сообщение|сообщения|сообщений}}, по каждому составлено мотивированное заключение.',
        'submitted',
      ),
      report(
        '2.1',
        0,
        'В производстве судов находилось {{court.cases}} дел по главе 22 КАС РФ; признаны незаконными действия (бездействие) по {{court.unlawful}}, отказано по {{court.dismissed}}, на рассмотрении {{court.pending}}.',
        'submitted',
      ),
      report(
        '6.6',
        0,
        'Проведены публичные слушания.',
        'returned',
        'Укажите число проведённых слушаний и вопросы, по которым они проводились.',
      ),
      report(
        '1.3',
        0,
        'Прием сведений о доходах за 2025 год организован; график представления справок утвержден. Представили сведения {{declarations.receivedMunicipal}} муниципальных служащих и {{declarations.receivedHeads}} руководителей учреждений.',
        'draft',
      ),
    ]);
  return { oldPlanId, currentPlanId: current.plan.id };
}
