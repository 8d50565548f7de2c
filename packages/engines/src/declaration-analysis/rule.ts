/**
 * The shape of an analysis rule and what it is given. A rule returns hits; the engine adds the rule's
 * code, title and basis, applies severity overrides and names the person.
 */
import type { DeclarantRole, PersonDeclaration } from '../spravki-bk/types.js';
import type { AnalysisConfig, AnalysisContext, Evidence, RuleCode, Severity } from './types.js';

export type RuleContext = {
  year: number;
  /** This year's forms of the family. */
  persons: PersonDeclaration[];
  /** Earlier years' forms by year (only years before `year`). */
  previous: Map<number, PersonDeclaration[]>;
  context: Required<Omit<AnalysisContext, 'hrFamily'>> & Pick<AnalysisContext, 'hrFamily'>;
  config: AnalysisConfig;
};

export type RuleHit = {
  severity: Severity;
  /** The form the hit is about; null for family-level hits. */
  person: PersonDeclaration | null;
  /** For hits about someone without a form (HR data): the role to show. */
  role?: DeclarantRole;
  name?: string;
  evidence: Evidence[];
  message: string;
};

export type AnalysisRule = {
  code: RuleCode;
  title: string;
  /** Legal or methodological basis, cited. */
  basis: string;
  run: (ctx: RuleContext) => RuleHit[];
};
