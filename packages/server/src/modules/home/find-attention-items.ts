import { hasPermission } from '@antikor/core';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { users } from '../../platform/auth/tables.js';
import { findAffiliationAttention } from '../affiliation/find-affiliation-attention.js';
import { findCommissionAttention } from '../commission/find-commission-attention.js';
import { declarationAttentionItems } from '../declarations/attention.js';
import { dateInZone } from '../journals/entry-text.js';
import { findDeadlines } from '../journals/find-deadlines.js';
import { employees, positions, subdivisions } from '../org/tables.js';
import { findPlanAttention } from '../plan/find-plan-attention.js';

export type AttentionItem = {
  id: string;
  kind: string;
  title: string;
  description?: string;
  dueDate?: string;
  severity: 'info' | 'warning' | 'overdue';
  link?: string;
};

/**
 * What needs the signed-in user's action. Each area contributes its own checks; the foundation's are
 * data-quality gaps that block later work (an employee without a subdivision cannot be routed to a
 * responsible executor; locked accounts need an administrator).
 */
export async function findAttentionItems(db: Db, actor: Actor, opts: { timeZone: string }): Promise<AttentionItem[]> {
  const items: AttentionItem[] = [];
  // Journal deadlines the user can act on: overdue first, then those due within a few working days.
  for (const state of ['overdue', 'soon'] as const) {
    const page = await findDeadlines(db, actor, { state, page: 1, pageSize: 30 }, opts);
    for (const d of page.items) {
      items.push({
        id: `deadline.${d.id}`,
        kind: 'deadline',
        severity: state === 'overdue' ? 'overdue' : 'warning',
        title: `${d.title}: ${d.journalTitle}, № ${d.regNumber}`,
        description: `${d.subjectName ? `${d.subjectName}. ` : ''}Срок — ${d.dueDate.split('-').reverse().join('.')} (${d.basis})`,
        dueDate: d.dueDate,
        link: `/journals/${d.journalCode}/${d.entryId}`,
      });
    }
    if (page.total > page.items.length) {
      items.push({
        id: `deadline.more.${state}`,
        kind: 'deadline',
        severity: state === 'overdue' ? 'overdue' : 'warning',
        title: `И ещё ${page.total - page.items.length} — см. раздел «Сроки»`,
        link: '/deadlines',
      });
    }
  }
  // The commission secretary: cases waiting for a meeting, legal terms of cases, meetings to hold.
  items.push(...(await findCommissionAttention(db, actor, { today: dateInZone(new Date(), opts.timeZone) })));
  // The affiliation working group: links found by the last checks, not yet decided.
  items.push(...(await findAffiliationAttention(db, actor)));
  items.push(...(await findPlanAttention(db, actor, dateInZone(new Date(), opts.timeZone))));
  if (hasPermission(actor.roles, 'staff.manage')) {
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(employees)
      .where(
        and(inArray(employees.orgId, actor.orgIds), isNull(employees.subdivisionId), isNull(employees.dismissedAt)),
      );
    if (n > 0) {
      items.push({
        id: 'staff.no-subdivision',
        kind: 'staff',
        severity: 'warning',
        title: `Сотрудники без подразделения: ${n}`,
        description: 'Укажите подразделение, чтобы их работа попадала к ответственному исполнителю.',
        link: '/org/employees',
      });
    }
    const [{ empty }] = await db
      .select({ empty: sql<number>`count(*)::int` })
      .from(subdivisions)
      .where(
        and(
          inArray(subdivisions.orgId, actor.orgIds),
          eq(subdivisions.isActive, true),
          sql`not exists (select 1 from ${positions} p where p.subdivision_id = "subdivisions"."id")`,
        ),
      );
    if (empty > 0) {
      items.push({
        id: 'org.empty-subdivisions',
        kind: 'org',
        severity: 'info',
        title: `Подразделения без должностей: ${empty}`,
        description: 'Загрузите штатный список или заведите должности.',
        link: '/org/subdivisions',
      });
    }
  }
  if (hasPermission(actor.roles, 'users.manage')) {
    const locked = await db
      .select({ id: users.id, login: users.login, until: users.lockedUntil })
      .from(users)
      .where(and(inArray(users.orgId, actor.orgIds), sql`${users.lockedUntil} > now()`));
    for (const u of locked) {
      items.push({
        id: `user.locked.${u.id}`,
        kind: 'users',
        severity: 'warning',
        title: `Заблокирована учётная запись «${u.login}»`,
        description: 'После неудачных попыток входа. Сбросьте пароль, если это сотрудник.',
        link: '/admin/users',
      });
    }
  }
  items.push(...(await declarationAttentionItems(db, actor, dateInZone(new Date(), opts.timeZone))));
  const [me] = await db.select({ must: users.mustChangePassword }).from(users).where(eq(users.id, actor.userId));
  if (me?.must)
    items.push({
      id: 'me.password',
      kind: 'account',
      severity: 'overdue',
      title: 'Смените временный пароль',
      link: '/account/password',
    });
  // Overdue first, then what is due soon, then for information; within each, the nearest date first.
  const rank = { overdue: 0, warning: 1, info: 2 } as const;
  return items
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        rank[a.item.severity] - rank[b.item.severity] ||
        (a.item.dueDate ?? '9999').localeCompare(b.item.dueDate ?? '9999') ||
        a.i - b.i,
    )
    .map(({ item }) => item);
}
