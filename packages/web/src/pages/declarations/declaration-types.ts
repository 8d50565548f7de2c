/** Shapes of the declarations API (server: packages/server/src/modules/declarations) and their Russian labels. */
import type { Page } from '@antikor/core';

export type ObligationStatus = 'expected' | 'received' | 'late' | 'clarified' | 'missing' | 'excluded';
export type Role = 'self' | 'spouse' | 'minor_child';
export type Severity = 'low' | 'medium' | 'high';
export type FindingStatus = 'new' | 'under_review' | 'explained' | 'referred' | 'closed';

export type StatusCounts = Record<ObligationStatus, number> & { total: number; due: number; filed: number };

export type CampaignListItem = {
  id: string;
  orgId: string;
  reportingYear: number;
  deadline: string;
  clarifyDeadline: string;
  status: string;
  declarants: StatusCounts;
  family: StatusCounts;
  byKind: { kind: string; counts: StatusCounts }[];
};

export type Campaign = {
  id: string;
  orgId: string;
  reportingYear: number;
  deadline: string;
  deadlineExplanation: string;
  clarifyDeadline: string;
  clarifyExplanation: string;
  today: string;
  lastAnalysedAt: string | null;
  publishedAt: string | null;
  publicationNote: string | null;
  unmatched: number;
  canManage: boolean;
  schedule: { subdivisionId: string; dueDate: string; place: string | null }[];
  summary: {
    declarants: StatusCounts;
    family: StatusCounts;
    byKind: { kind: string; counts: StatusCounts }[];
    bySubdivision: {
      subdivisionId: string | null;
      subdivisionName: string | null;
      orgId: string;
      orgName: string;
      scheduleDue: string | null;
      counts: StatusCounts;
      familyCounts: StatusCounts;
    }[];
    byOrganisation: { orgId: string; orgName: string; counts: StatusCounts }[];
  };
  publication: PublicationState;
};

export type PublicationState = {
  enabled: boolean;
  note: string | null;
  due: string;
  dueExplanation: string;
  publishedAt: string | null;
  recordedNote: string | null;
};

export type PersonRow = {
  id: string;
  employeeId: string;
  declarantName: string;
  role: Role;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  declarantKind: string;
  orgName: string;
  subdivisionId: string | null;
  subdivisionName: string | null;
  positionTitle: string | null;
  status: ObligationStatus;
  declarationId: string | null;
  matchStatus: string | null;
  receivedOn: string | null;
  clarifiedOn: string | null;
  scheduleDue: string | null;
  behindSchedule: boolean;
  source: string;
  addReason: string | null;
  exclusionReason: string | null;
  dismissedAt: string | null;
};

export type ImportResult =
  | {
      file: string;
      status: 'imported';
      packageId: string;
      declarant: string;
      isClarifying: boolean;
      employeeId: string | null;
      forms: {
        declarationId: string;
        version: number;
        role: Role;
        name: string;
        matchStatus: string;
        notes: string[];
        changes: number;
      }[];
      warnings: string[];
    }
  | { file: string; status: 'duplicate'; packageId: string; message: string }
  | { file: string; status: 'error'; message: string };

export type ImportResponse = { results: ImportResult[]; imported: number; duplicates: number; errors: number };

export type Evidence = { label: string; value: string | number; source: string };

export type FindingRow = {
  id: string;
  employeeId: string | null;
  declarantName: string;
  subdivisionName: string | null;
  ruleCode: string;
  title: string;
  basis: string;
  severity: Severity;
  personRole: string;
  personName: string | null;
  message: string;
  evidence: Evidence[];
  status: FindingStatus;
  decisionNote: string | null;
  decidedAt: string | null;
  isCurrent: boolean;
};

export type RiskItem = {
  declarantId: string;
  employeeId: string | null;
  name: string;
  rank: number;
  score: number;
  level: Severity;
  counts: Record<Severity, number>;
  sampled: boolean;
};

export type Difference = {
  section: string;
  change: 'added' | 'removed' | 'changed';
  item: string;
  field?: string;
  before?: unknown;
  after?: unknown;
};

/** The parser's model of one form (only what the pages show is typed). */
export type PersonForm = {
  role: Role;
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  birthDate: string | null;
  isClarifying: boolean;
  workplace: { organisation: string | null; position: string | null };
  incomeTotal: number;
  incomes: { line: number; amount: number | null; otherKind: string | null; description: string | null }[];
  expenses: {
    assetKind: string | null;
    name: string | null;
    amount: number | null;
    basis: string | null;
    sources: { source: string | null }[];
  }[];
  realEstate: {
    typeRaw: string | null;
    kind: string;
    ownershipRaw: string | null;
    share: string | null;
    area: number | null;
    country: string | null;
    basis: string | null;
    address: Record<string, string> | null;
  }[];
  vehicles: {
    type: string | null;
    make: string | null;
    model: string | null;
    year: number | null;
    ownershipRaw: string | null;
  }[];
  digitalAssets: { kind: string; name: string | null; quantity: number | null; operator: string | null }[];
  accounts: {
    bank: string | null;
    type: string | null;
    currency: string | null;
    openedAt: string | null;
    balance: number | null;
    inflow: number | null;
    country: string | null;
  }[];
  shareholdings: {
    name: string | null;
    legalForm: string | null;
    inn: string | null;
    participation: string | null;
    basis: string | null;
  }[];
  securities: { type: string | null; issuer: string | null; quantity: number | null; totalValue: number | null }[];
  realEstateInUse: {
    typeRaw: string | null;
    kind: string;
    area: number | null;
    useKind: string | null;
    basis: string | null;
    providerName: string | null;
    country: string | null;
  }[];
  obligations: {
    content: string | null;
    counterparty: string | null;
    counterpartyInn: string | null;
    amount: number | null;
    outstanding: number | null;
    conditions: string | null;
  }[];
  giftedAway: { propertyType: string | null; name: string | null; recipient: string | null; basis: string | null }[];
  unknown: Record<string, unknown>;
};

export type DeclarationCard = {
  id: string;
  campaignId: string;
  employeeId: string | null;
  obligationId: string | null;
  role: Role;
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  birthDate: string | null;
  matchStatus: 'matched' | 'mismatch' | 'unmatched';
  matchNotes: string[];
  currentVersion: number;
  receivedOn: string;
  clarifiedOn: string | null;
  campaign: { id: string; reportingYear: number; deadline: string; clarifyDeadline: string };
  obligation: {
    id: string;
    subdivisionName: string | null;
    positionTitle: string | null;
    declarantKind: string;
  } | null;
  family: {
    id: string;
    role: Role;
    lastName: string | null;
    firstName: string | null;
    middleName: string | null;
    birthDate: string | null;
    matchStatus: string;
  }[];
  versions: {
    id: string;
    version: number;
    source: 'import' | 'manual';
    isClarifying: boolean;
    receivedOn: string;
    data: PersonForm;
    diff: Difference[];
    note: string | null;
    createdAt: string;
    fileName: string | null;
    sha256: string | null;
    packageId: string | null;
  }[];
  currentForm: Record<string, unknown> | null;
};

export type { Page };

export const statusLabels: Record<ObligationStatus, string> = {
  expected: 'Ожидается',
  received: 'Получена',
  late: 'С опозданием',
  clarified: 'Уточнена',
  missing: 'Не представлена',
  excluded: 'Исключён',
};
export const statusColors: Record<ObligationStatus, string> = {
  expected: 'blue',
  received: 'green',
  late: 'orange',
  clarified: 'cyan',
  missing: 'red',
  excluded: 'default',
};
export const roleLabels: Record<Role, string> = {
  self: 'На себя',
  spouse: 'Супруг(а)',
  minor_child: 'Несовершеннолетний ребёнок',
};
export const kindLabels: Record<string, string> = {
  municipal_employee: 'Муниципальные служащие (должности из перечня)',
  institution_head: 'Руководители муниципальных учреждений',
  other: 'Добавлены вручную',
};
export const severityLabels: Record<Severity, string> = { high: 'Высокая', medium: 'Средняя', low: 'Низкая' };
export const severityColors: Record<Severity, string> = { high: 'red', medium: 'orange', low: 'default' };
export const findingStatusLabels: Record<FindingStatus, string> = {
  new: 'Новая',
  under_review: 'На рассмотрении',
  explained: 'Даны пояснения',
  referred: 'Направлено в комиссию',
  closed: 'Закрыто',
};
/** Decisions the reviewer may take from each status (the server checks the same table). */
export const findingTransitions: Record<FindingStatus, FindingStatus[]> = {
  new: ['under_review', 'closed'],
  under_review: ['explained', 'referred', 'closed'],
  explained: ['under_review', 'closed'],
  referred: ['closed'],
  closed: ['under_review'],
};
export const matchLabels: Record<string, { label: string; color: string }> = {
  matched: { label: 'Сопоставлена', color: 'green' },
  mismatch: { label: 'Есть расхождения', color: 'orange' },
  unmatched: { label: 'Не сопоставлена', color: 'red' },
};

export const rub = (n: number | null | undefined) =>
  n === null || n === undefined
    ? ''
    : `${n.toLocaleString('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ₽`;
export const personName = (p: { lastName: string | null; firstName: string | null; middleName: string | null }) =>
  [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
