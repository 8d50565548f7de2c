import { addWorkingDays, defaultCalendar, type IsoDate } from '@antikor/core';
import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { getDefinition } from '../journals/journal-access.js';
import { journalEntries } from '../journals/tables.js';
import { DRAFT_ACT, isExpert } from './expertise-access.js';
import { type IncomingKind, incomingKindLabels } from './incoming.js';
import { expertiseIncoming } from './tables.js';

/**
 * For the home page: received independent conclusions (30 days, 172-ФЗ ст. 5) and prosecutor's demands
 * (10 days, ст. 4) not yet answered, overdue or due within 3 working days — for those who keep the register.
 */
export async function findExpertiseAttention(db: Db, actor: Actor, today: string) {
  if (!isExpert(actor, getDefinition(DRAFT_ACT))) return [];
  const soon = addWorkingDays(defaultCalendar, today as IsoDate, 3).date;
  const rows = await db
    .select({
      id: expertiseIncoming.id,
      kind: expertiseIncoming.kind,
      dueDate: expertiseIncoming.dueDate,
      dueBasis: expertiseIncoming.dueBasis,
      author: expertiseIncoming.author,
      entryId: expertiseIncoming.entryId,
      regNumber: journalEntries.regNumber,
    })
    .from(expertiseIncoming)
    .innerJoin(journalEntries, eq(journalEntries.id, expertiseIncoming.entryId))
    .where(
      and(
        inArray(expertiseIncoming.orgId, actor.orgIds),
        isNull(expertiseIncoming.answeredOn),
        lte(expertiseIncoming.dueDate, soon),
      ),
    )
    .orderBy(asc(expertiseIncoming.dueDate))
    .limit(30);
  return rows.map((r) => ({
    id: `expertise.incoming.${r.id}`,
    kind: 'expertise',
    severity: (r.dueDate < today ? 'overdue' : 'warning') as 'overdue' | 'warning',
    title: `${incomingKindLabels[r.kind as IncomingKind]}: проект № ${r.regNumber}`,
    description: `${r.author}. Рассмотреть до ${r.dueDate.split('-').reverse().join('.')} (${r.dueBasis})`,
    dueDate: r.dueDate,
    link: `/expertise/${r.entryId}`,
  }));
}
