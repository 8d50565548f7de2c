/** Per-organisation settings of declaration campaigns. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { assertDeclarationsOfficer } from './access.js';
import { declarationSettings } from './tables.js';

/** Why publication is off by default (domain.md §3.4). */
export const DECREE_968_NOTE =
  'Размещение сведений о доходах на официальном сайте приостановлено: Указ Президента РФ от 29.12.2022 № 968 (п. «ж») — в период проведения специальной военной операции и до принятия соответствующих нормативных правовых актов сведения не размещаются на официальных сайтах и не предоставляются СМИ для опубликования.';

export type DeclarationSettings = { publicationEnabled: boolean; publicationNote: string; sampleSharePercent: number };

export async function loadSettings(db: Db, orgId: string): Promise<DeclarationSettings> {
  const [row] = await db.select().from(declarationSettings).where(eq(declarationSettings.orgId, orgId));
  return {
    publicationEnabled: row?.publicationEnabled ?? false,
    publicationNote: row?.publicationNote || DECREE_968_NOTE,
    sampleSharePercent: row?.sampleShare ?? 10,
  };
}

export async function saveSettings(
  db: Db,
  actor: Actor,
  input: { publicationEnabled: boolean; publicationNote?: string | null; sampleSharePercent: number },
) {
  assertDeclarationsOfficer(actor);
  const values = {
    publicationEnabled: input.publicationEnabled,
    publicationNote: input.publicationNote?.trim() || null,
    sampleShare: input.sampleSharePercent,
    updatedAt: new Date(),
    updatedBy: actor.userId,
  };
  await db.transaction(async (tx) => {
    await tx
      .insert(declarationSettings)
      .values({ orgId: actor.orgId, ...values })
      .onConflictDoUpdate({ target: declarationSettings.orgId, set: values });
    await appendAudit(tx, auditContext(actor), {
      orgId: actor.orgId,
      type: 'declaration.settings_updated',
      entityType: 'declaration_settings',
      entityId: actor.orgId,
      data: { publicationEnabled: input.publicationEnabled, sampleSharePercent: input.sampleSharePercent },
    });
  });
  return loadSettings(db, actor.orgId);
}
