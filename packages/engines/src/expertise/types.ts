/**
 * Types of the corruptogenic-factor engine (антикоррупционная экспертиза).
 * Codes follow the Methodology approved by Government Decree of 26.02.2010 № 96:
 * paragraph 3 items «а»–«и» and paragraph 4 items «а»–«в».
 */

/** Factor code as written in conclusions: Methodology paragraph + item letter (Cyrillic). */
export type FactorCode = '3а' | '3б' | '3в' | '3г' | '3д' | '3е' | '3ж' | '3з' | '3и' | '4а' | '4б' | '4в';

/** Kinds of structural units a conclusion refers to (раздел, глава, статья, часть, пункт, подпункт, абзац). */
export type UnitKind = 'document' | 'section' | 'chapter' | 'article' | 'part' | 'point' | 'subpoint' | 'paragraph';

/** One structural unit of the draft, with its character span in the input text. */
export type StructuralUnit = {
  id: number;
  kind: UnitKind;
  /** Number as written: "2.3", "а", "1", "IV"; empty for абзацы and the whole document. */
  number: string;
  /** Russian reference usable in a conclusion: «подпункт «а» пункта 2.3», «пункт 2.3, абзац 2». */
  label: string;
  start: number;
  end: number;
  parent: number | null;
};

/** A provision that may carry a factor. A finding with score ≥ 0.5 is a claim. */
export type Finding = {
  code: FactorCode;
  start: number;
  end: number;
  /** Label of the finest structural unit containing the trigger. */
  unit: string;
  unitId: number;
  /** The words of the draft that triggered the finding. */
  trigger: string;
  /** Russian explanation in terms of the Methodology. */
  explanation: string;
  /** Typical rewording that removes the factor, when one exists. */
  suggestion: string | null;
  /** 0..1; ≥ 0.5 is a claim, below that a hint for the expert. */
  score: number;
  /** Id of the rule that produced the finding (for audit of the engine's evidence). */
  rule: string;
};

export type ScanOptions = {
  /** Findings scoring below this are dropped (default 0.3, so hints stay visible). */
  minScore?: number;
};

export type ScanResult = { units: StructuralUnit[]; findings: Finding[] };

/** The claim threshold of the issue: a finding with score ≥ 0.5 is a claim. */
export const CLAIM_THRESHOLD = 0.5;
