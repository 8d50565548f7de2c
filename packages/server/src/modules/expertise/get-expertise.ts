import { CLAIM_THRESHOLD, type FactorCode, factorInfo } from '@antikor/engines/expertise';
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { notFound } from '../../platform/errors.js';
import { journalAttachments } from '../journals/tables.js';
import { isExpert, loadDraftEntry } from './expertise-access.js';
import { type IncomingRow, incomingDto } from './incoming.js';
import { expertiseFindings, expertiseIncoming, expertiseRuns } from './tables.js';
import { diffParagraphs } from './version-diff.js';

type FindingRow = typeof expertiseFindings.$inferSelect;

export function findingDto(f: FindingRow) {
  const info = factorInfo(f.code as FactorCode);
  return {
    id: f.id,
    lineageId: f.lineageId,
    origin: f.origin as 'engine' | 'expert',
    code: f.code,
    factorTitle: info.title,
    methodologyRef: info.methodologyRef,
    start: f.start,
    end: f.end,
    unit: f.unit,
    trigger: f.trigger,
    quote: f.quote,
    explanation: f.explanation,
    suggestion: f.suggestion,
    expertSuggestion: f.expertSuggestion,
    score: f.score,
    /** An engine finding below the claim threshold is a hint: shown, but not waiting for a decision. */
    isHint: f.origin === 'engine' && (f.score ?? 0) < CLAIM_THRESHOLD,
    decision: f.decision as 'pending' | 'confirmed' | 'rejected',
    decisionComment: f.decisionComment,
    decidedByName: f.decidedByName,
    decidedAt: f.decidedAt?.toISOString() ?? null,
    carriedFromVersion: f.carriedFromVersion,
  };
}
export type FindingDto = ReturnType<typeof findingDto>;

/** Counts of a version's findings for lists and the conclusion's readiness. */
export function countFindings(findings: readonly FindingDto[]) {
  const open = findings.filter((f) => !f.isHint || f.decision !== 'pending');
  return {
    claims: findings.filter((f) => f.origin === 'engine' && !f.isHint).length,
    hints: findings.filter((f) => f.isHint).length,
    manual: findings.filter((f) => f.origin === 'expert').length,
    confirmed: open.filter((f) => f.decision === 'confirmed').length,
    rejected: open.filter((f) => f.decision === 'rejected').length,
    pending: open.filter((f) => f.decision === 'pending').length,
  };
}

const draftExtensions = /\.(docx|txt)$/i;

/**
 * The expertise of one draft-act entry: its versions with counts, received conclusions and demands, and the
 * entry's DOCX/TXT attachments that can be scanned.
 */
export async function getExpertise(db: Db, actor: Actor, entryId: string, opts: { today?: string } = {}) {
  const { def, entry } = await loadDraftEntry(db, actor, entryId);
  const runs = await db
    .select({
      id: expertiseRuns.id,
      version: expertiseRuns.version,
      source: expertiseRuns.source,
      fileName: expertiseRuns.fileName,
      chars: sql<number>`length(${expertiseRuns.text})::int`,
      scannedAt: expertiseRuns.scannedAt,
      scannedByName: expertiseRuns.scannedByName,
    })
    .from(expertiseRuns)
    .where(eq(expertiseRuns.entryId, entryId))
    .orderBy(desc(expertiseRuns.version));
  const findings = runs.length
    ? (await db.select().from(expertiseFindings).where(eq(expertiseFindings.entryId, entryId))).map((f) => ({
        runId: f.runId,
        dto: findingDto(f),
      }))
    : [];
  const incoming = await db
    .select()
    .from(expertiseIncoming)
    .where(eq(expertiseIncoming.entryId, entryId))
    .orderBy(asc(expertiseIncoming.receivedOn), asc(expertiseIncoming.createdAt));
  const attachments = await db
    .select({
      id: journalAttachments.id,
      fileName: journalAttachments.fileName,
      size: journalAttachments.size,
      uploadedAt: journalAttachments.uploadedAt,
    })
    .from(journalAttachments)
    .where(eq(journalAttachments.entryId, entryId))
    .orderBy(asc(journalAttachments.uploadedAt));
  const isFinal = !!def.statuses.find((s) => s.code === entry.status)?.isFinal;
  const data = entry.data as Record<string, unknown>;
  return {
    entry: {
      id: entry.id,
      orgId: entry.orgId,
      regNumber: entry.regNumber,
      status: entry.status,
      statusLabel: def.statuses.find((s) => s.code === entry.status)?.label ?? entry.status,
      isFinal,
      actType: (data.actType as string | undefined) ?? null,
      draftTitle: String(data.draftTitle ?? ''),
      developer: String(data.developer ?? ''),
      receivedOn: (data.receivedOn as string | undefined) ?? null,
      conclusionOn: (data.conclusionOn as string | undefined) ?? null,
      publishedForIndependentFrom: (data.publishedForIndependentFrom as string | undefined) ?? null,
      publishedForIndependentTo: (data.publishedForIndependentTo as string | undefined) ?? null,
      factorsFound: (data.factorsFound as number | undefined) ?? null,
      factorsRemoved: (data.factorsRemoved as boolean | undefined) ?? null,
    },
    canEdit: isExpert(actor, def),
    canScan: isExpert(actor, def) && !isFinal,
    runs: runs.map((r) => ({
      ...r,
      scannedAt: r.scannedAt.toISOString(),
      counts: countFindings(findings.filter((f) => f.runId === r.id).map((f) => f.dto)),
    })),
    incoming: incoming.map((i) => incomingDto(i as IncomingRow, opts.today)),
    attachments: attachments
      .filter((a) => draftExtensions.test(a.fileName))
      .map((a) => ({ ...a, uploadedAt: a.uploadedAt.toISOString() })),
  };
}
export type ExpertiseOverview = Awaited<ReturnType<typeof getExpertise>>;

/**
 * One version: its text, findings and what changed since the previous version — paragraphs rewritten,
 * factors that appeared, and factors of the previous version that are gone (removed by the developer).
 */
export async function getRun(db: Db, actor: Actor, runId: string) {
  const [run] = await db
    .select()
    .from(expertiseRuns)
    .where(and(eq(expertiseRuns.id, runId), inArray(expertiseRuns.orgId, actor.orgIds)));
  if (!run) throw notFound('Редакция проекта');
  const { def, entry } = await loadDraftEntry(db, actor, run.entryId);
  const findings = (
    await db
      .select()
      .from(expertiseFindings)
      .where(eq(expertiseFindings.runId, run.id))
      .orderBy(asc(expertiseFindings.start), desc(expertiseFindings.score))
  ).map(findingDto);
  const [prev] = await db
    .select()
    .from(expertiseRuns)
    .where(and(eq(expertiseRuns.entryId, run.entryId), lt(expertiseRuns.version, run.version)))
    .orderBy(desc(expertiseRuns.version))
    .limit(1);
  const [latest] = await db
    .select({ version: expertiseRuns.version })
    .from(expertiseRuns)
    .where(eq(expertiseRuns.entryId, run.entryId))
    .orderBy(desc(expertiseRuns.version))
    .limit(1);
  let changes = null;
  if (prev) {
    const before = (
      await db
        .select()
        .from(expertiseFindings)
        .where(eq(expertiseFindings.runId, prev.id))
        .orderBy(asc(expertiseFindings.start))
    ).map(findingDto);
    const lineagesBefore = new Set(before.map((f) => f.lineageId));
    const lineagesNow = new Set(findings.map((f) => f.lineageId));
    const paragraphs = diffParagraphs(prev.text, run.text);
    changes = {
      previousVersion: prev.version,
      previousRunId: prev.id,
      addedParagraphs: paragraphs.added,
      removedParagraphs: paragraphs.removed,
      unchangedParagraphs: paragraphs.unchanged,
      newFindingIds: findings.filter((f) => !lineagesBefore.has(f.lineageId)).map((f) => f.id),
      // Only what mattered: hints nobody decided on are not «removed factors».
      removedFindings: before.filter((f) => !lineagesNow.has(f.lineageId) && !(f.isHint && f.decision === 'pending')),
    };
  }
  const isFinal = !!def.statuses.find((s) => s.code === entry.status)?.isFinal;
  return {
    id: run.id,
    entryId: run.entryId,
    regNumber: entry.regNumber,
    version: run.version,
    source: run.source,
    fileName: run.fileName,
    attachmentId: run.attachmentId,
    scannedAt: run.scannedAt.toISOString(),
    scannedByName: run.scannedByName,
    text: run.text,
    textSha256: run.textSha256,
    isLatest: latest.version === run.version,
    canReview: isExpert(actor, def) && !isFinal && latest.version === run.version,
    findings,
    counts: countFindings(findings),
    changes,
  };
}
export type RunDetail = Awaited<ReturnType<typeof getRun>>;
