import { describe, expect, it } from 'vitest';
import { assessRisk, rankDeclarants, sampleLowRisk } from './risk.js';
import type { Finding, Severity } from './types.js';

const finding = (severity: Severity): Finding => ({
  ruleCode: 'LARGE_OBLIGATION',
  title: 't',
  basis: 'b',
  severity,
  personRole: 'self',
  evidence: [],
  message: 'm',
});

describe('assessRisk', () => {
  it('is high with any high finding, medium from the score threshold, low otherwise', () => {
    expect(assessRisk([finding('high')]).level).toBe('high');
    expect(assessRisk([finding('medium')])).toEqual({
      score: 3,
      level: 'medium',
      counts: { high: 0, medium: 1, low: 0 },
    });
    expect(assessRisk([finding('low'), finding('low')]).level).toBe('low');
    expect(assessRisk([finding('low'), finding('low'), finding('low')]).level).toBe('medium');
    expect(assessRisk([]).level).toBe('low');
  });
});

describe('rankDeclarants', () => {
  it('orders by score, then by severe findings, then by id', () => {
    const ranked = rankDeclarants([
      { declarantId: 'c', findings: [finding('low')] },
      { declarantId: 'a', findings: [finding('medium')] },
      { declarantId: 'b', findings: [finding('low'), finding('low'), finding('low')] },
      { declarantId: 'd', findings: [finding('high')] },
      { declarantId: 'e', findings: [] },
    ]);
    expect(ranked.map((r) => [r.rank, r.declarantId, r.score, r.level])).toEqual([
      [1, 'd', 10, 'high'],
      [2, 'a', 3, 'medium'],
      [3, 'b', 3, 'medium'],
      [4, 'c', 1, 'low'],
      [5, 'e', 0, 'low'],
    ]);
  });
});

describe('sampleLowRisk', () => {
  const declarants = Array.from({ length: 50 }, (_, i) => ({
    declarantId: `emp-${i}`,
    level: (i % 5 === 0 ? 'high' : 'low') as Severity,
  }));

  it('draws the same low-risk declarants for the same seed and year, whatever the input order', () => {
    const a = sampleLowRisk(declarants, { seed: 'кемерово', year: 2024 });
    const b = sampleLowRisk([...declarants].reverse(), { seed: 'кемерово', year: 2024 });
    expect(a).toEqual(b);
    expect(a).toHaveLength(4); // 10 % of 40 low-risk declarants
    expect(a.every((id) => Number(id.slice(4)) % 5 !== 0)).toBe(true);
  });

  it('draws a different sample for another year or seed, and honours count and minCount', () => {
    const base = sampleLowRisk(declarants, { seed: 'кемерово', year: 2024, count: 10 });
    expect(sampleLowRisk(declarants, { seed: 'кемерово', year: 2025, count: 10 })).not.toEqual(base);
    expect(sampleLowRisk(declarants, { seed: 'иной', year: 2024, count: 10 })).not.toEqual(base);
    expect(sampleLowRisk(declarants.slice(0, 3), { seed: 1, year: 2024, minCount: 2 })).toHaveLength(2);
    expect(sampleLowRisk([], { seed: 1, year: 2024 })).toEqual([]);
  });
});
