import type { Role } from '@antikor/core';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { users } from '../../platform/auth/tables.js';
import { descendantOrgIds } from '../org/org-tree.js';
import { type AttentionItem, findAttentionItems } from './find-attention-items.js';

const marks: Record<AttentionItem['severity'], string> = {
  overdue: '[ПРОСРОЧЕНО]',
  warning: '[скоро срок]',
  info: '[к сведению]',
};
const rank: Record<AttentionItem['severity'], number> = { overdue: 0, warning: 1, info: 2 };

/**
 * Headings of the letter's sections, by the kind of home-page item, in the order they appear. A kind not
 * listed here (a new area) still arrives, under «Другое», at the end.
 */
const sections: [kind: string, heading: string][] = [
  ['deadline', 'Сроки по журналам и сведениям о доходах'],
  ['commission', 'Комиссия по соблюдению требований к служебному поведению'],
  ['expertise', 'Антикоррупционная экспертиза'],
  ['declarations', 'Сведения о доходах'],
  ['plan', 'План противодействия коррупции'],
  ['affiliation', 'Аффилированность и личная заинтересованность'],
  ['staff', 'Штатный список'],
  ['org', 'Организация'],
  ['users', 'Учётные записи'],
];
const otherHeading = 'Другое';

/**
 * What goes into the letter. Deadlines as before (every one the home page shows); from the other areas only
 * what needs action — overdue or soon due (`info` items stay on the home page). The temporary-password
 * reminder is not mailed: a letter asking to change a password teaches users to trust such letters.
 */
export function mailable(item: AttentionItem): boolean {
  if (item.kind === 'account') return false;
  return item.kind === 'deadline' || item.severity !== 'info';
}

/** The daily digest text: the home page's items that need action, as a plain-text letter grouped by area. */
export function renderDigest(
  fullName: string,
  items: AttentionItem[],
  baseUrl: string,
): { subject: string; text: string } {
  const overdue = items.filter((i) => i.severity === 'overdue').length;
  const subject = overdue
    ? `Антикор: просрочено ${overdue}, всего задач ${items.length}`
    : `Антикор: задач на сегодня ${items.length}`;
  const base = baseUrl.replace(/\/+$/, '');
  const line = (i: AttentionItem) =>
    `${marks[i.severity]} ${i.title}${i.description ? `\n    ${i.description}` : ''}${i.link ? `\n    ${base}${i.link}` : ''}`;
  const known = new Set(sections.map(([kind]) => kind));
  const groups = [
    ...sections.map(([kind, heading]) => ({ heading, items: items.filter((i) => i.kind === kind) })),
    { heading: otherHeading, items: items.filter((i) => !known.has(i.kind)) },
  ].filter((g) => g.items.length);
  const body = groups
    .map((g) => {
      // Overdue first within a section; otherwise the home page's order (sort is stable).
      const sorted = [...g.items].sort((a, b) => rank[a.severity] - rank[b.severity]);
      return `${g.heading}\n${'='.repeat(g.heading.length)}\n\n${sorted.map(line).join('\n\n')}`;
    })
    .join('\n\n\n');
  return { subject, text: `${fullName}, здравствуйте.\n\nТребует вашего внимания:\n\n${body}\n\n— Антикор` };
}

/** An actor for a user, for jobs that run without a request (the digest). */
async function actorOf(db: Db, u: typeof users.$inferSelect): Promise<Actor> {
  return {
    userId: u.id,
    login: u.login,
    fullName: u.fullName,
    orgId: u.orgId,
    orgIds: await descendantOrgIds(db, u.orgId),
    roles: u.roles as Role[],
    subdivisionId: u.subdivisionId,
    employeeId: u.employeeId,
    ip: null,
    sessionId: 'digest',
  };
}

/** Builds each active user's digest (only users with an e-mail and something to do). */
export async function collectDigests(db: Db, opts: { timeZone: string; baseUrl: string }) {
  const rows = await db
    .select()
    .from(users)
    .where(and(eq(users.isActive, true), isNotNull(users.email)));
  const out: { to: string; subject: string; text: string }[] = [];
  for (const u of rows) {
    const actor = await actorOf(db, u);
    const items = (await findAttentionItems(db, actor, opts)).filter(mailable);
    if (items.length && u.email) out.push({ to: u.email, ...renderDigest(u.fullName, items, opts.baseUrl) });
  }
  return out;
}
