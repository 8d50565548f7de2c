import { hasPermission } from '@antikor/core';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { AttentionItem } from '../home/find-attention-items.js';
import { affiliationLinks, affiliationRuns } from './tables.js';

/** Home page: links waiting for the working group (new ones first), for those who review them. */
export async function findAffiliationAttention(db: Db, actor: Actor): Promise<AttentionItem[]> {
  if (!hasPermission(actor.roles, 'affiliation.review')) return [];
  const counts = await db
    .select({ status: affiliationLinks.status, n: sql<number>`count(*)::int` })
    .from(affiliationLinks)
    .where(
      and(
        inArray(affiliationLinks.orgId, actor.orgIds),
        eq(affiliationLinks.isCurrent, true),
        inArray(affiliationLinks.status, ['new', 'needs_check']),
      ),
    )
    .groupBy(affiliationLinks.status);
  const n = (s: string) => counts.find((c) => c.status === s)?.n ?? 0;
  const items: AttentionItem[] = [];
  if (n('new') > 0) {
    const [run] = await db
      .select({ at: affiliationRuns.startedAt })
      .from(affiliationRuns)
      .where(inArray(affiliationRuns.orgId, actor.orgIds))
      .orderBy(desc(affiliationRuns.startedAt))
      .limit(1);
    items.push({
      id: 'affiliation.new',
      kind: 'affiliation',
      severity: 'warning',
      title: `Новые связи для рабочей группы: ${n('new')}`,
      description: `Возможная личная заинтересованность сотрудников или их родственников в отношениях с контрагентами${run ? ` (проверка от ${run.at.toLocaleDateString('ru-RU')})` : ''}.`,
      link: '/affiliation?status=new',
    });
  }
  if (n('needs_check') > 0) {
    items.push({
      id: 'affiliation.needs-check',
      kind: 'affiliation',
      severity: 'info',
      title: `Связи, требующие проверки: ${n('needs_check')}`,
      link: '/affiliation?status=needs_check',
    });
  }
  return items;
}
