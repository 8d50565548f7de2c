/**
 * What changed between two versions of a draft, paragraph by paragraph (longest common subsequence of the
 * non-empty lines): the expert sees which provisions the developer rewrote before reading findings again.
 */

export type ParagraphChange = {
  /** Paragraphs of the new version that the old one did not have, as character ranges of the new text. */
  added: { start: number; end: number }[];
  /** Paragraphs of the old version that are gone (their text). */
  removed: string[];
  unchanged: number;
};

type Line = { start: number; end: number; key: string };

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const end = start + raw.length;
    const key = raw.replace(/\s+/g, ' ').trim();
    if (key) out.push({ start, end, key });
    start = end + 1;
  }
  return out;
}

// Beyond this many line pairs the table gets large; drafts of municipal acts stay far below.
const MAX_CELLS = 25_000_000;

export function diffParagraphs(oldText: string, newText: string): ParagraphChange {
  const a = linesOf(oldText);
  const b = linesOf(newText);
  // Common head and tail first: revisions usually touch a few provisions in the middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head].key === b[head].key) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].key === b[b.length - 1 - tail].key)
    tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const n = am.length;
  const m = bm.length;
  const keepB = new Array<boolean>(m).fill(false);
  const keepA = new Array<boolean>(n).fill(false);
  if (n * m <= MAX_CELLS) {
    const w = m + 1;
    const table = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        table[i * w + j] =
          am[i].key === bm[j].key
            ? table[(i + 1) * w + j + 1] + 1
            : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (am[i].key === bm[j].key) {
        keepA[i++] = true;
        keepB[j++] = true;
      } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
      else j++;
    }
  } else {
    // Too large for the table: compare as sets (a moved paragraph then counts as unchanged).
    const inA = new Set(am.map((l) => l.key));
    const inB = new Set(bm.map((l) => l.key));
    bm.forEach((l, k) => {
      keepB[k] = inA.has(l.key);
    });
    am.forEach((l, k) => {
      keepA[k] = inB.has(l.key);
    });
  }
  return {
    added: bm.filter((_, k) => !keepB[k]).map((l) => ({ start: l.start, end: l.end })),
    removed: am.filter((_, k) => !keepA[k]).map((l) => l.key),
    unchanged: head + tail + keepB.filter(Boolean).length,
  };
}
