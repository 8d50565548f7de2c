/**
 * Text clean-up shared by the normalisers: Unicode compatibility forms, case, ё → е, dashes and
 * non-breaking spaces that office software inserts.
 */

/** True when the text has characters outside Latin and Cyrillic, which NFKC may need to fold. */
export function needsNfkc(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x24f && (c < 0x400 || c > 0x4ff)) return true;
  }
  return false;
}
const ODD_SPACE = /[\u00a0\t\r\n]|\s\s/;

/** Lower-cases, folds ё to е, unifies dashes and spaces, trims. */
export function cleanText(value: string): string {
  let s = value;
  if (needsNfkc(s)) {
    s = s
      .normalize('NFKC')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u2000-\u200b\u202f]/g, ' ');
  }
  s = s.toLowerCase();
  if (s.includes('ё')) s = s.replace(/ё/g, 'е');
  if (ODD_SPACE.test(s)) s = s.replace(/\s+/g, ' ');
  return s.trim();
}

/** Restricted Damerau–Levenshtein distance capped at 2 (returns 2 for "2 or more"). */
export function editDistanceAtMost1(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return 2;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // one substitution, or one transposition of neighbours
    if (a.slice(i + 1) === b.slice(i + 1)) return 1;
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1;
    return 2;
  }
  // one insertion or deletion
  return la > lb ? (a.slice(i + 1) === b.slice(i) ? 1 : 2) : b.slice(i + 1) === a.slice(i) ? 1 : 2;
}
