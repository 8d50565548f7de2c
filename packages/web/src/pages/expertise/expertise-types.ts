/**
 * Shapes of the expertise API (server/src/modules/expertise: get-expertise.ts, incoming.ts,
 * expertise-stats.ts), restated because the web client may not import the server.
 */

export type Decision = 'pending' | 'confirmed' | 'rejected';

export type Finding = {
  id: string;
  lineageId: string;
  origin: 'engine' | 'expert';
  code: string;
  factorTitle: string;
  methodologyRef: string;
  start: number;
  end: number;
  unit: string;
  trigger: string;
  quote: string;
  explanation: string;
  suggestion: string | null;
  expertSuggestion: string | null;
  score: number | null;
  isHint: boolean;
  decision: Decision;
  decisionComment: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  carriedFromVersion: number | null;
};

export type FindingCounts = {
  claims: number;
  hints: number;
  manual: number;
  confirmed: number;
  rejected: number;
  pending: number;
};

export type RunSummary = {
  id: string;
  version: number;
  source: 'upload' | 'paste' | 'attachment';
  fileName: string | null;
  chars: number;
  scannedAt: string;
  scannedByName: string;
  counts: FindingCounts;
};

export type RunDetail = {
  id: string;
  entryId: string;
  regNumber: string;
  version: number;
  source: RunSummary['source'];
  fileName: string | null;
  attachmentId: string | null;
  scannedAt: string;
  scannedByName: string;
  text: string;
  textSha256: string;
  isLatest: boolean;
  canReview: boolean;
  findings: Finding[];
  counts: FindingCounts;
  changes: {
    previousVersion: number;
    previousRunId: string;
    addedParagraphs: { start: number; end: number }[];
    removedParagraphs: string[];
    unchangedParagraphs: number;
    newFindingIds: string[];
    removedFindings: Finding[];
  } | null;
};

export type IncomingKind = 'independent_conclusion' | 'prosecutor_demand';
export type Incoming = {
  id: string;
  kind: IncomingKind;
  kindLabel: string;
  receivedOn: string;
  author: string;
  accreditation: string | null;
  docNumber: string | null;
  docDate: string | null;
  factorCodes: string[];
  summary: string;
  hasProposals: boolean;
  dueDate: string;
  dueBasis: string;
  dueExplanation: string;
  answeredOn: string | null;
  answerNumber: string | null;
  result: 'accepted' | 'partly_accepted' | 'rejected' | null;
  answerSummary: string | null;
  state: 'open' | 'overdue' | 'answered' | 'answered_late';
};

export type ExpertiseOverview = {
  entry: {
    id: string;
    regNumber: string;
    status: string;
    statusLabel: string;
    isFinal: boolean;
    actType: string | null;
    draftTitle: string;
    developer: string;
    receivedOn: string | null;
    publishedForIndependentFrom: string | null;
    publishedForIndependentTo: string | null;
    factorsFound: number | null;
    factorsRemoved: boolean | null;
  };
  canEdit: boolean;
  canScan: boolean;
  runs: RunSummary[];
  incoming: Incoming[];
  attachments: { id: string; fileName: string; size: number; uploadedAt: string }[];
};

export type FactorInfo = {
  code: string;
  title: string;
  methodologyRef: string;
  definition: string;
  remedy: string;
  group: string;
};

export type ExpertiseStats = {
  year: number;
  report: {
    drafts: number;
    withExpertise: number;
    factorsFound: number;
    draftsWithFactors: number;
    draftsFactorsRemoved: number;
  };
  engine: {
    claims: number;
    confirmed: number;
    rejected: number;
    pending: number;
    hintsConfirmed: number;
    addedByExperts: number;
    precision: number | null;
  };
  perFactor: {
    code: string;
    title: string;
    confirmed: number;
    claims: number;
    rejectedClaims: number;
    addedByExperts: number;
    precision: number | null;
  }[];
  independentConclusions: { received: number; answered: number; late: number; overdue: number };
  prosecutorDemands: { received: number; answered: number; late: number; overdue: number };
};

export const incomingResultLabels: Record<NonNullable<Incoming['result']>, string> = {
  accepted: 'учтено полностью',
  partly_accepted: 'учтено частично',
  rejected: 'не учтено (мотивированный ответ)',
};
