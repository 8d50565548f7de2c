import { applicantRightsRule } from './applicant-rights.js';
import { competenceRule } from './competence.js';
import { competitionRule } from './competition.js';
import { discretionRule } from './discretion.js';
import { exceptionsRule } from './exceptions.js';
import { mayFormulaRule } from './may-formula.js';
import { proceduresRule } from './procedures.js';
import { referralRule } from './referral.js';
import { requirementsRule } from './requirements.js';
import type { SentenceRule } from './types.js';
import { vagueTermsRule } from './vague-terms.js';

export { collisionHits } from './collisions.js';

/** Sentence-level rules, one per factor family (3и is document-level: see collisionHits). */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  discretionRule,
  mayFormulaRule,
  exceptionsRule,
  referralRule,
  competenceRule,
  proceduresRule,
  competitionRule,
  requirementsRule,
  applicantRightsRule,
  vagueTermsRule,
];
