/**
 * Import of «Справки БК» packages into a campaign: single .xsb/.xml files, many at once, or zip archives of
 * them. Each package file is imported in its own transaction — all its forms or nothing — and gets its own
 * result: imported, duplicate (the same package was imported before, in whatever container) or error with
 * the reason. The raw file is kept with its SHA-256.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { type PackageFileResult, type ParsedPackage, readPackageFiles } from '@antikor/engines/spravki-bk';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { assertDeclarationsOfficer } from './access.js';
import { bulkImportFresh } from './import-bulk.js';
import { type Campaign, loadCampaign } from './load-campaign.js';
import { CandidateIndex, matchFamily, unmatchedFamilyKey } from './match-persons.js';
import { declarationCampaigns, declarationObligations, declarationPackages } from './tables.js';
import { type WrittenForm, writeFamilyVersions } from './write-versions.js';

export type ImportResult =
  | {
      file: string;
      status: 'imported';
      packageId: string;
      declarant: string;
      isClarifying: boolean;
      employeeId: string | null;
      forms: WrittenForm[];
      warnings: string[];
    }
  | { file: string; status: 'duplicate'; packageId: string; message: string }
  | { file: string; status: 'error'; message: string };

export type UploadedFile = { name: string; data: Uint8Array };

/** Loads the campaign's persons once for matching a whole batch. */
export async function candidateIndex(db: Db, campaignId: string): Promise<CandidateIndex> {
  const rows = await db
    .select({
      id: declarationObligations.id,
      employeeId: declarationObligations.employeeId,
      role: declarationObligations.role,
      lastName: declarationObligations.lastName,
      firstName: declarationObligations.firstName,
      middleName: declarationObligations.middleName,
      birthDate: declarationObligations.birthDate,
    })
    .from(declarationObligations)
    .where(eq(declarationObligations.campaignId, campaignId));
  return new CandidateIndex(rows);
}

const fullName = (p: { lastName: string | null; firstName: string | null; middleName: string | null }) =>
  [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
const isUniqueViolation = (err: unknown) => {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
};

/** Checks that a package belongs to this campaign before anything is written. */
function packageProblem(pkg: ParsedPackage, campaign: Campaign): string | null {
  if (pkg.persons.length === 0) return 'в пакете нет ни одной справки';
  const years = new Set(pkg.persons.map((p) => p.reportingPeriod.end?.slice(0, 4) ?? null));
  if (years.has(null)) return 'в справке не указан отчётный период';
  if (years.size > 1) return `справки пакета относятся к разным отчётным годам (${[...years].join(', ')})`;
  const [year] = years;
  if (Number(year) !== campaign.reportingYear)
    return `справка за ${year} год, а кампания — за ${campaign.reportingYear} год`;
  if (!pkg.persons.some((p) => p.role === 'self') && !pkg.persons[0].declarant.lastName)
    return 'в пакете нет справки на себя и не указан декларант';
  return null;
}

/** Imports one parsed package file (in its own transaction, or a savepoint of the caller's); never throws for bad input. */
export async function importOnePackage(
  db: Db,
  ctx: {
    actor: Actor | null;
    campaign: Campaign;
    index: CandidateIndex;
    receivedOn: string;
    auditEntries?: Record<string, unknown>[];
  },
  r: Extract<PackageFileResult, { package: ParsedPackage }> & { receivedOn?: string },
): Promise<ImportResult> {
  const { campaign, index } = ctx;
  const receivedOn = r.receivedOn ?? ctx.receivedOn;
  const pkg = r.package;
  const problem = packageProblem(pkg, campaign);
  if (problem) return { file: r.file, status: 'error', message: problem };
  const [dup] = await db
    .select({
      id: declarationPackages.id,
      fileName: declarationPackages.fileName,
      year: declarationCampaigns.reportingYear,
    })
    .from(declarationPackages)
    .innerJoin(declarationCampaigns, eq(declarationCampaigns.id, declarationPackages.campaignId))
    .where(and(eq(declarationPackages.orgId, campaign.orgId), eq(declarationPackages.contentHash, pkg.contentHash)));
  const duplicate = (id: string, fileName: string) => ({
    file: r.file,
    status: 'duplicate' as const,
    packageId: id,
    message: `этот пакет уже импортирован (файл «${fileName}»); ничего не изменено`,
  });
  if (dup) return duplicate(dup.id, dup.fileName);
  const match = matchFamily(pkg.persons, index);
  const self = pkg.persons.find((p) => p.role === 'self') ?? null;
  const declarant = self ?? pkg.persons[0].declarant;
  const familyKey = match.employeeId ?? unmatchedFamilyKey(declarant);
  const sha256 = createHash('sha256').update(r.bytes).digest('hex');
  const warnings = pkg.warnings.map((w) => `строка ${w.line}: ${w.path}: ${w.message}`);
  try {
    return await db.transaction(async (tx) => {
      const [stored] = await tx
        .insert(declarationPackages)
        .values({
          orgId: campaign.orgId,
          campaignId: campaign.id,
          fileName: r.file,
          sha256,
          contentHash: pkg.contentHash,
          size: r.bytes.length,
          format: pkg.format,
          encoding: pkg.encoding,
          program: pkg.program,
          isClarifying: pkg.isClarifying,
          // Kept gzip-compressed: an .xsb is Base64 of UTF-32 and shrinks about tenfold; `sha256` is of the original.
          content: gzipSync(r.bytes, { level: 1 }),
          employeeId: match.employeeId,
          receivedOn,
          warnings,
          importedBy: ctx.actor?.userId ?? null,
        })
        .returning({ id: declarationPackages.id });
      const forms = await writeFamilyVersions(tx, {
        orgId: campaign.orgId,
        campaignId: campaign.id,
        familyKey,
        employeeId: match.employeeId,
        forms: pkg.persons.map((person, i) => ({ person, match: match.persons[i] })),
        packageId: stored.id,
        source: 'import',
        receivedOn,
        isClarifying: pkg.isClarifying,
        userId: ctx.actor?.userId ?? null,
      });
      const entry = {
        packageId: stored.id,
        file: r.file,
        sha256,
        isClarifying: pkg.isClarifying,
        employeeId: match.employeeId,
        forms: forms.map((f) => ({ declarationId: f.declarationId, version: f.version, match: f.matchStatus })),
      };
      // In a batch the caller writes one audit record listing every file of the batch, in the same transaction.
      if (ctx.auditEntries) ctx.auditEntries.push(entry);
      else
        await appendAudit(tx, auditContext(ctx.actor, ctx.actor?.ip ?? null), {
          orgId: campaign.orgId,
          type: 'declaration.imported',
          entityType: 'declaration_package',
          entityId: stored.id,
          data: { campaignId: campaign.id, ...entry },
        });
      return {
        file: r.file,
        status: 'imported' as const,
        packageId: stored.id,
        declarant: fullName(declarant),
        isClarifying: pkg.isClarifying,
        employeeId: match.employeeId,
        forms,
        warnings,
      };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      // Another request imported the same package a moment ago.
      const [again] = await db
        .select({ id: declarationPackages.id, fileName: declarationPackages.fileName })
        .from(declarationPackages)
        .where(
          and(eq(declarationPackages.orgId, campaign.orgId), eq(declarationPackages.contentHash, pkg.contentHash)),
        );
      if (again) return duplicate(again.id, again.fileName);
      return {
        file: r.file,
        status: 'error',
        message: 'справки этой семьи в эту минуту импортирует другой запрос — повторите импорт файла',
      };
    }
    return {
      file: r.file,
      status: 'error',
      message: `не сохранён: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}

/**
 * Imports read package files in batches: each batch is one transaction (one commit, which is what an
 * embedded database on disk pays for), each file inside it a savepoint — so a file is imported whole or not
 * at all, and a failing file never takes its neighbours down.
 */
export async function importPackageBatch(
  db: Db,
  ctx: { actor: Actor | null; campaign: Campaign; index: CandidateIndex; receivedOn: string },
  files: (PackageFileResult & { receivedOn?: string })[],
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (let start = 0; start < files.length; start += BATCH) {
    const chunk = files.slice(start, start + BATCH);
    const write = async (bulk: boolean) =>
      db.transaction(async (tx) => {
        const out = new Map<number, ImportResult>();
        const auditEntries: Record<string, unknown>[] = [];
        const parsed = new Map<number, Extract<(typeof chunk)[number], { package: ParsedPackage }>>();
        chunk.forEach((r, i) => {
          if ('error' in r) out.set(i, { file: r.file, status: 'error', message: r.error });
          else {
            const problem = packageProblem(r.package, ctx.campaign);
            if (problem) out.set(i, { file: r.file, status: 'error', message: problem });
            else parsed.set(i, r);
          }
        });
        let rest = [...parsed.keys()];
        if (bulk) {
          const fast = await bulkImportFresh(tx, ctx, parsed);
          for (const [i, r] of fast.results) out.set(i, r);
          auditEntries.push(...fast.audit);
          rest = fast.rest.sort((a, b) => a - b);
        }
        for (const i of rest) out.set(i, await importOnePackage(tx, { ...ctx, auditEntries }, parsed.get(i)!));
        if (auditEntries.length)
          await appendAudit(tx, auditContext(ctx.actor, ctx.actor?.ip ?? null), {
            orgId: ctx.campaign.orgId,
            type: 'declaration.imported',
            entityType: 'declaration_campaign',
            entityId: ctx.campaign.id,
            data: { packages: auditEntries },
          });
        return chunk.map((_, i) => out.get(i)!);
      });
    // Should the bulk insert fail (a concurrent import of the same package), the batch is redone file by file.
    results.push(...(await write(true).catch(() => write(false))));
  }
  return results;
}

const BATCH = 200;

/** Imports uploaded files (packages or zips of them) into the campaign; one result per package file. */
export async function importPackages(
  db: Db,
  actor: Actor,
  campaignId: string,
  files: UploadedFile[],
  opts: { receivedOn: string },
): Promise<{ results: ImportResult[]; imported: number; duplicates: number; errors: number }> {
  assertDeclarationsOfficer(actor);
  const campaign = await loadCampaign(db, actor, campaignId);
  const index = await candidateIndex(db, campaign.id);
  const read: PackageFileResult[] = [];
  for (const f of files) read.push(...(await readPackageFiles(f.name, f.data)));
  const results = await importPackageBatch(db, { actor, campaign, index, receivedOn: opts.receivedOn }, read);
  return {
    results,
    imported: results.filter((r) => r.status === 'imported').length,
    duplicates: results.filter((r) => r.status === 'duplicate').length,
    errors: results.filter((r) => r.status === 'error').length,
  };
}
