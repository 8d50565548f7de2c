/**
 * Reminders of the declaration campaign for the home page «Требует вашего внимания» (and so the daily
 * digest): for the officer, the campaign's progress, missing and late filers, schedule dates passed,
 * unmatched packages and new high-risk findings; for a declarant, their own filing due.
 */
import { and, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { AttentionItem } from '../home/find-attention-items.js';
import { isDeclarationsOfficer } from './access.js';
import { campaignSummary } from './campaign-status.js';
import { declarationCampaigns, declarationFindings, declarations } from './tables.js';

const ru = (iso: string) => iso.split('-').reverse().join('.');

export async function declarationAttentionItems(db: Db, actor: Actor, today: string): Promise<AttentionItem[]> {
  const items: AttentionItem[] = [];
  const year = Number(today.slice(0, 4));
  if (isDeclarationsOfficer(actor)) {
    // Campaigns filed this year (and one begun early for the current year).
    const live = await db
      .select()
      .from(declarationCampaigns)
      .where(and(inArray(declarationCampaigns.orgId, actor.orgIds), gte(declarationCampaigns.reportingYear, year - 1)));
    for (const c of live) {
      const s = await campaignSummary(db, c, today);
      const link = `/declarations/${c.id}`;
      const title = `Сведения о доходах за ${c.reportingYear} год`;
      if (today <= c.deadline) {
        const daysLeft = Math.round((Date.parse(c.deadline) - Date.parse(today)) / 86_400_000);
        items.push({
          id: `declarations.progress.${c.id}`,
          kind: 'deadline',
          severity: daysLeft <= 14 ? 'warning' : 'info',
          title: `${title}: получено ${s.declarants.filed} из ${s.declarants.due}`,
          description: `Срок представления — ${ru(c.deadline)} (273-ФЗ ст. 8; 25-ФЗ ст. 15)`,
          dueDate: c.deadline,
          link,
        });
      } else if (s.declarants.missing + s.family.missing > 0) {
        items.push({
          id: `declarations.missing.${c.id}`,
          kind: 'deadline',
          severity: 'overdue',
          title: `${title}: не представлены ${s.declarants.missing} справок служащих и ${s.family.missing} — членов семей`,
          description: `Срок истёк ${ru(c.deadline)}. Непредставление — основание для рассмотрения на комиссии (Указ № 821 п. 16).`,
          dueDate: c.deadline,
          link: `${link}?status=missing`,
        });
      }
      const behind = s.bySubdivision.filter((b) => b.scheduleDue && b.scheduleDue < today && b.counts.expected > 0);
      if (behind.length && today <= c.deadline)
        items.push({
          id: `declarations.schedule.${c.id}`,
          kind: 'deadline',
          severity: 'warning',
          title: `${title}: по графику не сдали в ${behind.length} подразделениях`,
          description: behind
            .slice(0, 3)
            .map((b) => `${b.subdivisionName ?? 'без подразделения'} (до ${ru(b.scheduleDue!)})`)
            .join('; '),
          link: `${link}?behindSchedule=true`,
        });
      const [{ n: unmatched }] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(declarations)
        .where(and(eq(declarations.campaignId, c.id), isNull(declarations.obligationId)));
      if (unmatched > 0)
        items.push({
          id: `declarations.unmatched.${c.id}`,
          kind: 'declarations',
          severity: 'warning',
          title: `${title}: справки без сопоставления с кадровыми данными — ${unmatched}`,
          description: 'Сопоставьте их с сотрудниками или проверьте анкеты.',
          link: `${link}?tab=unmatched`,
        });
      const [{ n: high }] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(declarationFindings)
        .where(
          and(
            eq(declarationFindings.campaignId, c.id),
            eq(declarationFindings.isCurrent, true),
            eq(declarationFindings.status, 'new'),
            eq(declarationFindings.severity, 'high'),
          ),
        );
      if (high > 0)
        items.push({
          id: `declarations.findings.${c.id}`,
          kind: 'declarations',
          severity: 'warning',
          title: `${title}: новые результаты анализа высокого риска — ${high}`,
          description: 'Рассмотрите их и запросите пояснения (методические рекомендации Минтруда).',
          link: `${link}?tab=findings`,
        });
    }
  }
  if (actor.employeeId) {
    const own = await queryRows<{ id: string; reportingYear: number; deadline: string; missing: number }>(
      db,
      sql`SELECT c.id, c.reporting_year AS "reportingYear", c.deadline::text AS deadline,
                 count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM declarations d WHERE d.obligation_id = o.id))::int AS missing
            FROM declaration_obligations o JOIN declaration_campaigns c ON c.id = o.campaign_id
           WHERE o.employee_id = ${actor.employeeId} AND o.excluded_at IS NULL AND c.reporting_year >= ${year - 1}
           GROUP BY c.id, c.reporting_year, c.deadline`,
    );
    for (const c of own) {
      if (c.missing === 0) continue;
      items.push({
        id: `declarations.own.${c.id}`,
        kind: 'deadline',
        severity: today > c.deadline ? 'overdue' : 'warning',
        title: `Представьте сведения о доходах за ${c.reportingYear} год (справок: ${c.missing})`,
        description: `На себя, супруга(у) и несовершеннолетних детей — не позднее ${ru(c.deadline)} (273-ФЗ ст. 8)`,
        dueDate: c.deadline,
        link: '/my-declarations',
      });
    }
  }
  return items;
}
