import type { FieldIssue, LinkStatus } from '@antikor/core';

/** Shapes the affiliation API answers with (server: packages/server/src/modules/affiliation). */
export type LinkItem = {
  id: string;
  orgId: string;
  status: LinkStatus;
  statusLabel: string;
  score: number;
  basis: 'same-person' | 'shared-contact';
  summary: string;
  isCurrent: boolean;
  foundAt: string;
  decidedAt: string | null;
  decidedByName: string | null;
  comment: string | null;
  caseRef: string | null;
  employee: { id: string; name: string; position: string | null; subdivision: string | null; dismissed: boolean };
  person: { id: string; name: string | null; relation: string; relationLabel: string };
  counterparty: {
    id: string;
    companyName: string | null;
    companyInn: string | null;
    role: string | null;
    roleLabel: string | null;
    personName: string | null;
    source: string;
  };
};

export type FieldEvidence = {
  field: string;
  outcome: 'agree' | 'partial' | 'disagree';
  how: string;
  staff: string;
  counterparty: string;
  weight: number;
  contactWeight?: number;
  note?: string;
};

export type LinkCard = LinkItem & {
  evidence: {
    basis: string;
    samePerson: number;
    sharedContact: number;
    fields: FieldEvidence[];
    cap?: 'name-only' | 'inn-conflict';
  };
  path: { kind: 'employee' | 'relative' | 'role' | 'company' | 'contract'; label: string; detail?: string | null }[];
  contracts: {
    entryId: string;
    noticeNumber: string;
    object: string;
    customer: string;
    status: string;
    contractNumber: string | null;
    contractOn: string | null;
    contractPrice: number | null;
  }[];
  allowed: LinkStatus[];
  counterpartyDetails: {
    birthDate: string | null;
    inn: string | null;
    phones: string[];
    emails: string[];
    addresses: string[];
  };
  events: {
    id: string;
    kind: string;
    fromStatus: string | null;
    toStatus: string;
    toStatusLabel: string;
    comment: string | null;
    caseRef: string | null;
    score: number | null;
    actorName: string | null;
    at: string;
  }[];
};

export type RunSummary = {
  id: string;
  number: number;
  trigger: string;
  params: { minScore?: number; scope?: string; matchMs?: number; engine?: string };
  staffCount: number;
  counterpartyCount: number;
  linkCount: number;
  newCount: number;
  reopenedCount: number;
  durationMs: number;
  startedAt: string;
  startedByName: string | null;
};

export type CounterpartyItem = {
  id: string;
  externalId: string;
  source: string;
  companyInn: string | null;
  companyName: string | null;
  role: string | null;
  roleLabel: string | null;
  personName: string | null;
  birthDate: string | null;
  inn: string | null;
  phones: string[];
  emails: string[];
  addresses: string[];
  linkCount: number;
  updatedAt: string;
};

export type LastImport = { fileName: string; importedAt: string; rowCount: number } | null;

export type CounterpartyPreview = {
  fileName: string;
  rows: {
    row: number;
    externalId: string;
    companyName: string | null;
    companyInn: string | null;
    role: string | null;
    lastName: string | null;
    firstName: string | null;
    action: 'create' | 'update' | 'unchanged';
  }[];
  errors: FieldIssue[];
  warnings: FieldIssue[];
  summary: { total: number; create: number; update: number; unchanged: number; errors: number; companies: number };
};

export type CounterpartyImportResult = {
  created: number;
  updated: number;
  unchanged: number;
  warnings: number;
  run: RunSummary | null;
};

export type ProfileItem = {
  employeeId: string;
  name: string;
  position: string | null;
  subdivision: string | null;
  isDeclarant: boolean;
  hasInn: boolean;
  hasPhone: boolean;
  hasAddress: boolean;
  relatives: number;
  relativesWithoutIdentifiers: number;
  openLinks: number;
};

export type Profile = {
  employeeId: string;
  name: string;
  position: string | null;
  subdivision: string | null;
  persons: {
    personId: string;
    relation: string;
    relationLabel: string;
    name: string;
    formerNames: string | null;
    birthDate: string | null;
    inn: string | null;
    phones: string[];
    emails: string[];
    addresses: string[];
    workplace: string | null;
  }[];
  links: LinkItem[];
};

export type RegisterItem = {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  organisation: string;
  position: string | null;
  violation: string | null;
  actDate: string | null;
  actNumber: string | null;
  includedOn: string | null;
};

export type CandidateCheck = {
  id: string;
  name: string;
  birthDate: string | null;
  inn: string | null;
  position: string | null;
  note: string | null;
  outcome: 'clear' | 'attention';
  register: {
    entryId: string;
    name: string;
    organisation: string;
    position: string | null;
    violation: string | null;
    actDate: string | null;
    actNumber: string | null;
    kind: 'match' | 'name-only';
    score: number;
    summary: string;
  }[];
  counterparties: {
    counterpartyId: string;
    companyName: string | null;
    companyInn: string | null;
    roleLabel: string | null;
    isBusinessRole: boolean;
    score: number;
    summary: string;
  }[];
  registerSize: number;
  counterpartyCount: number;
  checkedAt: string;
  checkedByName: string | null;
};
