/**
 * The fast path of an import batch: packages of families seen for the first time in the campaign (the bulk
 * of a campaign's first import) are written with one multi-row insert per table instead of a few queries
 * per file. Anything else — a clarifying package for a filed family, two packages of one family in the
 * batch, a file that fails a check — is left to the per-file path. Runs inside the batch's transaction:
 * if the bulk insert fails, the caller redoes the batch file by file.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { type PackageFileResult, type ParsedPackage, personKey } from '@antikor/engines/spravki-bk';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { ImportResult } from './import-packages.js';
import type { Campaign } from './load-campaign.js';
import { type CandidateIndex, type FamilyMatch, matchFamily, unmatchedFamilyKey } from './match-persons.js';
import { declarationPackages, declarations, declarationVersions } from './tables.js';

type Parsed = Extract<PackageFileResult, { package: ParsedPackage }> & { receivedOn?: string };
type Ctx = { actor: Actor | null; campaign: Campaign; index: CandidateIndex; receivedOn: string };

const fullName = (p: { lastName: string | null; firstName: string | null; middleName: string | null }) =>
  [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

/**
 * Writes the fresh packages among `files` (index → file) and returns their results and audit entries;
 * the indexes it did not take are for the per-file path.
 */
export async function bulkImportFresh(
  tx: Db,
  ctx: Ctx,
  files: Map<number, Parsed>,
): Promise<{ results: Map<number, ImportResult>; audit: Record<string, unknown>[]; rest: number[] }> {
  const { campaign } = ctx;
  const results = new Map<number, ImportResult>();
  const audit: Record<string, unknown>[] = [];
  if (files.size === 0) return { results, audit, rest: [] };
  const hashes = [...new Set([...files.values()].map((f) => f.package.contentHash))];
  const known = new Set(
    (
      await tx
        .select({ h: declarationPackages.contentHash })
        .from(declarationPackages)
        .where(and(eq(declarationPackages.orgId, campaign.orgId), inArray(declarationPackages.contentHash, hashes)))
    ).map((r) => r.h),
  );
  const planned: { i: number; f: Parsed; match: FamilyMatch; familyKey: string; keys: string[] }[] = [];
  const rest: number[] = [];
  const seenFamilies = new Set<string>();
  const seenHashes = new Set<string>();
  for (const [i, f] of files) {
    const match = matchFamily(f.package.persons, ctx.index);
    const self = f.package.persons.find((p) => p.role === 'self') ?? f.package.persons[0]?.declarant;
    const familyKey = match.employeeId ?? unmatchedFamilyKey(self);
    const keys = f.package.persons.map((p) => personKey(p));
    // Duplicates, repeated families and repeated persons get the per-file path, which explains each case.
    if (
      known.has(f.package.contentHash) ||
      seenHashes.has(f.package.contentHash) ||
      seenFamilies.has(familyKey) ||
      new Set(keys).size !== keys.length
    ) {
      rest.push(i);
      continue;
    }
    seenFamilies.add(familyKey);
    seenHashes.add(f.package.contentHash);
    planned.push({ i, f, match, familyKey, keys });
  }
  if (planned.length === 0) return { results, audit, rest };
  const filed = new Set(
    (
      await tx
        .select({ k: declarations.familyKey })
        .from(declarations)
        .where(
          and(
            eq(declarations.campaignId, campaign.id),
            inArray(
              declarations.familyKey,
              planned.map((p) => p.familyKey),
            ),
          ),
        )
    ).map((r) => r.k),
  );
  const fresh = planned.filter((p) => {
    if (!filed.has(p.familyKey)) return true;
    rest.push(p.i);
    return false;
  });
  if (fresh.length === 0) return { results, audit, rest };
  const userId = ctx.actor?.userId ?? null;
  const stored = await tx
    .insert(declarationPackages)
    .values(
      fresh.map(({ f, match }) => ({
        orgId: campaign.orgId,
        campaignId: campaign.id,
        fileName: f.file,
        sha256: createHash('sha256').update(f.bytes).digest('hex'),
        contentHash: f.package.contentHash,
        size: f.bytes.length,
        format: f.package.format,
        encoding: f.package.encoding,
        program: f.package.program,
        isClarifying: f.package.isClarifying,
        content: gzipSync(f.bytes, { level: 1 }),
        employeeId: match.employeeId,
        receivedOn: f.receivedOn ?? ctx.receivedOn,
        warnings: f.package.warnings.map((w) => `строка ${w.line}: ${w.path}: ${w.message}`),
        importedBy: userId,
      })),
    )
    .returning({ id: declarationPackages.id, sha256: declarationPackages.sha256 });
  const decls = await tx
    .insert(declarations)
    .values(
      fresh.flatMap(({ f, match, familyKey, keys }) =>
        f.package.persons.map((p, k) => ({
          orgId: campaign.orgId,
          campaignId: campaign.id,
          familyKey,
          personKey: keys[k],
          employeeId: match.employeeId,
          obligationId: match.persons[k].obligationId,
          role: p.role,
          lastName: p.lastName,
          firstName: p.firstName,
          middleName: p.middleName,
          birthDate: p.birthDate,
          matchStatus: match.persons[k].status,
          matchNotes: match.persons[k].notes,
          currentVersion: 1,
          incomeTotal: p.incomeTotal,
          receivedOn: f.receivedOn ?? ctx.receivedOn,
          clarifiedOn: f.package.isClarifying ? (f.receivedOn ?? ctx.receivedOn) : null,
        })),
      ),
    )
    .returning({ id: declarations.id });
  let d = 0;
  const versions: (typeof declarationVersions.$inferInsert)[] = [];
  fresh.forEach(({ i, f, match }, n) => {
    const forms = f.package.persons.map((p, k) => {
      const declarationId = decls[d++].id;
      versions.push({
        orgId: campaign.orgId,
        declarationId,
        version: 1,
        packageId: stored[n].id,
        source: 'import',
        isClarifying: f.package.isClarifying,
        receivedOn: f.receivedOn ?? ctx.receivedOn,
        data: p,
        diff: [],
        createdBy: userId,
      });
      return {
        declarationId,
        version: 1,
        role: p.role,
        name: fullName(p),
        matchStatus: match.persons[k].status,
        notes: match.persons[k].notes,
        changes: 0,
      };
    });
    const self = f.package.persons.find((p) => p.role === 'self') ?? f.package.persons[0].declarant;
    results.set(i, {
      file: f.file,
      status: 'imported',
      packageId: stored[n].id,
      declarant: fullName(self),
      isClarifying: f.package.isClarifying,
      employeeId: match.employeeId,
      forms,
      warnings: f.package.warnings.map((w) => `строка ${w.line}: ${w.path}: ${w.message}`),
    });
    audit.push({
      packageId: stored[n].id,
      file: f.file,
      sha256: stored[n].sha256,
      isClarifying: f.package.isClarifying,
      employeeId: match.employeeId,
      forms: forms.map((x) => ({ declarationId: x.declarationId, version: 1, match: x.matchStatus })),
    });
  });
  await tx.insert(declarationVersions).values(versions);
  return { results, audit, rest };
}
