import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { notFound } from '../../platform/errors.js';
import { declarationCampaigns } from './tables.js';

export type Campaign = typeof declarationCampaigns.$inferSelect;

/** The campaign if it belongs to the actor's organisation tree; NOT_FOUND otherwise (never «forbidden»: no hint it exists). */
export async function loadCampaign(db: Db, actor: Actor, id: string): Promise<Campaign> {
  const [row] = await db.select().from(declarationCampaigns).where(eq(declarationCampaigns.id, id));
  if (!row || !actor.orgIds.includes(row.orgId)) throw notFound('Декларационная кампания');
  return row;
}
