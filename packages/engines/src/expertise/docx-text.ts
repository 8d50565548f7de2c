import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';

/*
 * Text of a DOCX draft: paragraphs of word/document.xml (tables included) one per line. Automatic
 * numbering (w:numPr) is rendered from word/numbering.xml, because the structure of an act
 * («2.3.», «а)») is often produced by Word's list numbering rather than typed.
 */

type XNode = Record<string, unknown> & { ':@'?: Record<string, string> };
type Level = { fmt: string; text: string; start: number };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  trimValues: false,
  parseTagValue: false,
});

const tagOf = (n: XNode): string => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n: XNode): XNode[] => (n[tagOf(n)] as XNode[] | undefined) ?? [];
const attr = (n: XNode, name: string): string | undefined => n[':@']?.[`@_${name}`];

function findAll(nodes: XNode[], tag: string, out: XNode[] = []): XNode[] {
  for (const n of nodes) {
    if (tagOf(n) === tag) out.push(n);
    else if (Array.isArray(n[tagOf(n)])) findAll(kids(n), tag, out);
  }
  return out;
}

const RU_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'russianLower':
      return RU_LETTERS[(n - 1) % RU_LETTERS.length];
    case 'russianUpper':
      return RU_LETTERS[(n - 1) % RU_LETTERS.length].toUpperCase();
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'upperRoman':
    case 'lowerRoman': {
      const r = roman(n);
      return fmt === 'upperRoman' ? r : r.toLowerCase();
    }
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

function readNumbering(xml: string | null): Map<string, Level[]> {
  const byNum = new Map<string, Level[]>();
  if (!xml) return byNum;
  const root = parser.parse(xml) as XNode[];
  const abstract = new Map<string, Level[]>();
  for (const a of findAll(root, 'w:abstractNum')) {
    const levels: Level[] = [];
    for (const lvl of kids(a).filter((k) => tagOf(k) === 'w:lvl')) {
      const ilvl = Number(attr(lvl, 'w:ilvl') ?? 0);
      const get = (tag: string) => attr(kids(lvl).find((k) => tagOf(k) === tag) ?? {}, 'w:val');
      levels[ilvl] = {
        fmt: get('w:numFmt') ?? 'decimal',
        text: get('w:lvlText') ?? '',
        start: Number(get('w:start') ?? 1),
      };
    }
    abstract.set(attr(a, 'w:abstractNumId') ?? '', levels);
  }
  for (const num of findAll(root, 'w:num')) {
    const ref = kids(num).find((k) => tagOf(k) === 'w:abstractNumId');
    const levels = abstract.get(ref ? (attr(ref, 'w:val') ?? '') : '');
    if (levels) byNum.set(attr(num, 'w:numId') ?? '', levels);
  }
  return byNum;
}

function runText(nodes: XNode[]): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text') out += String(n['#text']);
    else if (tag === 'w:tab') out += '\t';
    else if (tag === 'w:br' || tag === 'w:cr') out += '\n';
    else if (
      tag === 'w:t' ||
      tag === 'w:r' ||
      tag === 'w:hyperlink' ||
      tag === 'w:ins' ||
      tag === 'w:smartTag' ||
      tag === 'w:sdt' ||
      tag === 'w:sdtContent' ||
      tag === 'w:fldSimple'
    )
      out += runText(kids(n));
  }
  return out;
}

/**
 * Extracts the text of a DOCX file (word/document.xml) with paragraphs kept, one per line, and
 * automatic list numbering rendered. Throws when the archive has no word/document.xml.
 */
export async function docxToText(data: Uint8Array | ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const doc = zip.file('word/document.xml');
  if (!doc) throw new Error('DOCX: нет word/document.xml');
  const numbering = readNumbering((await zip.file('word/numbering.xml')?.async('string')) ?? null);
  const root = parser.parse(await doc.async('string')) as XNode[];
  const counters = new Map<string, number[]>();
  const lines: string[] = [];
  for (const p of findAll(root, 'w:p')) {
    const pPr = kids(p).find((k) => tagOf(k) === 'w:pPr');
    const numPr = pPr && kids(pPr).find((k) => tagOf(k) === 'w:numPr');
    let prefix = '';
    if (numPr) {
      const numId = attr(kids(numPr).find((k) => tagOf(k) === 'w:numId') ?? {}, 'w:val') ?? '';
      const ilvl = Number(attr(kids(numPr).find((k) => tagOf(k) === 'w:ilvl') ?? {}, 'w:val') ?? 0);
      const levels = numbering.get(numId);
      if (levels?.[ilvl]) {
        const c = counters.get(numId) ?? [];
        c[ilvl] = (c[ilvl] ?? levels[ilvl].start - 1) + 1;
        c.length = ilvl + 1;
        counters.set(numId, c);
        const rendered = levels[ilvl].text.replace(/%(\d)/g, (_, d: string) => {
          const k = Number(d) - 1;
          return formatNumber(c[k] ?? levels[k]?.start ?? 1, levels[k]?.fmt ?? 'decimal');
        });
        if (rendered.trim()) prefix = `${rendered} `;
      }
    }
    const text = runText(kids(p).filter((k) => tagOf(k) !== 'w:pPr'));
    lines.push(prefix + text);
  }
  return lines.join('\n');
}
