import { explain, factorInfo } from './catalogue.js';
import { buildModel, type Sentence } from './document.js';
import { collisionHits, SENTENCE_RULES } from './rules/index.js';
import type { Hit } from './rules/types.js';
import type { Finding, ScanOptions, ScanResult } from './types.js';

const DEFAULT_MIN_SCORE = 0.3;

/**
 * Scans the text of a draft municipal act for corruptogenic factors of the Methodology (Gov. Decree
 * 26.02.2010 № 96, paragraphs 3 and 4). Returns the act's structural units and the findings, each
 * with its factor code, character span, trigger words, structural unit, explanation, suggested
 * rewording and score (≥ 0.5 is a claim). Pure: no I/O.
 */
export function scanDraft(text: string, opts: ScanOptions = {}): ScanResult {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const model = buildModel(text);
  const raw: Array<{ hit: Hit; sentence: Sentence }> = [];
  for (const [, provision] of model.provisions) {
    let lead: Sentence | null = null;
    for (const sentence of provision) {
      const ctx = { model, sentence, provision, lead: lead && lead.paragraph !== sentence.paragraph ? lead : null };
      for (const rule of SENTENCE_RULES) for (const hit of rule(ctx)) raw.push({ hit, sentence });
      if (endsWithColon(sentence, text)) lead = sentence;
    }
  }
  for (const h of collisionHits(model)) raw.push({ hit: h, sentence: h.sentence });

  // One finding per factor and sentence: the strongest evidence wins, agreement of rules adds a little.
  const best = new Map<string, { hit: Hit; sentence: Sentence; rules: Set<string> }>();
  for (const r of raw) {
    const key = `${r.sentence.index}|${r.hit.code}`;
    const cur = best.get(key);
    if (!cur) best.set(key, { ...r, rules: new Set([r.hit.rule]) });
    else {
      cur.rules.add(r.hit.rule);
      if (r.hit.score > cur.hit.score) {
        cur.hit = r.hit;
      }
    }
  }
  const findings: Finding[] = [];
  for (const { hit, sentence, rules } of best.values()) {
    const score = round(Math.min(0.95, Math.max(0, hit.score + (rules.size > 1 && hit.score >= 0.45 ? 0.05 : 0))));
    if (score < minScore) continue;
    const start = sentence.tokens[hit.from].start;
    const end = sentence.tokens[Math.max(hit.from, hit.to - 1)].end;
    const trigger = text.slice(start, end);
    const unit = model.units[sentence.unitId];
    findings.push({
      code: hit.code,
      start,
      end,
      unit: unit.label,
      unitId: unit.id,
      trigger,
      explanation: explain(hit.code, trigger, hit.reason),
      suggestion: hit.suggestion ?? factorInfo(hit.code).remedy,
      score,
      rule: hit.rule,
    });
  }
  findings.sort((a, b) => a.start - b.start || b.score - a.score);
  return { units: model.units, findings };
}

const round = (x: number) => Math.round(x * 100) / 100;

function endsWithColon(s: Sentence, text: string): boolean {
  return text.slice(s.start, s.end).trimEnd().endsWith(':');
}
