import { type Paragraph, parseStructure } from './structure.js';
import { type Token, tokenize } from './tokenize.js';
import type { StructuralUnit } from './types.js';

/** A sentence of one paragraph, tokenised. Rules look at sentences and at their provision. */
export type Sentence = {
  index: number;
  tokens: Token[];
  start: number;
  end: number;
  paragraph: number;
  /** Finest structural unit (for the finding's label). */
  unitId: number;
  /** Key of the provision: a пункт with its подпункты and абзацы; «2.3.1», «2.3.2» share «2.3». */
  provisionKey: string;
};

export type DraftModel = {
  text: string;
  units: StructuralUnit[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Sentences of each provision, in order. */
  provisions: Map<string, Sentence[]>;
};

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'т',
  'д',
  'п',
  'пп',
  'ст',
  'ч',
  'г',
  'гг',
  'см',
  'др',
  'пр',
  'тыс',
  'руб',
  'млн',
  'млрд',
  'им',
  'ул',
  'кв',
  'обл',
  'р',
  'с',
  'абз',
  'подп',
  'утв',
  'ред',
  'мин',
  'чел',
  'ед',
  'экз',
  'стр',
  'прил',
  'рф',
  'n',
  'no',
  'e',
  'е',
]);

function splitSentences(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct' || !/[.!?]/.test(t.norm)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev && prev.kind === 'word' && ABBREVIATIONS.has(prev.norm) && prev.norm.length <= 4) continue;
    // «2.3.» at the start is numbering, not the end of a sentence.
    if (prev && prev.kind === 'number' && i - 1 === from) continue;
    if (next && !(next.kind === 'number' || next.kind === 'punct' || /^[A-ZА-ЯЁ]/.test(textOf(next)))) continue;
    out.push([from, i + 1]);
    from = i + 1;
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out;
}

// Tokens keep only the normalised form; the original capitalisation is looked up lazily.
let currentText = '';
const textOf = (t: Token) => currentText.slice(t.start, t.end);

/** Builds the structure, sentences and provisions of a draft. */
export function buildModel(text: string): DraftModel {
  const { units, paragraphs } = parseStructure(text);
  currentText = text;
  const sentences: Sentence[] = [];
  const provisions = new Map<string, Sentence[]>();
  const provisionOf = (unitId: number): string => {
    // A provision is the nearest пункт/часть/статья; подпункты and абзацы belong to it, and
    // sibling подпункты «3.6.1», «3.6.2» form one provision «3.6» even without a «3.6.» heading.
    let u: StructuralUnit | undefined = units[unitId];
    while (u && u.parent !== null) {
      if (u.kind === 'point') {
        const parts = u.number.split('.');
        return `p:${(parts.length >= 3 ? parts.slice(0, -1) : parts).join('.')}`;
      }
      if (u.kind === 'part' || u.kind === 'article') return `u:${u.id}`;
      u = units[u.parent];
    }
    return '';
  };
  // A provision is a run of consecutive paragraphs with the same base, so a repeated number
  // elsewhere in the text starts a new provision.
  let lastBase = '';
  let run = 0;
  paragraphs.forEach((p, pi) => {
    const tokens = tokenize(text, p.bodyStart, p.end);
    // Without numbering each абзац is a provision of its own.
    const base = provisionOf(p.ownerId) || `u:${p.unitId}`;
    if (base !== lastBase) run++;
    lastBase = base;
    const provisionKey = `${run}|${base}`;
    for (const [a, b] of splitSentences(tokens)) {
      const toks = tokens.slice(a, b);
      if (toks.length === 0) continue;
      const s: Sentence = {
        index: sentences.length,
        tokens: toks,
        start: toks[0].start,
        end: toks[toks.length - 1].end,
        paragraph: pi,
        unitId: p.unitId,
        provisionKey,
      };
      sentences.push(s);
      const list = provisions.get(provisionKey);
      if (list) list.push(s);
      else provisions.set(provisionKey, [s]);
    }
  });
  currentText = '';
  return { text, units, paragraphs, sentences, provisions };
}
