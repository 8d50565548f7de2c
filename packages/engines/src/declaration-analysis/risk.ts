/**
 * Risk ranking of declarants from their findings, and the yearly random sample of low-risk declarants
 * for manual review (so that low-risk forms are also read by a person, in a way nobody can steer).
 */
import { createHash } from 'node:crypto';
import { DEFAULT_ANALYSIS_CONFIG } from './config.js';
import type { AnalysisConfig, Finding, RiskAssessment, RiskLevel, Severity } from './types.js';

/**
 * Score and level of one declarant: any high finding makes the declarant high risk; otherwise a score
 * (sum of severity weights) from `mediumRiskScore` makes it medium.
 */
export function assessRisk(
  findings: Finding[],
  config: Pick<AnalysisConfig, 'severityWeights' | 'mediumRiskScore'> = DEFAULT_ANALYSIS_CONFIG,
): RiskAssessment {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity]++;
  const w = config.severityWeights;
  const score = counts.high * w.high + counts.medium * w.medium + counts.low * w.low;
  const level: RiskLevel = counts.high > 0 ? 'high' : score >= config.mediumRiskScore ? 'medium' : 'low';
  return { score, level, counts };
}

export type RankedDeclarant = RiskAssessment & { declarantId: string; rank: number };

/**
 * Ranks declarants, riskiest first: by score, then by the number of high and medium findings, then by id
 * (so the order is stable). Ranks start at 1.
 */
export function rankDeclarants(
  items: { declarantId: string; findings: Finding[] }[],
  config?: Pick<AnalysisConfig, 'severityWeights' | 'mediumRiskScore'>,
): RankedDeclarant[] {
  return items
    .map((i) => ({ declarantId: i.declarantId, ...assessRisk(i.findings, config) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.counts.high - a.counts.high ||
        b.counts.medium - a.counts.medium ||
        (a.declarantId < b.declarantId ? -1 : a.declarantId > b.declarantId ? 1 : 0),
    )
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

export type LowRiskSampleOptions = {
  /** The organisation's secret or published seed; with the year it fixes the draw. */
  seed: string | number;
  year: number;
  /** Share of low-risk declarants to draw (default 0.1); at least `minCount`. */
  share?: number;
  minCount?: number;
  /** Exact number to draw (overrides share). */
  count?: number;
};

/**
 * Deterministic random sample of low-risk declarants for manual review. Each declarant's place in the
 * draw is SHA-256(seed:year:id), so the same seed and year always give the same sample whatever the
 * input order, and a new year gives a new one.
 * @returns ids of the sampled declarants in draw order.
 */
export function sampleLowRisk(
  declarants: { declarantId: string; level: RiskLevel }[],
  options: LowRiskSampleOptions,
): string[] {
  const low = declarants.filter((d) => d.level === 'low');
  const count = options.count ?? Math.max(options.minCount ?? 1, Math.ceil(low.length * (options.share ?? 0.1)));
  return low
    .map((d) => ({
      id: d.declarantId,
      draw: createHash('sha256').update(`${options.seed}:${options.year}:${d.declarantId}`).digest('hex'),
    }))
    .sort((a, b) => (a.draw < b.draw ? -1 : a.draw > b.draw ? 1 : 0))
    .slice(0, Math.min(count, low.length))
    .map((d) => d.id);
}
