import { type FactorCode, factorInfo } from '@antikor/engines/expertise';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/auth/actor.js';
import { updateEntry } from '../journals/change-entry.js';
import { expertiseFindings, expertiseRuns } from './tables.js';

type DecidedFinding = {
  lineageId: string;
  version: number;
  decision: string;
  code: string;
  unit: string;
  suggestion: string | null;
  expertSuggestion: string | null;
  quote: string;
};

/** The draft-act journal fields the expertise owns (domain.md §10.5: result, factors with units, removed). */
export type EntryFactorsPatch = {
  anticorruptionExpertise: true;
  factorsFound: number;
  factorsDescription: string | null;
  factorsRemoved: boolean | null;
};

// The journal field holds up to 10 000 characters; the full list is in the conclusion.
const DESCRIPTION_MAX = 9000;

function capLines(lines: string[]): string {
  const out: string[] = [];
  let size = 0;
  for (const [i, l] of lines.entries()) {
    if (size + l.length > DESCRIPTION_MAX) {
      out.push(`… и ещё ${lines.length - i} (полный перечень — в заключении)`);
      break;
    }
    out.push(l);
    size += l.length + 1;
  }
  return out.join('\n');
}

/**
 * What the journal entry must say after the expert's decisions. A factor is counted once however many
 * versions it survived (its lineage), by its latest decision; the report's «factors found» thus stays
 * right when the developer revises the draft. Factors are «removed» when some were found and the latest
 * version has none confirmed.
 */
export function entryPatchFor(findings: readonly DecidedFinding[], latestVersion: number): EntryFactorsPatch {
  const last = new Map<string, DecidedFinding>();
  for (const f of findings) {
    const cur = last.get(f.lineageId);
    if (!cur || f.version > cur.version) last.set(f.lineageId, f);
  }
  const found = [...last.values()].filter((f) => f.decision === 'confirmed');
  const current = findings.filter((f) => f.version === latestVersion && f.decision === 'confirmed');
  const line = (f: DecidedFinding) =>
    `${f.unit} — ${f.code} «${factorInfo(f.code as FactorCode).title}»: ${f.expertSuggestion ?? f.suggestion ?? factorInfo(f.code as FactorCode).remedy}`;
  let description: string | null = null;
  if (current.length) description = capLines(current.map(line));
  else if (found.length)
    description = `Выявленные ранее факторы (${found.length}) устранены в редакции № ${latestVersion}:\n${capLines(found.map(line))}`;
  return {
    anticorruptionExpertise: true,
    factorsFound: found.length,
    factorsDescription: description,
    factorsRemoved: found.length ? current.length === 0 : null,
  };
}

/**
 * Writes the expert's result into the draft-act entry through the journal engine's update (so the change is
 * validated and audited as «journal.updated»), inside the caller's transaction.
 */
export async function syncEntryFactors(tx: Db, actor: Actor, entryId: string, now: Date): Promise<EntryFactorsPatch> {
  const rows = await tx
    .select({
      lineageId: expertiseFindings.lineageId,
      version: expertiseRuns.version,
      decision: expertiseFindings.decision,
      code: expertiseFindings.code,
      unit: expertiseFindings.unit,
      suggestion: expertiseFindings.suggestion,
      expertSuggestion: expertiseFindings.expertSuggestion,
      quote: expertiseFindings.quote,
    })
    .from(expertiseFindings)
    .innerJoin(expertiseRuns, eq(expertiseRuns.id, expertiseFindings.runId))
    .where(eq(expertiseFindings.entryId, entryId));
  const versions = await tx
    .select({ v: expertiseRuns.version })
    .from(expertiseRuns)
    .where(eq(expertiseRuns.entryId, entryId));
  const latest = Math.max(0, ...versions.map((r) => r.v));
  const patch = entryPatchFor(rows, latest);
  await updateEntry(tx, actor, entryId, { data: patch }, now);
  return patch;
}
