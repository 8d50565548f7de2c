import type { StructuralUnit, UnitKind } from './types.js';

/** A non-empty line of the draft: the unit of «абзац». */
export type Paragraph = {
  start: number;
  end: number;
  /** Where the text after the unit's number («2.3.», «а)», «-») starts. */
  bodyStart: number;
  /** Finest unit the paragraph belongs to (an абзац unit when its owner has several paragraphs). */
  unitId: number;
  /** The numbered unit (пункт, подпункт, статья…) that owns the paragraph. */
  ownerId: number;
};

export type Structure = { units: StructuralUnit[]; paragraphs: Paragraph[] };

type Head = { kind: UnitKind; number: string; rank: number; bodyOffset: number; depth: number };

// Ranks order the nesting: раздел > глава > статья > часть/пункт (by depth) > подпункт «1)» > подпункт «а)».
const RANK = { section: 1, chapter: 2, article: 3, paren: 8, letter: 9 } as const;

function classify(line: string): Head | null {
  let m = /^(?:Раздел|РАЗДЕЛ)\s+([IVXLCDM]+|\d+)\.?/.exec(line);
  if (m) return { kind: 'section', number: m[1], rank: RANK.section, bodyOffset: m[0].length, depth: 0 };
  m = /^(?:Глава|ГЛАВА)\s+([IVXLCDM]+|\d+(?:\.\d+)?)\.?/.exec(line);
  if (m) return { kind: 'chapter', number: m[1], rank: RANK.chapter, bodyOffset: m[0].length, depth: 0 };
  m = /^(?:Статья|СТАТЬЯ)\s+(\d+(?:\.\d+)*)\.?/.exec(line);
  if (m) return { kind: 'article', number: m[1], rank: RANK.article, bodyOffset: m[0].length, depth: 0 };
  m = /^([IVXLCDM]+)\.\s+(?=\S)/.exec(line);
  if (m) return { kind: 'section', number: m[1], rank: RANK.section, bodyOffset: m[0].length, depth: 0 };
  // «1.», «1.1.», «2.3.1», «2.3.1.» — the last form may omit the final dot.
  m = /^(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s|$)|^(\d{1,3})\.(?=\s|$)/.exec(line);
  if (m) {
    const number = m[1] ?? m[2];
    const depth = number.split('.').length;
    return { kind: 'point', number, rank: 3 + depth, bodyOffset: m[0].length, depth };
  }
  m = /^(\d{1,3})\)(?=\s)/.exec(line);
  if (m) return { kind: 'subpoint', number: m[1], rank: RANK.paren, bodyOffset: m[0].length, depth: 0 };
  m = /^([а-яё])\)(?=\s)/.exec(line);
  if (m) return { kind: 'subpoint', number: m[1], rank: RANK.letter, bodyOffset: m[0].length, depth: 0 };
  return null;
}

const GENITIVE: Record<string, string> = {
  раздел: 'раздела',
  глава: 'главы',
  статья: 'статьи',
  часть: 'части',
  пункт: 'пункта',
  подпункт: 'подпункта',
};

type Open = { unit: StructuralUnit; rank: number; noun: string; paragraphs: number[]; endsList: boolean };

/**
 * Finds the act's structure — разделы, главы, статьи, части, пункты «1.», «1.1.», «2.3.1», подпункты
 * «1)» and «а)», абзацы — so that each finding can name its unit («пункт 2.3, абзац 2»).
 * Numbering inside a статья follows legal technique: «1.» is a часть, «1)» a пункт, «а)» a подпункт.
 */
export function parseStructure(text: string): Structure {
  const units: StructuralUnit[] = [];
  const doc: StructuralUnit = {
    id: 0,
    kind: 'document',
    number: '',
    label: 'текст проекта',
    start: 0,
    end: text.length,
    parent: null,
  };
  units.push(doc);
  const paragraphs: Paragraph[] = [];
  const stack: Open[] = [{ unit: doc, rank: 0, noun: '', paragraphs: [], endsList: false }];
  const insideArticle = () => stack.some((o) => o.unit.kind === 'article');

  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const line = m[0].trim();
    if (!line) continue;
    const start = m.index + lead;
    const end = start + line.length;
    const head = classify(line);
    const top = stack[stack.length - 1];
    if (head) {
      while (stack.length > 1 && stack[stack.length - 1].rank >= head.rank) stack.pop();
      const parent = stack[stack.length - 1];
      const { noun, label } = describe(head, parent, insideArticle());
      const unit: StructuralUnit = {
        id: units.length,
        kind: head.kind,
        number: head.number,
        label,
        start,
        end,
        parent: parent.unit.id,
      };
      if (head.kind === 'point' && insideArticle() && head.depth === 1) unit.kind = 'part';
      units.push(unit);
      stack.push({ unit, rank: head.rank, noun, paragraphs: [], endsList: false });
      const body =
        start + head.bodyOffset + (line.slice(head.bodyOffset).length - line.slice(head.bodyOffset).trimStart().length);
      paragraphs.push({ start, end, bodyStart: body, unitId: unit.id, ownerId: unit.id });
      stack[stack.length - 1].paragraphs.push(paragraphs.length - 1);
    } else {
      // A plain paragraph after a finished list of подпункты belongs to the пункт again.
      const isBullet = /^[-–—•·]\s/.test(line);
      if (!isBullet && top.rank >= RANK.paren && top.endsList) stack.pop();
      const owner = stack[stack.length - 1];
      const bodyStart = isBullet ? start + line.slice(1).length - line.slice(1).trimStart().length + 1 : start;
      paragraphs.push({ start, end, bodyStart, unitId: owner.unit.id, ownerId: owner.unit.id });
      owner.paragraphs.push(paragraphs.length - 1);
    }
    const cur = stack[stack.length - 1];
    cur.endsList = /[.!?»]$/.test(line);
    for (const o of stack) o.unit.end = Math.max(o.unit.end, end);
  }
  doc.end = text.length;
  // Every unit that owns several paragraphs gets абзац units, so a finding names «пункт 2.3, абзац 2».
  const owners = new Map<number, number[]>();
  paragraphs.forEach((p, i) => {
    owners.set(p.ownerId, [...(owners.get(p.ownerId) ?? []), i]);
  });
  for (const [ownerId, list] of owners) {
    if (list.length < 2) continue;
    const owner = units[ownerId];
    list.forEach((pi, n) => {
      const p = paragraphs[pi];
      const label = owner.kind === 'document' ? `абзац ${n + 1}` : `${owner.label}, абзац ${n + 1}`;
      const unit: StructuralUnit = {
        id: units.length,
        kind: 'paragraph',
        number: String(n + 1),
        label,
        start: p.start,
        end: p.end,
        parent: ownerId,
      };
      units.push(unit);
      p.unitId = unit.id;
    });
  }
  return { units, paragraphs };
}

function describe(head: Head, parent: Open, inArticle: boolean): { noun: string; label: string } {
  const chain = parent.noun ? ` ${chainLabel(parent)}` : '';
  switch (head.kind) {
    case 'section':
      return { noun: 'раздел', label: `раздел ${head.number}` };
    case 'chapter':
      return { noun: 'глава', label: `глава ${head.number}` };
    case 'article':
      return { noun: 'статья', label: `статья ${head.number}` };
    case 'point': {
      if (inArticle && head.depth === 1) return { noun: 'часть', label: `часть ${head.number}${chain}` };
      const noun = head.depth >= 3 ? 'подпункт' : 'пункт';
      return { noun, label: `${noun} ${head.number}` };
    }
    case 'subpoint': {
      const letter = /[а-яё]/.test(head.number);
      // In a статья «1)» is a пункт of a часть; elsewhere it is a подпункт of a пункт.
      const noun = !letter && inArticle ? 'пункт' : 'подпункт';
      return { noun, label: `${noun} ${letter ? `«${head.number}»` : head.number}${chain}` };
    }
    default:
      return { noun: '', label: '' };
  }
}

// «пункта 2.3», «подпункта 1 пункта 2.3», «части 2 статьи 5» — the parent's label in the genitive.
function chainLabel(parent: Open): string {
  return parent.unit.label
    .split(' ')
    .map((w) => GENITIVE[w] ?? w)
    .join(' ');
}
