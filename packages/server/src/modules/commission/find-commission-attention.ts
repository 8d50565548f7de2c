/**
 * The secretary's home-page items (home/find-attention-items.ts): cases waiting for a meeting with their
 * legal term, reviews and protocol copies due, the head's response (a month, Указ № 821 п. 34) and
 * referrals to law enforcement (3 days, п. 36) — overdue, due within a week, or simply waiting.
 */
import { addDays, type CaseStatus, finalCaseStatuses, hasPermission, type IsoDate } from '@antikor/core';
import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { AttentionItem } from '../home/find-attention-items.js';
import { caseDeadlines } from './case-dto.js';
import { loadSettings } from './commission-access.js';
import { commissionCases, commissionMeetings } from './tables.js';

const SOON_DAYS = 7;

export async function findCommissionAttention(db: Db, actor: Actor, opts: { today: string }): Promise<AttentionItem[]> {
  if (!hasPermission(actor.roles, 'commission.manage')) return [];
  const settings = await loadSettings(db, actor.orgId);
  const open = await db
    .select()
    .from(commissionCases)
    .where(
      and(
        inArray(commissionCases.orgId, actor.orgIds),
        notInArray(commissionCases.status, finalCaseStatuses as CaseStatus[]),
      ),
    )
    .orderBy(asc(commissionCases.receivedOn))
    .limit(500);
  const soon = addDays(opts.today as IsoDate, SOON_DAYS);
  const items: AttentionItem[] = [];
  for (const c of open) {
    const pending = caseDeadlines(c, opts.today, settings).filter((d) => d.state !== 'met');
    const next = pending.sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
    if (!next && c.status !== 'awaiting_meeting') continue;
    const severity = next && next.state === 'overdue' ? 'overdue' : next && next.dueDate <= soon ? 'warning' : 'info';
    const title =
      c.status === 'awaiting_meeting'
        ? `Ожидает заседания комиссии: вопрос № ${c.regNumber}`
        : c.status === 'scheduled'
          ? `В повестке заседания: вопрос № ${c.regNumber}`
          : `${next?.title ?? 'Вопрос комиссии'}: вопрос № ${c.regNumber}`;
    items.push({
      id: `commission.case.${c.id}`,
      kind: 'commission',
      severity,
      title,
      description: `${c.subjectName}.${next ? ` Срок — ${next.dueDate.split('-').reverse().join('.')} (${next.basis})` : ' Рассматривается на ближайшем заседании (Указ № 821, п. 17.2)'}`,
      dueDate: next?.dueDate,
      link: `/commission/cases/${c.id}`,
    });
  }
  const upcoming = await db
    .select()
    .from(commissionMeetings)
    .where(and(inArray(commissionMeetings.orgId, actor.orgIds), eq(commissionMeetings.status, 'scheduled')))
    .orderBy(asc(commissionMeetings.meetingDate))
    .limit(10);
  for (const m of upcoming) {
    const isPast = m.meetingDate < opts.today;
    items.push({
      id: `commission.meeting.${m.id}`,
      kind: 'commission',
      severity: isPast ? 'overdue' : m.meetingDate <= soon ? 'warning' : 'info',
      title: isPast
        ? `Заседание № ${m.number}/${m.year} от ${m.meetingDate.split('-').reverse().join('.')}: внесите итоги`
        : `Заседание комиссии № ${m.number}/${m.year} — ${m.meetingDate.split('-').reverse().join('.')}`,
      description: m.notifiedOn ? m.place : `${m.place}. Уведомите членов комиссии и служащих`,
      dueDate: m.meetingDate,
      link: `/commission/meetings/${m.id}`,
    });
  }
  const rank = { overdue: 0, warning: 1, info: 2 } as const;
  items.sort((a, b) => rank[a.severity] - rank[b.severity] || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  return items;
}
