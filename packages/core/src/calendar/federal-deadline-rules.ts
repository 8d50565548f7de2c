/**
 * Federal default deadline rules (domain.md Appendix A), keyed by a stable code. Organisations override them
 * with their own acts; rules marked `origin: 'local_default'` or `isUnconfirmed` are typical municipal values
 * that domain.md could not confirm against a primary text — they must stay configurable.
 *
 * «Days» without «working» are calendar days (domain.md §0.3).
 */
import type { DeadlineRule } from './deadline-rule.js';
import { commissionDeadlineRules } from './deadline-rules-commission.js';
import { employeeDeadlineRules } from './deadline-rules-employees.js';
import { publicDeadlineRules } from './deadline-rules-public.js';

const rules = { ...commissionDeadlineRules, ...employeeDeadlineRules, ...publicDeadlineRules };

/** Stable code of a federal default rule, e.g. 'gift.notice'. */
export type FederalDeadlineCode = keyof typeof rules;

/** Federal defaults of domain.md Appendix A; overridable per organisation. */
export const federalDeadlineRules: Readonly<Record<FederalDeadlineCode, DeadlineRule>> = rules;

/** All codes of {@link federalDeadlineRules}, in catalogue order. */
export const federalDeadlineCodes = Object.keys(rules) as FederalDeadlineCode[];
