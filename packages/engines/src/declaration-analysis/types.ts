/**
 * Inputs and outputs of the declaration analysis engine (Mintrud methodological recommendations on the
 * analysis of declarations, domain.md §4.1). Plain data in, findings with evidence out: no database.
 */
import type { DeclarantRole, PersonDeclaration } from '../spravki-bk/types.js';

export type Severity = 'low' | 'medium' | 'high';

/** The forms of one family (declarant, spouse, minor children) for one reporting year. */
export type FamilyDeclarations = { year: number; persons: PersonDeclaration[] };

/** A registered notification of other paid work (25-ФЗ ст. 11 ч. 2), from the journal. */
export type OtherPaidWorkNotice = {
  registeredAt: string;
  /** Start and end of the work when the notification gives them; null end = open-ended. */
  workStart?: string | null;
  workEnd?: string | null;
  employer?: string | null;
  registrationNumber?: string | null;
};

/** A registered notification of a gift received (Gov. Decree 10 of 09.01.2014), from the journal. */
export type GiftNotice = {
  registeredAt: string;
  receivedAt?: string | null;
  description?: string | null;
  value?: number | null;
  registrationNumber?: string | null;
};

export type HrRelation =
  | 'spouse'
  | 'former_spouse'
  | 'child'
  | 'father'
  | 'mother'
  | 'brother'
  | 'sister'
  | 'spouse_parent'
  | 'spouse_sibling'
  | 'other';

/** A relative of the declarant from HR data (the personnel questionnaire, item «близкие родственники»). */
export type HrFamilyMember = {
  relation: HrRelation;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate?: string | null;
};

/** What the caller knows beyond the forms; every part is optional and a rule needing one is skipped. */
export type AnalysisContext = {
  /** This declarant's notifications of other paid work. */
  otherPaidWorkNotices?: OtherPaidWorkNotice[];
  /** This declarant's notifications of gifts. */
  giftNotices?: GiftNotice[];
  /** INNs of the organisation's counterparties (suppliers, grantees, controlled organisations). */
  counterpartyInns?: string[];
  /** The declarant's relatives per HR data. Undefined = unknown (HR cross-checks are skipped). */
  hrFamily?: HrFamilyMember[];
};

export type RuleCode =
  | 'YOY_INCOME_JUMP'
  | 'YOY_PROPERTY_DISAPPEARED'
  | 'YOY_NEW_PROPERTY_NO_SOURCE'
  | 'EXPENSES_EXCEED_3Y_INCOME'
  | 'EXPENSE_SECTION_MISSING'
  | 'ACCOUNT_BALANCE_GROWTH'
  | 'ACCOUNT_INFLOW_EXCEEDS_INCOME'
  | 'INTEREST_WITHOUT_ACCOUNTS'
  | 'DEPOSITS_WITHOUT_INTEREST'
  | 'SECURITIES_HELD'
  | 'SECURITIES_INCOME_WITHOUT_SECURITIES'
  | 'ENTREPRENEURIAL_INCOME'
  | 'OTHER_PAID_WORK_NO_NOTICE'
  | 'GIFT_NO_NOTICE'
  | 'LARGE_OBLIGATION'
  | 'CREDITOR_IS_COUNTERPARTY'
  | 'IN_USE_FROM_NON_RELATIVE'
  | 'FOREIGN_ASSETS'
  | 'HR_FAMILY_NO_DECLARATION'
  | 'DECLARATION_NOT_IN_HR';

/** A figure or fact behind a finding and where it came from (e.g. «справка за 2024 г., раздел 1, строка 2»). */
export type Evidence = { label: string; value: string | number; source: string };

export type Finding = {
  ruleCode: RuleCode;
  title: string;
  basis: string;
  severity: Severity;
  /** Whose form the finding is about; `family` for checks over the family's totals. */
  personRole: DeclarantRole | 'family';
  /** Full name of that person (absent for family-level findings). */
  personName?: string;
  evidence: Evidence[];
  message: string;
};

export type AnalysisConfig = {
  /** A year's income at least this many times the previous year's is a jump. */
  incomeJumpRatio: number;
  /** …and only when it grew by at least this much (roubles), so small incomes do not flag. */
  incomeJumpMinIncrease: number;
  /** Years of income the deals are compared with (230-ФЗ ст. 3 ч. 1: three years before the reporting one). */
  expenseControlYears: number;
  /** Fewer previous years than this and the 230-ФЗ comparison is not made. */
  minPreviousYearsForExpenseCheck: number;
  /** Year-on-year growth of balances above this share of the family's income flags. */
  balanceGrowthToIncomeRatio: number;
  /** Without last year's forms: balances above this many annual family incomes flag. */
  balanceToIncomeRatioWithoutHistory: number;
  /** Balance checks ignore families whose balances (or growth) stay under this (roubles). */
  balanceMinAmount: number;
  /** Deposits from this balance (roubles) are expected to earn interest (line 4). */
  depositWithoutInterestMinBalance: number;
  /** Decree 460, section 6.2 footnote: obligations of 500 000 ₽ and more are reported. */
  obligationThreshold: number;
  /** Debts above this many annual family incomes are a medium-risk finding (ability to service the debt). */
  obligationToIncomeRatio: number;
  /** Rules not to run. */
  disabledRules: RuleCode[];
  /** Severity overrides per rule. */
  severity: Partial<Record<RuleCode, Severity>>;
  /** Score of one finding of each severity (risk ranking). */
  severityWeights: Record<Severity, number>;
  /** From this score a declarant without high findings is medium risk. */
  mediumRiskScore: number;
};

export type RiskLevel = Severity;

export type RiskAssessment = {
  score: number;
  level: RiskLevel;
  counts: Record<Severity, number>;
};

export type AnalysisInput = {
  current: FamilyDeclarations;
  /** Earlier years of the same family, any order (the last three are used). */
  previous?: FamilyDeclarations[];
  context?: AnalysisContext;
  config?: Partial<AnalysisConfig>;
};

export type AnalysisResult = {
  year: number;
  findings: Finding[];
  risk: RiskAssessment;
  /** Rules that ran (not disabled); a rule may be run and find nothing. */
  rulesRun: RuleCode[];
};
