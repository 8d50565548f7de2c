/** Default thresholds of the analysis; every one can be overridden per call. */
import type { AnalysisConfig } from './types.js';

export const DEFAULT_ANALYSIS_CONFIG: AnalysisConfig = {
  incomeJumpRatio: 2,
  incomeJumpMinIncrease: 300_000,
  expenseControlYears: 3,
  minPreviousYearsForExpenseCheck: 1,
  balanceGrowthToIncomeRatio: 1,
  balanceToIncomeRatioWithoutHistory: 3,
  balanceMinAmount: 500_000,
  depositWithoutInterestMinBalance: 100_000,
  obligationThreshold: 500_000,
  obligationToIncomeRatio: 3,
  disabledRules: [],
  severity: {},
  severityWeights: { high: 10, medium: 3, low: 1 },
  mediumRiskScore: 3,
};

/** Defaults overlaid with the caller's settings. */
export function resolveConfig(config: Partial<AnalysisConfig> = {}): AnalysisConfig {
  return {
    ...DEFAULT_ANALYSIS_CONFIG,
    ...config,
    severityWeights: { ...DEFAULT_ANALYSIS_CONFIG.severityWeights, ...config.severityWeights },
  };
}
