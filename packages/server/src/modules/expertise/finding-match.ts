/**
 * Pure helpers that tie a finding to the wording of its provision, so the same factor in the same provision
 * is recognised in the next version of the draft (its decision carried over) and a factor whose provision
 * was reworded counts as removed.
 */
import type { StructuralUnit } from '@antikor/engines/expertise';

const QUOTE_MAX = 600;

/**
 * The sentence of the draft around [start, end): from the previous sentence end («.», «;», «!», «?» followed
 * by a space) or line break to the next one. Long sentences are cut around the trigger with «…».
 */
export function quoteAround(text: string, start: number, end: number): { from: number; to: number; quote: string } {
  let from = start;
  while (from > 0) {
    const c = text[from - 1];
    if (c === '\n') break;
    if (/[.;!?]/.test(c) && /\s/.test(text[from] ?? ' ') && !isNumbering(text, from - 1)) break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const c = text[to];
    if (c === '\n') break;
    if (/[.;!?]/.test(c) && /\s|$/.test(text[to + 1] ?? '') && !isNumbering(text, to)) {
      to++;
      break;
    }
    to++;
  }
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  let quote = text.slice(from, to);
  if (quote.length > QUOTE_MAX) {
    const mid = Math.max(0, Math.min(start - from - QUOTE_MAX / 3, quote.length - QUOTE_MAX));
    quote = `${mid > 0 ? '…' : ''}${quote.slice(mid, mid + QUOTE_MAX)}${mid + QUOTE_MAX < quote.length ? '…' : ''}`;
  }
  return { from, to, quote };
}

/** «2.3.» at the start of a line: the dot belongs to the number, not to a sentence end. */
function isNumbering(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\d.]/.test(text[i])) i--;
  return i < dot - 1 && (i < 0 || text[i] === '\n');
}

/** Lower case, «ё» → «е», one space, no leading numbering: edits of layout do not make a new provision. */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[а-я]\)|\d{1,3}\))\s+/u, '')
    .replace(/[«»"„“]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Equal keys in two versions mean the same factor in an unchanged provision. */
export function matchKey(code: string, quote: string, trigger: string): string {
  return `${code}|${normalise(trigger)}|${normalise(quote)}`;
}

/**
 * The finest structural unit that contains the offset (for a finding the expert adds by hand), as the
 * conclusion names it: «подпункт «а» пункта 2.3».
 */
export function unitAt(units: readonly StructuralUnit[], offset: number): StructuralUnit | null {
  let best: StructuralUnit | null = null;
  for (const u of units) {
    if (u.start <= offset && offset < u.end && (!best || u.end - u.start <= best.end - best.start)) best = u;
  }
  return best;
}

export type PriorFinding = {
  id: string;
  lineageId: string;
  origin: 'engine' | 'expert';
  matchKey: string;
  quote: string;
  trigger: string;
  decision: string;
  decisionComment: string | null;
  expertSuggestion: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
};

/**
 * Pairs findings of a new version with those of the previous one by match key (each previous finding used
 * once). Returns, for each new finding, the previous one it continues, or null when it is new.
 */
export function pairWithPrevious<T extends { matchKey: string }>(
  current: readonly T[],
  previous: readonly PriorFinding[],
): (PriorFinding | null)[] {
  const pool = new Map<string, PriorFinding[]>();
  for (const p of previous) pool.set(p.matchKey, [...(pool.get(p.matchKey) ?? []), p]);
  return current.map((c) => pool.get(c.matchKey)?.shift() ?? null);
}
