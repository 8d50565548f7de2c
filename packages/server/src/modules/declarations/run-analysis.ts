/**
 * Runs the analysis engine (Mintrud methodology, domain.md §4.1) over every family of a campaign, with up to
 * three earlier campaigns of the same organisation as history, and stores the findings. Re-running keeps the
 * reviewers' decisions: a finding found again is the same row; one no longer found is marked not current.
 */
import { createHash } from 'node:crypto';
import { analyzeDeclarations, type FamilyDeclarations, type Finding } from '@antikor/engines/declaration-analysis';
import type { PersonDeclaration } from '@antikor/engines/spravki-bk';
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { descendantOrgIds } from '../org/org-tree.js';
import { assertDeclarationsOfficer } from './access.js';
import { loadAnalysisContexts } from './analysis-context.js';
import { type Campaign, loadCampaign } from './load-campaign.js';
import { declarationCampaigns, declarationFindings, declarations, declarationVersions } from './tables.js';

/** Stable identity of a finding across re-analyses: the rule, whose form, and the evidence's figures. */
export function findingFingerprint(f: Finding): string {
  const evidence = f.evidence.map((e) => `${e.label}=${e.value}@${e.source}`).join(';');
  return createHash('sha256')
    .update(`${f.ruleCode}|${f.personRole}|${f.personName ?? ''}|${evidence}`)
    .digest('hex')
    .slice(0, 32);
}

/** The current versions of a campaign's declarations, grouped by family. */
async function familiesOf(
  db: Db,
  campaignIds: string[],
): Promise<Map<string, Map<string, { employeeId: string | null; persons: PersonDeclaration[] }>>> {
  const rows = await db
    .select({
      campaignId: declarations.campaignId,
      familyKey: declarations.familyKey,
      employeeId: declarations.employeeId,
      data: declarationVersions.data,
    })
    .from(declarations)
    .innerJoin(
      declarationVersions,
      and(
        eq(declarationVersions.declarationId, declarations.id),
        eq(declarationVersions.version, declarations.currentVersion),
      ),
    )
    .where(inArray(declarations.campaignId, campaignIds));
  const out = new Map<string, Map<string, { employeeId: string | null; persons: PersonDeclaration[] }>>();
  for (const r of rows) {
    const byFamily = out.get(r.campaignId) ?? new Map();
    out.set(r.campaignId, byFamily);
    const fam = byFamily.get(r.familyKey) ?? { employeeId: r.employeeId, persons: [] };
    fam.persons.push(r.data);
    byFamily.set(r.familyKey, fam);
  }
  for (const byFamily of out.values())
    for (const fam of byFamily.values())
      fam.persons.sort((a, b) => (a.role === 'self' ? -1 : b.role === 'self' ? 1 : 0));
  return out;
}

export type AnalysisSummary = { families: number; findings: number; newFindings: number; gone: number };

export async function runCampaignAnalysis(
  db: Db,
  actor: Actor | null,
  campaign: Campaign,
  opts: { audit?: boolean } = {},
): Promise<AnalysisSummary> {
  const history = await db
    .select({ id: declarationCampaigns.id, year: declarationCampaigns.reportingYear })
    .from(declarationCampaigns)
    .where(
      and(
        eq(declarationCampaigns.orgId, campaign.orgId),
        gte(declarationCampaigns.reportingYear, campaign.reportingYear - 3),
        lt(declarationCampaigns.reportingYear, campaign.reportingYear),
      ),
    );
  const families = await familiesOf(db, [campaign.id, ...history.map((h) => h.id)]);
  const current = families.get(campaign.id) ?? new Map();
  const employeeIds = [...current.values()].map((f) => f.employeeId).filter((id): id is string => id !== null);
  const contexts = await loadAnalysisContexts(db, await descendantOrgIds(db, campaign.orgId), employeeIds);
  const found: (typeof declarationFindings.$inferInsert)[] = [];
  for (const [familyKey, fam] of current) {
    const previous: FamilyDeclarations[] = history.flatMap((h) => {
      const p = families.get(h.id)?.get(familyKey);
      return p ? [{ year: h.year, persons: p.persons }] : [];
    });
    const result = analyzeDeclarations({
      current: { year: campaign.reportingYear, persons: fam.persons },
      previous,
      // Unmatched families have no HR data: the HR cross-checks are skipped rather than firing falsely.
      context: fam.employeeId ? contexts.get(fam.employeeId) : undefined,
    });
    const seen = new Set<string>();
    for (const f of result.findings) {
      const fingerprint = findingFingerprint(f);
      if (seen.has(fingerprint)) continue;
      seen.add(fingerprint);
      found.push({
        orgId: campaign.orgId,
        campaignId: campaign.id,
        familyKey,
        employeeId: fam.employeeId,
        fingerprint,
        ruleCode: f.ruleCode,
        title: f.title,
        basis: f.basis,
        severity: f.severity,
        personRole: f.personRole,
        personName: f.personName ?? null,
        message: f.message,
        evidence: f.evidence,
      });
    }
  }
  return db.transaction(async (tx) => {
    const before = await tx
      .select({
        familyKey: declarationFindings.familyKey,
        fingerprint: declarationFindings.fingerprint,
        isCurrent: declarationFindings.isCurrent,
      })
      .from(declarationFindings)
      .where(eq(declarationFindings.campaignId, campaign.id));
    const known = new Set(before.map((b) => `${b.familyKey}|${b.fingerprint}`));
    const now = new Set(found.map((f) => `${f.familyKey}|${f.fingerprint}`));
    await tx
      .update(declarationFindings)
      .set({ isCurrent: false })
      .where(eq(declarationFindings.campaignId, campaign.id));
    for (let i = 0; i < found.length; i += 500) {
      await tx
        .insert(declarationFindings)
        .values(found.slice(i, i + 500))
        .onConflictDoUpdate({
          target: [declarationFindings.campaignId, declarationFindings.familyKey, declarationFindings.fingerprint],
          set: {
            isCurrent: true,
            employeeId: sql`excluded.employee_id`,
            message: sql`excluded.message`,
            title: sql`excluded.title`,
            basis: sql`excluded.basis`,
            severity: sql`excluded.severity`,
          },
        });
    }
    await tx
      .update(declarationCampaigns)
      .set({ lastAnalysedAt: new Date() })
      .where(eq(declarationCampaigns.id, campaign.id));
    const summary: AnalysisSummary = {
      families: current.size,
      findings: found.length,
      newFindings: [...now].filter((k) => !known.has(k)).length,
      gone: before.filter((b) => b.isCurrent && !now.has(`${b.familyKey}|${b.fingerprint}`)).length,
    };
    if (opts.audit !== false)
      await appendAudit(tx, auditContext(actor), {
        orgId: campaign.orgId,
        type: 'declaration.analysed',
        entityType: 'declaration_campaign',
        entityId: campaign.id,
        data: summary,
      });
    return summary;
  });
}

export async function analyseCampaign(db: Db, actor: Actor, campaignId: string): Promise<AnalysisSummary> {
  assertDeclarationsOfficer(actor);
  return runCampaignAnalysis(db, actor, await loadCampaign(db, actor, campaignId));
}
