import { hasPermission } from '@antikor/core';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { users } from '../../platform/auth/tables.js';
import { descendantOrgIds } from '../org/org-tree.js';
import { type AttentionItem, findAttentionItems } from './find-attention-items.js';
import type { Role } from '@antikor/core';

const marks: Record<AttentionItem['severity'], string> = { overdue: '[ПРОСРОЧЕНО]', warning: '[скоро срок]', info: '[к сведению]' };

/** The daily digest text: what the home page shows, as a plain-text letter. */
export function renderDigest(fullName: string, items: AttentionItem[], baseUrl: string): { subject: string; text: string } {
  const overdue = items.filter((i) => i.severity === 'overdue').length;
  const subject = overdue ? `Антикор: просрочено ${overdue}, всего задач ${items.length}` : `Антикор: задач на сегодня ${items.length}`;
  const lines = items.map((i) => `${marks[i.severity]} ${i.title}${i.description ? `\n    ${i.description}` : ''}${i.link ? `\n    ${baseUrl}${i.link}` : ''}`);
  return { subject, text: `${fullName}, здравствуйте.\n\nТребует вашего внимания:\n\n${lines.join('\n\n')}\n\n— Антикор` };
}

/** An actor for a user, for jobs that run without a request (the digest). */
async function actorOf(db: Db, u: typeof users.$inferSelect): Promise<Actor> {
  return { userId: u.id, login: u.login, fullName: u.fullName, orgId: u.orgId, orgIds: await descendantOrgIds(db, u.orgId), roles: u.roles as Role[], subdivisionId: u.subdivisionId, employeeId: u.employeeId, ip: null, sessionId: 'digest' };
}

/** Builds each active user's digest (only users with an e-mail and something to do). */
export async function collectDigests(db: Db, opts: { timeZone: string; baseUrl: string }) {
  const rows = await db.select().from(users).where(and(eq(users.isActive, true), isNotNull(users.email)));
  const out: { to: string; subject: string; text: string }[] = [];
  for (const u of rows) {
    const actor = await actorOf(db, u);
    const items = (await findAttentionItems(db, actor, opts)).filter((i) => i.kind === 'deadline' || hasPermission(actor.roles, 'users.manage'));
    if (items.length) out.push({ to: u.email!, ...renderDigest(u.fullName, items, opts.baseUrl) });
  }
  return out;
}
