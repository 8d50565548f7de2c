import { normalizeWord, stemOf, type Token } from './tokenize.js';

/**
 * A tiny token-pattern language over stems, so that one pattern covers every case and number
 * of a word (the issue asks for morphology, not exact strings):
 *
 *   "без провед* торг*|конкурс*|аукцион*"
 *
 * - elements are separated by spaces; alternatives inside an element by `|`;
 * - `word` matches tokens whose Snowball stem equals the stem of `word`
 *   («основания», «оснований», «основаниям» all match `основание`);
 * - `pref*` matches tokens whose normalised surface form starts with `pref`;
 * - `*suf` matches words whose normalised surface form ends with `suf` (e.g. adjective endings, so an
 *   optional element `?*ого|*ых|…` lets an adjective or participle stand between key words);
 * - `=word` matches the exact surface form (for short function words);
 * - `~N` skips up to N tokens (not crossing `;` or `:`);
 * - `?elem` makes the element optional;
 * - `#` matches any number token, `.` a full stop, `,` a comma, `(` an opening parenthesis.
 */
export type Pattern = { source: string; elements: Element[]; quick: Quick | null };

// What the first element needs, so a pattern is skipped without scanning a sentence that lacks it.
type Quick = { stems: string[]; exacts: string[]; prefixes: string[]; prefixRe: RegExp | null; number: boolean };

type Alt = { kind: 'stem' | 'prefix' | 'suffix' | 'exact' | 'number' | 'punct'; value: string };
type Element = { kind: 'alts'; alts: Alt[]; optional: boolean } | { kind: 'gap'; max: number };

function compileAlt(a: string): Alt {
  if (a === '#') return { kind: 'number', value: '' };
  if (a.length === 1 && /[.,:;()«»"-]/.test(a)) return { kind: 'punct', value: a };
  if (a.startsWith('=')) return { kind: 'exact', value: normalizeWord(a.slice(1)) };
  if (a.startsWith('*') && a.length > 1) return { kind: 'suffix', value: normalizeWord(a.slice(1)) };
  if (a.endsWith('*')) return { kind: 'prefix', value: normalizeWord(a.slice(0, -1)) };
  return { kind: 'stem', value: stemOf(normalizeWord(a)) };
}

/** Compiles a pattern string (see {@link Pattern}). */
export function compile(source: string): Pattern {
  const elements: Element[] = source
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      if (/^~\d+$/.test(part)) return { kind: 'gap', max: Number(part.slice(1)) };
      const optional = part.startsWith('?') && part.length > 1;
      const body = optional ? part.slice(1) : part;
      return { kind: 'alts', optional, alts: body.split('|').map(compileAlt) };
    });
  return { source, elements, quick: quickOf(elements[0]) };
}

function quickOf(el: Element | undefined): Quick | null {
  if (el?.kind !== 'alts' || el.optional) return null;
  if (el.alts.some((a) => a.kind === 'suffix')) return null;
  const q: Quick = { stems: [], exacts: [], prefixes: [], prefixRe: null, number: false };
  for (const a of el.alts) {
    if (a.kind === 'stem') q.stems.push(a.value);
    else if (a.kind === 'exact' || a.kind === 'punct') q.exacts.push(a.value);
    else if (a.kind === 'number') q.number = true;
    else q.prefixes.push(` ${a.value}`);
  }
  // Many prefixes («отказ*|отклон*|приостан*|…») are checked in one pass of a regular expression.
  if (q.prefixes.length > 3)
    q.prefixRe = new RegExp(`(?:${q.prefixes.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return q;
}

// Per sentence: sets of stems and forms for O(1) checks, and the forms joined with spaces so that
// `includes(" " + prefix)` checks a prefix natively.
type Sets = { stems: Set<string>; norms: Set<string>; joined: string; number: boolean };
const setsCache = new WeakMap<Token[], Sets>();

function setsOf(tokens: Token[]): Sets {
  let s = setsCache.get(tokens);
  if (!s) {
    const stems = new Set<string>();
    const norms = new Set<string>();
    let joined = ' ';
    let number = false;
    for (const t of tokens) {
      stems.add(t.stem);
      norms.add(t.norm);
      joined += `${t.norm} `;
      if (t.kind === 'number') number = true;
    }
    s = { stems, norms, joined, number };
    setsCache.set(tokens, s);
  }
  return s;
}

/** False when the pattern certainly cannot match anywhere in `tokens` (cheap pre-check). */
function mayMatch(tokens: Token[], p: Pattern): boolean {
  const q = p.quick;
  if (!q || tokens.length < 8) return true;
  const s = setsOf(tokens);
  if (q.number && s.number) return true;
  for (const x of q.stems) if (s.stems.has(x)) return true;
  for (const x of q.exacts) if (s.norms.has(x)) return true;
  if (q.prefixRe) return q.prefixRe.test(s.joined);
  for (const x of q.prefixes) if (s.joined.includes(x)) return true;
  return false;
}

function altMatches(alt: Alt, t: Token): boolean {
  switch (alt.kind) {
    case 'stem':
      return t.kind === 'word' && t.stem === alt.value;
    case 'prefix':
      return t.kind === 'word' && t.norm.startsWith(alt.value);
    case 'suffix':
      return t.kind === 'word' && t.norm.endsWith(alt.value);
    case 'exact':
      return t.norm === alt.value;
    case 'number':
      return t.kind === 'number';
    case 'punct':
      return t.kind === 'punct' && t.norm === alt.value;
  }
}

/** True when token `t` satisfies a one-element pattern such as "отказ*|отклон*". */
export function tokenIs(t: Token | undefined, p: Pattern): boolean {
  if (!t) return false;
  const el = p.elements[0];
  return el?.kind === 'alts' && el.alts.some((a) => altMatches(a, t));
}

function matchAt(tokens: Token[], els: Element[], ei: number, ti: number, end: number): number {
  if (ei === els.length) return ti;
  const el = els[ei];
  if (el.kind === 'gap') {
    for (let skip = 0; skip <= el.max && ti + skip <= end; skip++) {
      if (skip > 0) {
        const t = tokens[ti + skip - 1];
        if (t.kind === 'punct' && (t.norm === ';' || t.norm === ':')) break;
      }
      const r = matchAt(tokens, els, ei + 1, ti + skip, end);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (ti < end && el.alts.some((a) => altMatches(a, tokens[ti]))) {
    const r = matchAt(tokens, els, ei + 1, ti + 1, end);
    if (r >= 0) return r;
  }
  if (el.optional) return matchAt(tokens, els, ei + 1, ti, end);
  return -1;
}

/** A match: token indices [from, to). */
export type Match = { from: number; to: number };

/** All non-overlapping matches of `p` in `tokens[from, to)`, left to right. */
export function findAll(tokens: Token[], p: Pattern, from = 0, to = tokens.length): Match[] {
  const out: Match[] = [];
  if (!mayMatch(tokens, p)) return out;
  const first = p.elements[0];
  for (let i = from; i < to; i++) {
    if (first.kind === 'alts' && !first.optional && !first.alts.some((a) => altMatches(a, tokens[i]))) continue;
    const r = matchAt(tokens, p.elements, 0, i, to);
    if (r > i) {
      out.push({ from: i, to: r });
      i = r - 1;
    }
  }
  return out;
}

/** First match of `p` in `tokens[from, to)`, or null. */
export function findFirst(tokens: Token[], p: Pattern, from = 0, to = tokens.length): Match | null {
  if (!mayMatch(tokens, p)) return null;
  const first = p.elements[0];
  for (let i = from; i < to; i++) {
    if (first.kind === 'alts' && !first.optional && !first.alts.some((a) => altMatches(a, tokens[i]))) continue;
    const r = matchAt(tokens, p.elements, 0, i, to);
    if (r > i) return { from: i, to: r };
  }
  return null;
}

/** True when any of the patterns occurs in `tokens[from, to)`. */
export function hasAny(tokens: Token[], patterns: Pattern[], from = 0, to = tokens.length): boolean {
  return patterns.some((p) => findFirst(tokens, p, from, to) !== null);
}

/** Compiles a list of pattern strings. */
export const compileAll = (sources: string[]): Pattern[] => sources.map(compile);
