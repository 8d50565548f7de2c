import { parseStructure } from '@antikor/engines/expertise';
import { describe, expect, it } from 'vitest';
import { entryPatchFor } from './entry-factors.js';
import { matchKey, normalise, pairWithPrevious, quoteAround, unitAt } from './finding-match.js';
import { diffParagraphs } from './version-diff.js';

const draft = [
  '2.3. Для получения муниципальной услуги заявитель представляет:',
  'а) заявление по форме согласно приложению № 1;',
  'г) иные документы по требованию уполномоченного органа.',
  '2.4. Уполномоченный орган вправе отказать в предоставлении услуги. Решение направляется заявителю в течение 3 рабочих дней.',
].join('\n');

describe('quoteAround', () => {
  it('quotes the sentence of the trigger, not the number of the point nor the next sentence', () => {
    const at = draft.indexOf('вправе отказать');
    const q = quoteAround(draft, at, at + 15);
    expect(q.quote).toBe('2.4. Уполномоченный орган вправе отказать в предоставлении услуги.');
    const at2 = draft.indexOf('иные документы');
    expect(quoteAround(draft, at2, at2 + 14).quote).toBe('г) иные документы по требованию уполномоченного органа.');
  });
});

describe('matchKey', () => {
  it('treats renumbering and spacing as the same provision, a rewording as another', () => {
    const a = matchKey('3б', '2.4. Уполномоченный орган  вправе отказать.', 'вправе отказать');
    expect(matchKey('3б', '2.5. Уполномоченный орган вправе отказать.', 'вправе отказать')).toBe(a);
    expect(matchKey('3б', '2.4. Уполномоченный орган отказывает по основаниям пункта 2.8.', 'отказывает')).not.toBe(a);
    expect(normalise('а) Ёлки «X»')).toBe('елки "x"');
  });

  it('pairs each previous finding at most once', () => {
    const prev = [
      {
        id: 'p1',
        lineageId: 'L1',
        origin: 'engine' as const,
        matchKey: 'k',
        quote: '',
        trigger: '',
        decision: 'confirmed',
        decisionComment: null,
        expertSuggestion: null,
        decidedBy: null,
        decidedByName: null,
        decidedAt: null,
      },
    ];
    const pairs = pairWithPrevious([{ matchKey: 'k' }, { matchKey: 'k' }, { matchKey: 'x' }], prev);
    expect(pairs.map((p) => p?.id ?? null)).toEqual(['p1', null, null]);
  });
});

describe('unitAt', () => {
  it('names the finest unit containing an offset', () => {
    const { units } = parseStructure(draft);
    expect(unitAt(units, draft.indexOf('иные'))?.label).toBe('подпункт «г» пункта 2.3');
    expect(unitAt(units, draft.indexOf('вправе'))?.label).toMatch(/^пункт 2\.4/);
  });
});

describe('diffParagraphs', () => {
  it('shows the rewritten provision as added and the old wording as removed', () => {
    const next = draft.replace(
      'вправе отказать в предоставлении услуги',
      'отказывает в предоставлении услуги по основаниям пункта 2.8',
    );
    const d = diffParagraphs(draft, next);
    expect(d.removed).toHaveLength(1);
    expect(d.removed[0]).toContain('вправе отказать');
    expect(d.added).toHaveLength(1);
    expect(next.slice(d.added[0].start, d.added[0].end)).toContain('по основаниям пункта 2.8');
    expect(d.unchanged).toBe(3);
    expect(diffParagraphs(draft, draft)).toEqual({ added: [], removed: [], unchanged: 4 });
  });
});

describe('entryPatchFor', () => {
  const f = (lineageId: string, version: number, decision: string, code = '3б') => ({
    lineageId,
    version,
    decision,
    code,
    unit: 'пункт 2.4',
    suggestion: 'заменить «вправе» на «обязан»',
    expertSuggestion: null,
    quote: 'q',
  });

  it('counts each confirmed factor once across versions and marks them removed when the last version has none', () => {
    const v1 = [f('A', 1, 'confirmed'), f('B', 1, 'confirmed', '4а'), f('C', 1, 'rejected')];
    expect(entryPatchFor(v1, 1)).toMatchObject({
      factorsFound: 2,
      factorsRemoved: false,
      anticorruptionExpertise: true,
    });
    expect(entryPatchFor(v1, 1).factorsDescription).toContain('пункт 2.4 — 3б');
    // Version 2 keeps A (carried over), drops B.
    const v2 = [...v1, f('A', 2, 'confirmed')];
    expect(entryPatchFor(v2, 2)).toMatchObject({ factorsFound: 2, factorsRemoved: false });
    // Version 3 has no factors left.
    expect(entryPatchFor([...v2, f('D', 3, 'rejected')], 3)).toMatchObject({ factorsFound: 2, factorsRemoved: true });
    // A long list stays within the journal field's 10 000 characters.
    const many = Array.from({ length: 200 }, (_, i) => ({
      ...f(`L${i}`, 1, 'confirmed'),
      suggestion: 'x'.repeat(100),
    }));
    const long = entryPatchFor(many, 1);
    expect(long.factorsFound).toBe(200);
    expect(long.factorsDescription?.length).toBeLessThan(10_000);
    expect(long.factorsDescription).toMatch(/… и ещё \d+ \(полный перечень — в заключении\)$/);
    // No confirmed factor at all.
    expect(entryPatchFor([f('C', 1, 'rejected')], 1)).toMatchObject({
      factorsFound: 0,
      factorsRemoved: null,
      factorsDescription: null,
    });
  });
});
