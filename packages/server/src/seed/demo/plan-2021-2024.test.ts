import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type IndicatorValue, indicatorKeysIn, renderNarrative, unknownIndicatorKeys } from '@antikor/core';
import { describe, expect, it } from 'vitest';
import { demoPlan, type SeedMeasure, type SeedSection } from './plan-2021-2024.js';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const seedText = readFileSync(resolve(repoRoot, '../shared/seed/kemerovo-anticorruption-plan-report-2024.txt'), 'utf8');

/** The seed report's own 2024 figures: rendering the narratives with them must give back the seed's wording. */
const seedValues2024: Record<string, IndicatorValue> = {
  'commission.meetings': 5,
  'commission.employeesConsidered': 4,
  'declarations.receivedMunicipal': 171,
  'declarations.receivedHeads': 4,
  'notices.outsideWork': 11,
  'notices.gifts': 0,
  'notices.inducement': 0,
  'appeals.corruptionReports': 0,
  'notices.exEmployee': 33,
  'court.cases': 14,
  'court.unlawful': 3,
  'court.dismissed': 9,
  'court.pending': 2,
  'court.executed': 3,
  'drafts.examined': 382,
  'drafts.expertise': 365,
  'drafts.factors': 0,
  'training.trained': 50,
  'training.firstTime': 10,
  'training.otherProgramme': 1,
  'procurement.notices': 186,
  'procurement.completed': 174,
  'procurement.contracts': 170,
  'procurement.initialPrice': 228292.96,
  'procurement.contractPrice': 211260.42,
  'procurement.savings': 17032.54,
  'procurement.savingsPercent': 7.46,
  'directLines.held': 48,
  'hearings.held': 76,
  'events.internationalDayDate': '2024-11-21',
};

const expectedKeys: Record<string, string[]> = {
  '1.1': ['commission.meetings', 'commission.employeesConsidered'],
  '1.3': ['declarations.receivedMunicipal', 'declarations.receivedHeads'],
  '1.5': ['declarations.receivedMunicipal', 'declarations.receivedHeads'],
  '1.6': ['notices.outsideWork'],
  '1.7': ['notices.gifts'],
  '1.8': ['notices.inducement'],
  '1.9': ['notices.exEmployee'],
  '2.1': ['court.cases', 'court.unlawful', 'court.dismissed', 'court.pending', 'court.executed'],
  '2.2': ['drafts.examined', 'drafts.expertise', 'drafts.factors'],
  '3.4': ['training.trained', 'training.firstTime', 'training.otherProgramme'],
  '4.1': [
    'procurement.notices',
    'procurement.completed',
    'procurement.contracts',
    'procurement.initialPrice',
    'procurement.contractPrice',
    'procurement.savings',
    'procurement.savingsPercent',
  ],
  '6.2': ['appeals.corruptionReports'],
  '6.3': ['directLines.held'],
  '6.6': ['hearings.held'],
  '7.3': ['events.internationalDayDate'],
};

const expectedNumbers = [
  ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9'],
  ['2.1', '2.2', '2.3'],
  ['3.1', '3.2', '3.3', '3.4'],
  ['4.1'],
  ['5.1', '5.2'],
  ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6'],
  ['7.1', '7.2', '7.3', '7.4'],
];

/**
 * One comparison form for the seed and for the data: HTML tags dropped, whitespace (incl. the "\n" between
 * paragraphs and list items) collapsed to one space, and the seed's inline list items «…;- item» spaced
 * like the data's «…;\n- item».
 */
const norm = (s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/;\s*-\s/g, '; - ')
    .trim();

/** The only wording the data changes on purpose: «4-х» would be wrong for other numbers. */
const asStored = (s: string) =>
  s.replace('в отношении 4-х муниципальных служащих', 'в отношении 4 муниципальных служащих');

const FIELDS = ['text', 'executors', 'term', 'result2024'] as const;
type Field = (typeof FIELDS)[number];

/** A non-empty cell of the seed table and the column it stands in. */
type Fragment = { line: number; text: string; field: Field | null };

/**
 * The column of cell `c` of a physical row. Rows of five cells are the table's five columns. Rows of four
 * lack one: usually the «Срок» column (the last cell is the result), and once (1.7, after a page break) the
 * leading «п/п» column instead — that row starts with the measure's text.
 */
function columnOf(cells: string[], c: number): Field | null {
  if (cells.length === 5) return c === 0 ? null : FIELDS[c - 1];
  if (cells.length === 4) return cells[0] ? FIELDS[c] : ([null, 'text', 'executors', 'result2024'] as const)[c];
  throw new Error(`a seed row of ${cells.length} cells`);
}

type Block = { number: string; line: number; fragments: Fragment[] };

/**
 * Cuts the seed table into blocks: a row whose first cell is a number («1.», «<p>2.</p>», «1.1») starts a
 * block, the rows after it (page-break continuations, separator rows of «--» left out) belong to it. Each
 * cell keeps its column, so a continuation put into the wrong field of the data fails as well.
 */
function seedBlocks(seed: string): Block[] {
  const lines = seed.split('\n');
  const header = lines.findIndex((l) => l.startsWith('п/п\t'));
  const blocks: Block[] = [];
  lines.forEach((raw, i) => {
    if (i <= header || !raw.trim()) return;
    const cells = raw.split('\t').map((c) => asStored(norm(c)));
    if (cells.every((c) => /^-*$/.test(c))) return;
    const first = cells[0];
    const starts = /^\d(\.\d)?\.?$/.test(first);
    if (starts) blocks.push({ number: first, line: i + 1, fragments: [] });
    const block = blocks.at(-1);
    if (!block) throw new Error(`seed line ${i + 1}: text before the first numbered row`);
    cells.forEach((text, c) => {
      if ((starts && c === 0) || !text || /^-+$/.test(text)) return;
      block.fragments.push({ line: i + 1, text, field: columnOf(cells, c) });
    });
  });
  return blocks;
}

/**
 * Ways to write `value` as whole seed cells of the block, in the seed's order, joined by one space (how the
 * data joins a cell split by a page break). Yields the indices used.
 */
function* covers(value: string, field: Field, frags: Fragment[], used: Set<number>, from = 0): Generator<number[]> {
  if (value === '') {
    yield [];
    return;
  }
  for (let i = from; i < frags.length; i++) {
    const f = frags[i];
    if (used.has(i) || (f.field !== null && f.field !== field)) continue;
    if (value === f.text) yield [i];
    else if (value.startsWith(`${f.text} `)) {
      used.add(i);
      for (const rest of covers(value.slice(f.text.length + 1), field, frags, used, i + 1)) yield [i, ...rest];
      used.delete(i);
    }
  }
}

/** Every field of the measure is made of whole cells of its seed block, and every cell is used exactly once. */
function measureProblems(m: SeedMeasure, block: Block | undefined, values: Record<string, IndicatorValue>): string[] {
  if (!block) return [`${m.number}: no such row in the seed`];
  const wanted: Record<Field, string> = {
    text: norm(m.text),
    executors: norm(m.executors),
    term: norm(m.term),
    result2024: norm(renderNarrative(m.result2024, values)),
  };
  const used = new Set<number>();
  const assign = (k: number): boolean => {
    if (k === FIELDS.length) return used.size === block.fragments.length;
    for (const indices of covers(wanted[FIELDS[k]], FIELDS[k], block.fragments, used)) {
      for (const i of indices) used.add(i);
      if (assign(k + 1)) return true;
      for (const i of indices) used.delete(i);
    }
    return false;
  };
  if (assign(0)) return [];
  // Say which field does not match (or which seed cell is left over) to make a failure readable.
  const problems: string[] = [];
  for (const field of FIELDS) {
    if (covers(wanted[field], field, block.fragments, new Set()).next().done) {
      problems.push(`${m.number} ${field} is not made of seed cells: «${wanted[field]}»`);
    }
  }
  if (!problems.length) {
    const all = new Set<number>();
    for (const field of FIELDS)
      for (const i of covers(wanted[field], field, block.fragments, new Set()).next().value ?? []) all.add(i);
    block.fragments.forEach((f, i) => {
      if (!all.has(i)) problems.push(`${m.number}: seed cell of line ${f.line} is not used: «${f.text}»`);
    });
    if (!problems.length) problems.push(`${m.number}: seed cells do not split into the four fields`);
  }
  return problems;
}

function sectionProblems(s: SeedSection, block: Block | undefined): string[] {
  if (!block) return [`section ${s.number}: no such row in the seed`];
  const problems: string[] = [];
  if (block.number.replace(/\.$/, '') !== s.number) problems.push(`section ${s.number}: seed says «${block.number}»`);
  const texts = block.fragments.map((f) => f.text);
  if (texts.length !== 1 || texts[0] !== norm(s.title))
    problems.push(`section ${s.number} title: «${texts.join(' | ')}»`);
  return problems;
}

function planProblems(sections: SeedSection[], values: Record<string, IndicatorValue>): string[] {
  const blocks = seedBlocks(seedText);
  const byNumber = new Map(blocks.map((b) => [b.number.replace(/\.$/, ''), b]));
  const problems: string[] = [];
  for (const s of sections) {
    problems.push(...sectionProblems(s, byNumber.get(s.number)));
    for (const m of s.measures) problems.push(...measureProblems(m, byNumber.get(m.number), values));
  }
  const placed = new Set(sections.flatMap((s) => [s.number, ...s.measures.map((m) => m.number)]));
  for (const b of blocks) {
    if (!placed.has(b.number.replace(/\.$/, '')))
      problems.push(`seed row «${b.number}» (line ${b.line}) is not in the plan`);
  }
  return problems;
}

const measures = demoPlan.sections.flatMap((s) => s.measures);
const measure = (n: string) => {
  const m = measures.find((x) => x.number === n);
  if (!m) throw new Error(n);
  return m;
};
/** A copy of the plan with one measure changed. */
const withMeasure = (n: string, change: (m: SeedMeasure) => SeedMeasure): SeedSection[] =>
  demoPlan.sections.map((s) => ({ ...s, measures: s.measures.map((m) => (m.number === n ? change(m) : m)) }));

describe('demo plan 2021–2024 from the seed report', () => {
  it('has the seed’s 7 sections and 29 measures', () => {
    expect(demoPlan.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(demoPlan.sections.map((s) => s.measures.map((m) => m.number))).toEqual(expectedNumbers);
    expect(measures).toHaveLength(29);
    expect([demoPlan.periodFrom, demoPlan.periodTo]).toEqual([2021, 2024]);
  });

  it('takes its title from the seed’s title block', () => {
    const [, block] = seedText.split('**');
    expect(norm(block)).toBe(`Отчет за 2024 год о выполнении ${demoPlan.title.replace(/^План /, 'Плана ')}`);
  });

  it('keeps every word of the seed: each field is whole seed cells, and every seed cell is placed once', () => {
    expect(planProblems(demoPlan.sections, seedValues2024)).toEqual([]);
  });

  it('fields no page break splits appear in the normalised seed as contiguous text', () => {
    const seed = asStored(norm(seedText));
    const fields = measures.flatMap((m) => [
      m.number,
      m.text,
      m.executors,
      m.term,
      renderNarrative(m.result2024, seedValues2024),
    ]);
    const whole = fields.filter((f) => seed.includes(norm(f)));
    // The rest continue on the next page: each of their pieces is a whole seed cell (the test above).
    expect(whole.length).toBeGreaterThan(fields.length / 2);
    for (const n of ['1.3', '2.1', '5.2', '7.4']) {
      const m = measure(n);
      for (const f of [m.text, m.executors, m.term, renderNarrative(m.result2024, seedValues2024)]) {
        expect(seed.includes(norm(f)), `${n}: «${f.slice(0, 60)}…»`).toBe(true);
      }
    }
  });

  it('catches a dropped word, a wrong figure, a lost or a misplaced seed cell', () => {
    const dropWord = (s: string, word: string) => {
      expect(s).toContain(` ${word} `);
      return s.replace(` ${word} `, ' ');
    };
    // a word inside a cell split by a page break (1.1 executors spans two rows)
    expect(
      planProblems(
        withMeasure('1.1', (m) => ({ ...m, executors: dropWord(m.executors, 'структурные') })),
        seedValues2024,
      ),
    ).toEqual([expect.stringContaining('1.1 executors')]);
    // a word of a narrative
    expect(
      planProblems(
        withMeasure('7.4', (m) => ({ ...m, result2024: dropWord(m.result2024, 'беседы') })),
        seedValues2024,
      ),
    ).toEqual([expect.stringContaining('7.4 result2024')]);
    // a figure that does not render back to the seed
    expect(planProblems(demoPlan.sections, { ...seedValues2024, 'procurement.contracts': 171 })).toEqual([
      expect.stringContaining('4.1 result2024'),
    ]);
    // the continuation «округа» (a row of its own after a page break) left out of 3.3 executors
    expect(
      planProblems(
        withMeasure('3.3', (m) => ({ ...m, executors: m.executors.replace(/ округа$/, '') })),
        seedValues2024,
      ),
    ).toEqual([expect.stringContaining('3.3')]);
    // a continuation put into the wrong column: 1.7 «правами юридического лица» (the row with no leading tab)
    // belongs to the executors, not to the text
    expect(
      planProblems(
        withMeasure('1.7', (m) => ({
          ...m,
          text: `${m.text} правами юридического лица`,
          executors: m.executors.replace(/ правами юридического лица$/, ''),
        })),
        seedValues2024,
      ),
    ).not.toEqual([]);
    // …and 3.3 «округа» to the executors, not to the term
    expect(
      planProblems(
        withMeasure('3.3', (m) => ({ ...m, term: `${m.term} округа`, executors: m.executors.replace(/ округа$/, '') })),
        seedValues2024,
      ),
    ).not.toEqual([]);
    expect(
      planProblems(
        withMeasure('6.1', (m) => ({ ...m, result2024: m.result2024.replace('«Интернет».', '') })),
        seedValues2024,
      ),
    ).not.toEqual([]);
  });

  it('replaces the figures Antikor computes by indicators, and nothing else', () => {
    for (const m of measures) {
      expect(unknownIndicatorKeys(m.result2024), m.number).toEqual([]);
      expect(indicatorKeysIn(m.result2024), m.number).toEqual(expectedKeys[m.number] ?? []);
      for (const field of [m.text, m.executors, m.term]) expect(field).not.toContain('{{');
    }
    expect(Object.keys(seedValues2024).sort()).toEqual([...new Set(Object.values(expectedKeys).flat())].sort());
  });

  it('renders other years’ figures in agreed Russian', () => {
    const other = {
      ...seedValues2024,
      'commission.meetings': 1,
      'commission.employeesConsidered': 1,
      'notices.gifts': 2,
      'notices.inducement': 1,
      'drafts.factors': 3,
      'court.cases': 21,
      'directLines.held': 12,
      'events.internationalDayDate': '2025-12-05',
    };
    expect(renderNarrative(measure('1.1').result2024, other)).toContain(
      'проведено 1 заседание Комиссии, в отношении 1 муниципального служащего.',
    );
    expect(renderNarrative(measure('1.7').result2024, other)).toMatch(
      /За 2024 год поступило уведомлений о получении подарков — 2\.$/,
    );
    expect(renderNarrative(measure('1.8').result2024, other)).toMatch(
      /округа поступили уведомления о факте обращения .* правонарушений — 1\.$/,
    );
    expect(renderNarrative(measure('2.2').result2024, other)).toMatch(/Выявлено коррупциогенных факторов — 3\.$/);
    expect(renderNarrative(measure('2.1').result2024, other)).toContain('находилось 21 дело,');
    expect(renderNarrative(measure('6.3').result2024, other)).toContain('проведено 12 «прямых линий».');
    expect(renderNarrative(measure('6.2').result2024, { ...other, 'appeals.corruptionReports': 2 })).toContain(
      'поступило сообщений о фактах совершения коррупционных правонарушений муниципальными служащими — 2.',
    );
    expect(renderNarrative(measure('7.3').result2024, other)).toMatch(/^05\.12\.2025 в МБОУ/);
  });

  it('is clean text: no HTML, no doubled or stray spaces, list items on their own lines', () => {
    const fields = [
      ...demoPlan.sections.map((s) => s.title),
      ...measures.flatMap((m) => [m.text, m.executors, m.term, m.result2024]),
    ];
    for (const f of fields) {
      expect(f).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(f).not.toMatch(/ {2}|\t| \n|\n |\n\n|^\s|\s$/);
    }
    expect(
      measure('6.4')
        .result2024.split('\n')
        .filter((l) => l.startsWith('- ')),
    ).toHaveLength(8);
    expect(
      measure('6.1')
        .result2024.split('\n')
        .filter((l) => l.startsWith('- ')),
    ).toHaveLength(4);
  });
});
