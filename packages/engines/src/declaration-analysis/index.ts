/**
 * Declaration analysis: rules of the Mintrud methodology over «Справки БК» declarations, with evidence,
 * a risk ranking per declarant and a deterministic sample of low-risk declarants for manual review.
 */
export { analyzeDeclarations, listAnalysisRules } from './analyze.js';
export { DEFAULT_ANALYSIS_CONFIG, resolveConfig } from './config.js';
export * from './risk.js';
export * from './types.js';
