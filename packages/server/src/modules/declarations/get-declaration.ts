/** One person's declaration with every version and its differences; each view is audited (152-ФЗ). */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { notFound } from '../../platform/errors.js';
import { isDeclarationsOfficer } from './access.js';
import {
  declarationCampaigns,
  declarationObligations,
  declarationPackages,
  declarations,
  declarationVersions,
} from './tables.js';

export async function loadDeclaration(db: Db, actor: Actor, id: string) {
  const [row] = await db.select().from(declarations).where(eq(declarations.id, id));
  if (!row || !actor.orgIds.includes(row.orgId)) throw notFound('Справка');
  // The officer sees every declaration of the tree; a declarant sees their own family's.
  const own = actor.employeeId !== null && row.employeeId === actor.employeeId;
  if (!isDeclarationsOfficer(actor) && !own) throw notFound('Справка');
  return row;
}

export async function getDeclaration(db: Db, actor: Actor, id: string) {
  const row = await loadDeclaration(db, actor, id);
  const [campaign] = await db.select().from(declarationCampaigns).where(eq(declarationCampaigns.id, row.campaignId));
  const versions = await db
    .select({
      id: declarationVersions.id,
      version: declarationVersions.version,
      source: declarationVersions.source,
      isClarifying: declarationVersions.isClarifying,
      receivedOn: declarationVersions.receivedOn,
      data: declarationVersions.data,
      diff: declarationVersions.diff,
      note: declarationVersions.note,
      createdAt: declarationVersions.createdAt,
      packageId: declarationVersions.packageId,
      fileName: declarationPackages.fileName,
      sha256: declarationPackages.sha256,
    })
    .from(declarationVersions)
    .leftJoin(declarationPackages, eq(declarationPackages.id, declarationVersions.packageId))
    .where(eq(declarationVersions.declarationId, id))
    .orderBy(asc(declarationVersions.version));
  const [obligation] = row.obligationId
    ? await db.select().from(declarationObligations).where(eq(declarationObligations.id, row.obligationId))
    : [];
  const family = await db
    .select({
      id: declarations.id,
      role: declarations.role,
      lastName: declarations.lastName,
      firstName: declarations.firstName,
      middleName: declarations.middleName,
      birthDate: declarations.birthDate,
      matchStatus: declarations.matchStatus,
    })
    .from(declarations)
    .where(and(eq(declarations.campaignId, row.campaignId), eq(declarations.familyKey, row.familyKey)));
  await db.transaction((tx) =>
    appendAudit(tx, auditContext(actor), {
      orgId: row.orgId,
      type: 'declaration.read',
      entityType: 'declaration',
      entityId: row.id,
      data: { campaignId: row.campaignId, role: row.role, employeeId: row.employeeId },
    }),
  );
  return {
    ...row,
    campaign: {
      id: campaign.id,
      reportingYear: campaign.reportingYear,
      deadline: campaign.deadline,
      clarifyDeadline: campaign.clarifyDeadline,
    },
    obligation: obligation
      ? {
          id: obligation.id,
          subdivisionName: obligation.subdivisionName,
          positionTitle: obligation.positionTitle,
          declarantKind: obligation.declarantKind,
        }
      : null,
    family: family.filter((f) => f.id !== row.id),
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
  };
}
