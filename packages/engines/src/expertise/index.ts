/**
 * Corruptogenic-factor detection engine (антикоррупционная экспертиза проектов муниципальных
 * нормативных правовых актов) following the Methodology approved by Government Decree of 26.02.2010
 * № 96. Pure: text in, structural units and findings with evidence out.
 */
export { explain, FACTOR_CODES, FACTORS, type FactorInfo, factorInfo } from './catalogue.js';
export { docxToText } from './docx-text.js';
export { scanDraft } from './scan-draft.js';
export { parseStructure } from './structure.js';
export {
  CLAIM_THRESHOLD,
  type FactorCode,
  type Finding,
  type ScanOptions,
  type ScanResult,
  type StructuralUnit,
  type UnitKind,
} from './types.js';
