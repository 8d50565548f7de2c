/**
 * Affiliation context (выявление скрытой аффилированности, issue 6). Staff profiles are read from
 * the organisation model (persons of employees and relatives, which already carry ИНН, phones,
 * e-mails and addresses); this context keeps the counterparties, the checks, the links found and
 * the working group's decisions, candidate checks and the imported copy of the register of persons
 * dismissed for loss of trust (273-ФЗ ст. 15, ПП РФ № 228).
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from '../org/tables.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const list = (name: string) => jsonb(name).$type<string[]>().notNull().default(sql`'[]'::jsonb`);

/** One imported file of counterparties (registry extracts the officer downloads): what it changed. */
export const affiliationImports = pgTable(
  'affiliation_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    /** counterparties | loss_of_trust */
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    rowCount: integer('row_count').notNull(),
    created: integer('created').notNull(),
    updated: integer('updated').notNull(),
    unchanged: integer('unchanged').notNull(),
    removed: integer('removed').notNull().default(0),
    importedBy: uuid('imported_by'),
    importedAt: createdAt(),
  },
  (t) => [index('affiliation_imports_org_idx').on(t.orgId, t.kind, t.importedAt)],
);

/**
 * A person of a counterparty in a role (director, founder, entrepreneur, contact), or the company's
 * own contacts. `externalId` is the file's `id` column (or `institution:<employee id>` for the head
 * of a subordinate institution), the key that makes a repeated import change nothing.
 */
export const counterparties = pgTable(
  'affiliation_counterparties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    externalId: text('external_id').notNull(),
    source: text('source').notNull(),
    companyInn: text('company_inn'),
    companyName: text('company_name'),
    role: text('role'),
    lastName: text('last_name'),
    firstName: text('first_name'),
    middleName: text('middle_name'),
    birthDate: date('birth_date', { mode: 'string' }),
    inn: text('inn'),
    phones: list('phones'),
    emails: list('emails'),
    addresses: list('addresses'),
    /** Hash of the comparable fields: an import row with the same hash is «unchanged». */
    contentHash: text('content_hash').notNull(),
    importId: uuid('import_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('affiliation_counterparties_ext_uq').on(t.orgId, t.externalId),
    index('affiliation_counterparties_company_idx').on(t.orgId, t.companyInn),
  ],
);

/** One check: the engine over the organisation's profiles × counterparties, with its parameters. */
export const affiliationRuns = pgTable(
  'affiliation_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    /** Sequential per organisation, issued under the run lock. */
    number: integer('number').notNull(),
    /** manual | import | demo */
    trigger: text('trigger').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    staffCount: integer('staff_count').notNull(),
    counterpartyCount: integer('counterparty_count').notNull(),
    linkCount: integer('link_count').notNull(),
    newCount: integer('new_count').notNull(),
    reopenedCount: integer('reopened_count').notNull(),
    durationMs: integer('duration_ms').notNull(),
    startedBy: uuid('started_by'),
    startedByName: text('started_by_name'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: createdAt(),
  },
  (t) => [uniqueIndex('affiliation_runs_number_uq').on(t.orgId, t.number)],
);

/**
 * A link between a staff person (employee or relative) and a counterparty row, in the working
 * group's queue. One row per pair: a later check updates score and evidence; a decided link stays
 * decided while `evidenceKey` (what agreed) is the same.
 */
export const affiliationLinks = pgTable(
  'affiliation_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    personId: uuid('person_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    /** 'self' or the relation code of the relative (core `relations`). */
    relation: text('relation').notNull(),
    relativeId: uuid('relative_id'),
    counterpartyId: uuid('counterparty_id')
      .notNull()
      .references(() => counterparties.id),
    score: real('score').notNull(),
    basis: text('basis').notNull(),
    summary: text('summary').notNull(),
    evidence: jsonb('evidence').$type<Record<string, unknown>>().notNull(),
    evidenceKey: text('evidence_key').notNull(),
    status: text('status').notNull().default('new'),
    comment: text('comment'),
    caseRef: text('case_ref'),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** True while the latest check of the organisation still finds the link. */
    isCurrent: boolean('is_current').notNull().default(true),
    firstRunId: uuid('first_run_id').notNull(),
    lastRunId: uuid('last_run_id').notNull(),
    foundAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('affiliation_links_pair_uq').on(t.orgId, t.personId, t.counterpartyId),
    index('affiliation_links_queue_idx').on(t.orgId, t.status, t.score),
    index('affiliation_links_employee_idx').on(t.orgId, t.employeeId),
  ],
);

/** Every decision on a link and every reopening, in order: the history on the link card. */
export const affiliationLinkEvents = pgTable(
  'affiliation_link_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    linkId: uuid('link_id')
      .notNull()
      .references(() => affiliationLinks.id),
    /** found | decided | reopened */
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    comment: text('comment'),
    caseRef: text('case_ref'),
    score: real('score'),
    runId: uuid('run_id'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: createdAt(),
  },
  (t) => [index('affiliation_link_events_link_idx').on(t.linkId, t.at)],
);

/**
 * Реестр лиц, уволенных в связи с утратой доверия (273-ФЗ ст. 15; ПП РФ от 05.03.2018 № 228):
 * the organisation's copy of the published table, replaced by each import of a newer table.
 */
export const lossOfTrustEntries = pgTable(
  'loss_of_trust_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    /** Normalised full name + organisation + act: the row's identity across imports. */
    entryKey: text('entry_key').notNull(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name'),
    birthDate: date('birth_date', { mode: 'string' }),
    organisation: text('organisation').notNull(),
    position: text('position'),
    /** Положение нормативного правового акта, требования которого нарушены. */
    violation: text('violation'),
    actDate: date('act_date', { mode: 'string' }),
    actNumber: text('act_number'),
    includedOn: date('included_on', { mode: 'string' }),
    importId: uuid('import_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('loss_of_trust_entries_key_uq').on(t.orgId, t.entryKey),
    index('loss_of_trust_entries_name_idx').on(t.orgId, t.lastName),
  ],
);

/** A check of a candidate before appointment: against the register and the counterparties. */
export const candidateChecks = pgTable(
  'affiliation_candidate_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name'),
    birthDate: date('birth_date', { mode: 'string' }),
    inn: text('inn'),
    phones: list('phones'),
    emails: list('emails'),
    addresses: list('addresses'),
    position: text('position'),
    note: text('note'),
    /** clear | attention */
    outcome: text('outcome').notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    registerSize: integer('register_size').notNull(),
    counterpartyCount: integer('counterparty_count').notNull(),
    checkedBy: uuid('checked_by'),
    checkedByName: text('checked_by_name'),
    checkedAt: createdAt(),
  },
  (t) => [index('affiliation_candidate_checks_org_idx').on(t.orgId, t.checkedAt)],
);
