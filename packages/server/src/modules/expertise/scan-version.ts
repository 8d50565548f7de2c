import { createHash, randomUUID } from 'node:crypto';
import { scanDraft } from '@antikor/engines/expertise';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../platform/audit/append-audit.js';
import { type Actor, auditContext } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { addAttachment } from '../journals/attachments.js';
import { journalAttachments } from '../journals/tables.js';
import { checkDraftText, draftTextOf } from './draft-text.js';
import { syncEntryFactors } from './entry-factors.js';
import { loadDraftEntry } from './expertise-access.js';
import { matchKey, pairWithPrevious, quoteAround, unitAt } from './finding-match.js';
import { expertiseFindings, expertiseRuns } from './tables.js';

export type DraftSource =
  | { kind: 'upload'; file: { name: string; data: Buffer } }
  | { kind: 'paste'; text: string }
  | { kind: 'attachment'; attachmentId: string };

type NewRun = {
  orgId: string;
  entryId: string;
  text: string;
  source: 'upload' | 'paste' | 'attachment';
  fileName: string | null;
  attachmentId: string | null;
  by: { id: string | null; name: string };
  now: Date;
};

/**
 * Stores a new version of the draft with the engine's findings, inside the caller's transaction (the entry
 * row locked, so versions never collide). Findings of a provision left unchanged since the previous
 * version keep their lineage and the expert's decision; the expert's own findings follow their sentence
 * when it is still in the text. Used by the use case below and by the demo seed.
 */
export async function insertRun(tx: Db, r: NewRun) {
  const sha = createHash('sha256').update(r.text).digest('hex');
  const [prev] = await tx
    .select()
    .from(expertiseRuns)
    .where(eq(expertiseRuns.entryId, r.entryId))
    .orderBy(desc(expertiseRuns.version))
    .limit(1);
  if (prev?.textSha256 === sha)
    throw new AppError(
      'CONFLICT',
      `Этот текст уже проверен — редакция № ${prev.version}. Загрузите изменённую редакцию проекта.`,
    );
  const version = (prev?.version ?? 0) + 1;
  const [run] = await tx
    .insert(expertiseRuns)
    .values({
      orgId: r.orgId,
      entryId: r.entryId,
      version,
      source: r.source,
      fileName: r.fileName,
      attachmentId: r.attachmentId,
      text: r.text,
      textSha256: sha,
      scannedBy: r.by.id,
      scannedByName: r.by.name,
      scannedAt: r.now,
    })
    .returning();
  const scan = scanDraft(r.text);
  const prior = prev ? await tx.select().from(expertiseFindings).where(eq(expertiseFindings.runId, prev.id)) : [];
  const engineRows = scan.findings.map((f) => {
    const { quote } = quoteAround(r.text, f.start, f.end);
    return {
      code: f.code as string,
      start: f.start,
      end: f.end,
      unit: f.unit,
      trigger: f.trigger,
      quote,
      matchKey: matchKey(f.code, quote, f.trigger),
      explanation: f.explanation,
      suggestion: f.suggestion,
      score: f.score,
      rule: f.rule,
      origin: 'engine' as const,
    };
  });
  // The expert's own findings from the previous version, where their sentence survived.
  const manualRows = prior
    .filter((p) => p.origin === 'expert')
    .flatMap((p) => {
      const at = r.text.indexOf(p.quote);
      const inQuote = p.quote.indexOf(p.trigger);
      if (at < 0 || inQuote < 0) return [];
      const start = at + inQuote;
      return [
        {
          code: p.code,
          start,
          end: start + p.trigger.length,
          unit: unitAt(scan.units, start)?.label ?? p.unit,
          trigger: p.trigger,
          quote: p.quote,
          matchKey: p.matchKey,
          explanation: p.explanation,
          suggestion: p.suggestion,
          score: null,
          rule: null,
          origin: 'expert' as const,
        },
      ];
    });
  const rows = [...engineRows, ...manualRows];
  const pairs = pairWithPrevious(
    rows,
    prior.map((p) => ({ ...p, origin: p.origin as 'engine' | 'expert' })),
  );
  if (rows.length) {
    await tx.insert(expertiseFindings).values(
      rows.map((row, i) => {
        const id = randomUUID();
        const p = pairs[i];
        const carried = p && p.decision !== 'pending';
        return {
          ...row,
          id,
          orgId: r.orgId,
          runId: run.id,
          entryId: r.entryId,
          lineageId: p?.lineageId ?? id,
          decision: carried ? p.decision : 'pending',
          decisionComment: carried ? p.decisionComment : null,
          expertSuggestion: p?.expertSuggestion ?? null,
          decidedBy: carried ? p.decidedBy : null,
          decidedByName: carried ? p.decidedByName : null,
          decidedAt: carried ? p.decidedAt : null,
          carriedFromVersion: carried ? prev!.version : null,
          createdAt: r.now,
        };
      }),
    );
  }
  return { run, findings: rows.length };
}

/**
 * Scans a version of the draft of a draft-act entry: an uploaded DOCX/TXT (also kept as the entry's
 * attachment), a pasted text, or a file already attached. Audited; the entry's result fields follow.
 */
export async function scanDraftVersion(db: Db, actor: Actor, entryId: string, source: DraftSource, now = new Date()) {
  // Reading the file needs no lock: a bad file is refused before anything is written.
  const uploaded = source.kind === 'upload' ? await draftTextOf(source.file) : null;
  const { run, findings } = await db.transaction(async (tx) => {
    const { entry } = await loadDraftEntry(tx, actor, entryId, { forUpdate: true, write: true, open: true });
    let text: string;
    let fileName: string | null = null;
    let attachmentId: string | null = null;
    if (source.kind === 'upload') {
      text = uploaded!;
      fileName = source.file.name;
      const sha = createHash('sha256').update(source.file.data).digest('hex');
      const [same] = await tx
        .select({ id: journalAttachments.id })
        .from(journalAttachments)
        .where(and(eq(journalAttachments.entryId, entryId), eq(journalAttachments.sha256, sha)));
      attachmentId = same?.id ?? (await addAttachment(tx, actor, entryId, source.file)).id;
    } else if (source.kind === 'attachment') {
      const [att] = await tx
        .select()
        .from(journalAttachments)
        .where(and(eq(journalAttachments.id, source.attachmentId), eq(journalAttachments.entryId, entryId)));
      if (!att) throw notFound('Вложение записи');
      text = await draftTextOf({ name: att.fileName, data: att.content });
      fileName = att.fileName;
      attachmentId = att.id;
    } else {
      text = checkDraftText(source.text);
    }
    const out = await insertRun(tx, {
      orgId: entry.orgId,
      entryId,
      text,
      source: source.kind,
      fileName,
      attachmentId,
      by: { id: actor.userId, name: actor.fullName },
      now,
    });
    await appendAudit(tx, auditContext(actor), {
      orgId: entry.orgId,
      type: 'expertise.scanned',
      entityType: 'journal_entry',
      entityId: entryId,
      data: {
        runId: out.run.id,
        version: out.run.version,
        source: source.kind,
        fileName,
        chars: text.length,
        findings: out.findings,
      },
    });
    await syncEntryFactors(tx, actor, entryId, now);
    return out;
  });
  return { id: run.id, version: run.version, findings };
}
