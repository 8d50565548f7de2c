import * as snowball from 'snowball-stemmers';

/** A token of the draft with its character span; `stem` is the Snowball Russian stem of `norm`. */
export type Token = {
  /** Lower-cased surface form with ё → е. */
  norm: string;
  stem: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
};

const stemmer = snowball.newStemmer('russian');
// Vocabulary of legal drafts is small; caching makes stemming effectively free on long texts.
const stemCache = new Map<string, string>();

/** Snowball stem of a lower-cased word (ё already folded), cached. */
export function stemOf(norm: string): string {
  let s = stemCache.get(norm);
  if (s === undefined) {
    s = /[а-я]/.test(norm) ? stemmer.stem(norm) : norm;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(norm, s);
  }
  return s;
}

/** Lower-case and fold ё so that «ещё» and «еще» match. */
export function normalizeWord(w: string): string {
  return w.toLowerCase().replace(/ё/g, 'е');
}

const isLetter = (c: number) =>
  (c >= 1040 && c <= 1103) || c === 1025 || c === 1105 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 8239 || c === 8201;

/** Splits `text[from, to)` into word, number and punctuation tokens with absolute offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  // Lower-casing Cyrillic and folding ё keep the length, so offsets into `lower` are offsets into `text`.
  const lower = normalizeWord(text.slice(from, to));
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      i++;
      // Letters with inner hyphens: «социально-ориентированный», «какой-либо».
      while (i < n) {
        const d = lower.charCodeAt(i);
        if (isLetter(d)) i++;
        else if (d === 45 && i + 1 < n && isLetter(lower.charCodeAt(i + 1))) i += 2;
        else break;
      }
      const norm = lower.slice(start, i);
      out.push({ norm, stem: stemOf(norm), start: from + start, end: from + i, kind: 'word' });
    } else if (isDigit(c)) {
      i++;
      // «2.3.1», «10 000» is two tokens, «0,5» one.
      while (i < n) {
        const d = lower.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 46 || d === 44) && i + 1 < n && isDigit(lower.charCodeAt(i + 1))) i += 2;
        else break;
      }
      const norm = lower.slice(start, i);
      out.push({ norm, stem: norm, start: from + start, end: from + i, kind: 'number' });
    } else {
      i++;
      const norm = lower[start];
      out.push({ norm, stem: norm, start: from + start, end: from + i, kind: 'punct' });
    }
  }
  return out;
}
