import type { DraftModel, Sentence } from '../document.js';
import type { FactorCode } from '../types.js';

/** What a rule sees: one sentence, its provision and the list header before it. */
export type RuleContext = {
  model: DraftModel;
  sentence: Sentence;
  /** All sentences of the provision (пункт with its подпункты and абзацы). */
  provision: Sentence[];
  /** The nearest earlier sentence of the provision ending with «:» (the header of a list), if any. */
  lead: Sentence | null;
};

/** A rule's raw result: token span [from, to) inside the sentence. */
export type Hit = {
  code: FactorCode;
  from: number;
  to: number;
  score: number;
  /** Why these words carry the factor, in Russian, without the factor's definition. */
  reason: string;
  suggestion?: string;
  rule: string;
};

/** A sentence-level rule. Document-level rules (collisions) have their own entry point. */
export type SentenceRule = (ctx: RuleContext) => Hit[];

/** A hit located in a given sentence (used by document-level rules). */
export type SentenceHit = Hit & { sentence: Sentence };
