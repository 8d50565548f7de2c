/** All analysis rules, in the order their findings are listed. */
import type { AnalysisRule } from '../rule.js';
import {
  balanceGrowthRule,
  depositsWithoutInterestRule,
  inflowExceedsIncomeRule,
  interestWithoutAccountsRule,
} from './accounts.js';
import { entrepreneurialIncomeRule, securitiesHeldRule, securitiesIncomeWithoutSecuritiesRule } from './business.js';
import { expenseSectionMissingRule, expensesExceedIncomeRule } from './expenses.js';
import { foreignAssetsRule } from './foreign-assets.js';
import { declarationNotInHrRule, hrFamilyNoDeclarationRule } from './hr-family.js';
import { inUseFromNonRelativeRule } from './in-use.js';
import { giftNoNoticeRule, otherPaidWorkNoNoticeRule } from './notices.js';
import { creditorIsCounterpartyRule, largeObligationRule } from './obligations.js';
import { incomeJumpRule, newPropertyNoSourceRule, propertyDisappearedRule } from './year-over-year.js';

export const ANALYSIS_RULES: readonly AnalysisRule[] = [
  hrFamilyNoDeclarationRule,
  expensesExceedIncomeRule,
  expenseSectionMissingRule,
  inflowExceedsIncomeRule,
  balanceGrowthRule,
  incomeJumpRule,
  propertyDisappearedRule,
  newPropertyNoSourceRule,
  entrepreneurialIncomeRule,
  securitiesHeldRule,
  securitiesIncomeWithoutSecuritiesRule,
  otherPaidWorkNoNoticeRule,
  giftNoNoticeRule,
  creditorIsCounterpartyRule,
  largeObligationRule,
  inUseFromNonRelativeRule,
  foreignAssetsRule,
  interestWithoutAccountsRule,
  depositsWithoutInterestRule,
  declarationNotInHrRule,
];
