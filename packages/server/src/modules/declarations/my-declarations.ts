/** A declarant's own view: in which campaigns they must file, for whom, by when, and what was received. */
import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { findCampaignPersons } from './campaign-status.js';
import { declarationCampaigns, declarationObligations } from './tables.js';

export async function myDeclarations(db: Db, actor: Actor, today: string) {
  if (!actor.employeeId) return { items: [] };
  const ids = await db
    .selectDistinct({ campaignId: declarationObligations.campaignId })
    .from(declarationObligations)
    .where(eq(declarationObligations.employeeId, actor.employeeId));
  if (ids.length === 0) return { items: [] };
  const campaigns = await db
    .select()
    .from(declarationCampaigns)
    .where(
      inArray(
        declarationCampaigns.id,
        ids.map((i) => i.campaignId),
      ),
    )
    .orderBy(desc(declarationCampaigns.reportingYear));
  const items = [];
  for (const c of campaigns) {
    const persons = await findCampaignPersons(db, c, { role: 'all', page: 1, pageSize: 50 }, today, {
      restrictToEmployeeId: actor.employeeId,
    });
    items.push({
      campaignId: c.id,
      reportingYear: c.reportingYear,
      deadline: c.deadline,
      deadlineExplanation: c.deadlineExplanation,
      clarifyDeadline: c.clarifyDeadline,
      persons: persons.items.map((p) => ({
        id: p.id,
        role: p.role,
        name: [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' '),
        status: p.status,
        receivedOn: p.receivedOn,
        clarifiedOn: p.clarifiedOn,
        declarationId: p.declarationId,
        scheduleDue: p.scheduleDue,
        exclusionReason: p.exclusionReason,
      })),
    });
  }
  return { items };
}
