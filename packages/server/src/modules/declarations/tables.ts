/**
 * Tables of the declarations context (сведения о доходах, расходах, об имуществе и обязательствах
 * имущественного характера; 273-ФЗ ст. 8, 25-ФЗ ст. 15, domain.md §3): yearly campaigns, the persons who
 * must file, the submission schedule, imported «Справки БК» packages kept raw, declarations with versions,
 * and analysis findings with the reviewer's decision.
 */

import type { Evidence } from '@antikor/engines/declaration-analysis';
import type { DeclarationDifference, PersonDeclaration } from '@antikor/engines/spravki-bk';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../db/column-types.js';
import { organisations } from '../org/tables.js';

const id = () => uuid('id').primaryKey().defaultRandom();
const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * Per-organisation settings. Publication on the website is off by default: Decree 968 of 29.12.2022
 * (п. «ж») suspends posting declarations during the special military operation.
 */
export const declarationSettings = pgTable('declaration_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id),
  publicationEnabled: boolean('publication_enabled').notNull().default(false),
  /** Why the table is not published (shown and recorded when someone tries to publish). */
  publicationNote: text('publication_note'),
  /** Share of low-risk declarants drawn for manual review each year. */
  sampleShare: integer('sample_share_percent').notNull().default(10),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/** Декларационная кампания: one per organisation and reporting year. */
export const declarationCampaigns = pgTable(
  'declaration_campaigns',
  {
    id: id(),
    orgId: orgId(),
    reportingYear: integer('reporting_year').notNull(),
    /** 30 April of the next year, moved past days off by the production calendar (273-ФЗ ст. 8). */
    deadline: date('deadline', { mode: 'string' }).notNull(),
    deadlineExplanation: text('deadline_explanation').notNull(),
    /** One month after the deadline for clarifying information (Указ № 559 п. 8; municipal act). */
    clarifyDeadline: date('clarify_deadline', { mode: 'string' }).notNull(),
    clarifyExplanation: text('clarify_explanation').notNull(),
    status: text('status').notNull().default('open'),
    /** Publication: when the table was published, or why it was not (Decree 968). */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publicationNote: text('publication_note'),
    lastAnalysedAt: timestamp('last_analysed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('declaration_campaigns_org_year_uq').on(t.orgId, t.reportingYear)],
);

/**
 * A person who must file in a campaign (обязанное лицо): the declarant (role self) and each family member
 * (spouse, minor child) as separate rows, derived from the organisation model as of 31 December or added
 * by hand; an exclusion keeps the row with its reason.
 */
export const declarationObligations = pgTable(
  'declaration_obligations',
  {
    id: id(),
    orgId: orgId(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => declarationCampaigns.id),
    /** The declarant (the employee); for family rows, the employee whose family it is. */
    employeeId: uuid('employee_id').notNull(),
    /** The organisation the declarant works in (the campaign may cover subordinate organisations). */
    employeeOrgId: uuid('employee_org_id').notNull(),
    personId: uuid('person_id').notNull(),
    relativeId: uuid('relative_id'),
    role: text('role').$type<'self' | 'spouse' | 'minor_child'>().notNull(),
    /** municipal_employee | institution_head | other (manual additions outside both groups). */
    declarantKind: text('declarant_kind').notNull(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name'),
    birthDate: date('birth_date', { mode: 'string' }),
    subdivisionId: uuid('subdivision_id'),
    subdivisionName: text('subdivision_name'),
    positionTitle: text('position_title'),
    source: text('source').$type<'derived' | 'manual'>().notNull(),
    addReason: text('add_reason'),
    excludedAt: timestamp('excluded_at', { withTimezone: true }),
    exclusionReason: text('exclusion_reason'),
    excludedBy: uuid('excluded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('declaration_obligations_person_uq').on(t.campaignId, t.employeeId, t.personId),
    index('declaration_obligations_campaign_idx').on(t.campaignId, t.role),
    index('declaration_obligations_employee_idx').on(t.employeeId),
  ],
);

/** График представления справок: a date per subdivision, not later than the campaign's deadline. */
export const declarationSchedule = pgTable(
  'declaration_schedule',
  {
    id: id(),
    orgId: orgId(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => declarationCampaigns.id),
    subdivisionId: uuid('subdivision_id').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    place: text('place'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('declaration_schedule_sub_uq').on(t.campaignId, t.subdivisionId)],
);

/** An imported «Справки БК» package, kept as received; `contentHash` (of the decoded XML) makes imports idempotent. */
export const declarationPackages = pgTable(
  'declaration_packages',
  {
    id: id(),
    orgId: orgId(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => declarationCampaigns.id),
    fileName: text('file_name').notNull(),
    /** SHA-256 of the file's bytes. */
    sha256: text('sha256').notNull(),
    /** SHA-256 of the decoded XML: the same package in another container is the same package. */
    contentHash: text('content_hash').notNull(),
    size: integer('size').notNull(),
    format: text('format').notNull(),
    encoding: text('encoding').notNull(),
    program: text('program'),
    isClarifying: boolean('is_clarifying').notNull(),
    /** The file as received, gzip-compressed. */
    content: bytea('content').notNull(),
    employeeId: uuid('employee_id'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    warnings: jsonb('warnings').$type<string[]>().notNull(),
    importedBy: uuid('imported_by'),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('declaration_packages_content_uq').on(t.orgId, t.contentHash),
    index('declaration_packages_campaign_idx').on(t.campaignId),
  ],
);

/**
 * One person's declaration in a campaign (the latest version's headline); the forms themselves are in
 * versions. `familyKey` is the declarant's employee id, or their name and birth date when unmatched.
 */
export const declarations = pgTable(
  'declarations',
  {
    id: id(),
    orgId: orgId(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => declarationCampaigns.id),
    familyKey: text('family_key').notNull(),
    personKey: text('person_key').notNull(),
    employeeId: uuid('employee_id'),
    obligationId: uuid('obligation_id'),
    role: text('role').$type<'self' | 'spouse' | 'minor_child'>().notNull(),
    lastName: text('last_name'),
    firstName: text('first_name'),
    middleName: text('middle_name'),
    birthDate: date('birth_date', { mode: 'string' }),
    /** matched | mismatch (found, with differences) | unmatched (not in HR data). */
    matchStatus: text('match_status').notNull(),
    matchNotes: jsonb('match_notes').$type<string[]>().notNull(),
    currentVersion: integer('current_version').notNull(),
    incomeTotal: numeric('income_total', { precision: 16, scale: 2, mode: 'number' }),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    clarifiedOn: date('clarified_on', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('declarations_person_uq').on(t.campaignId, t.familyKey, t.personKey),
    index('declarations_obligation_idx').on(t.obligationId),
    index('declarations_employee_idx').on(t.employeeId),
  ],
);

/** A version of a declaration: the original, a clarifying package («Уточнение»), or a manual correction. */
export const declarationVersions = pgTable(
  'declaration_versions',
  {
    id: id(),
    orgId: orgId(),
    declarationId: uuid('declaration_id')
      .notNull()
      .references(() => declarations.id),
    version: integer('version').notNull(),
    packageId: uuid('package_id'),
    source: text('source').$type<'import' | 'manual'>().notNull(),
    isClarifying: boolean('is_clarifying').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    data: jsonb('data').$type<PersonDeclaration>().notNull(),
    /** Differences from the previous version (empty for the first). */
    diff: jsonb('diff').$type<DeclarationDifference[]>().notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('declaration_versions_uq').on(t.declarationId, t.version)],
);

/**
 * A finding of the analysis engine about a family, with its evidence and the reviewer's decision.
 * Re-analysis keeps decisions: the same finding (same fingerprint) is updated, one no longer found is
 * marked not current.
 */
export const declarationFindings = pgTable(
  'declaration_findings',
  {
    id: id(),
    orgId: orgId(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => declarationCampaigns.id),
    familyKey: text('family_key').notNull(),
    employeeId: uuid('employee_id'),
    fingerprint: text('fingerprint').notNull(),
    ruleCode: text('rule_code').notNull(),
    title: text('title').notNull(),
    basis: text('basis').notNull(),
    severity: text('severity').$type<'low' | 'medium' | 'high'>().notNull(),
    personRole: text('person_role').notNull(),
    personName: text('person_name'),
    message: text('message').notNull(),
    evidence: jsonb('evidence').$type<Evidence[]>().notNull(),
    /** new → under_review → explained | referred | closed. */
    status: text('status').notNull().default('new'),
    decisionNote: text('decision_note'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    isCurrent: boolean('is_current').notNull().default(true),
    detectedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('declaration_findings_uq').on(t.campaignId, t.familyKey, t.fingerprint),
    index('declaration_findings_list_idx').on(t.campaignId, t.isCurrent, t.severity),
  ],
);
