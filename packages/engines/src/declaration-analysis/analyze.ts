/**
 * The declaration analysis engine: one family's forms for a year (with earlier years and what the caller
 * knows from journals and HR data) in, findings with evidence and a risk assessment out.
 */
import type { PersonDeclaration } from '../spravki-bk/types.js';
import { resolveConfig } from './config.js';
import { fullName } from './family.js';
import { assessRisk } from './risk.js';
import type { RuleContext } from './rule.js';
import { ANALYSIS_RULES } from './rules/index.js';
import type { AnalysisInput, AnalysisResult, Finding, RuleCode } from './types.js';

/**
 * Runs every enabled rule on one family's declarations for one year.
 * Rules that need data the caller did not give (earlier years, HR data, journals) find nothing.
 */
export function analyzeDeclarations(input: AnalysisInput): AnalysisResult {
  const config = resolveConfig(input.config);
  const { year } = input.current;
  const previous = new Map<number, PersonDeclaration[]>();
  for (const f of input.previous ?? []) {
    if (f.year < year) previous.set(f.year, [...(previous.get(f.year) ?? []), ...f.persons]);
  }
  const ctx: RuleContext = {
    year,
    persons: input.current.persons,
    previous,
    context: {
      otherPaidWorkNotices: input.context?.otherPaidWorkNotices ?? [],
      giftNotices: input.context?.giftNotices ?? [],
      counterpartyInns: input.context?.counterpartyInns ?? [],
      hrFamily: input.context?.hrFamily,
    },
    config,
  };
  const disabled = new Set(config.disabledRules);
  const findings: Finding[] = [];
  const rulesRun: RuleCode[] = [];
  for (const rule of ANALYSIS_RULES) {
    if (disabled.has(rule.code)) continue;
    rulesRun.push(rule.code);
    for (const hit of rule.run(ctx)) {
      const name = hit.person ? fullName(hit.person) : hit.name;
      findings.push({
        ruleCode: rule.code,
        title: rule.title,
        basis: rule.basis,
        severity: config.severity[rule.code] ?? hit.severity,
        personRole: hit.person?.role ?? hit.role ?? 'family',
        ...(name ? { personName: name } : {}),
        evidence: hit.evidence,
        message: hit.message,
      });
    }
  }
  return { year, findings, risk: assessRisk(findings, config), rulesRun };
}

/** The catalogue of rules (code, title, basis) for listings and settings screens. */
export function listAnalysisRules(): { code: Finding['ruleCode']; title: string; basis: string }[] {
  return ANALYSIS_RULES.map(({ code, title, basis }) => ({ code, title, basis }));
}
