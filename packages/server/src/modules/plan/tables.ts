import type { TermRule } from '@antikor/core';
import {
  bigint,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../db/column-types.js';
import { organisations } from '../org/tables.js';

/** A plan of anti-corruption measures (План противодействия коррупции) for a period of years. */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    periodFrom: integer('period_from').notNull(),
    periodTo: integer('period_to').notNull(),
    /** The approving act, e.g. «постановление администрации от 21.01.2021 № 112-п». */
    approvedBy: text('approved_by').notNull().default(''),
    /** Day of the year by which subdivisions submit the yearly execution report ('MM-DD'; the seed: 25 December). */
    reportDue: text('report_due').notNull().default('12-25'),
    /** Working days after a quarter's end for a quarterly report (UNCONFIRMED: set by the local act). */
    quarterReportDays: integer('quarter_report_days').notNull().default(10),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plans_org_idx').on(t.orgId)],
);

export const planSections = pgTable(
  'plan_sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    title: text('title').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('plan_sections_number_uq').on(t.planId, t.number)],
);

export const planMeasures = pgTable(
  'plan_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    sectionId: uuid('section_id')
      .notNull()
      .references(() => planSections.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    text: text('text').notNull(),
    /** Responsible executors as the plan writes them (printed in the report). */
    executorsText: text('executors_text').notNull(),
    /** The term as written («Ежегодно до 30 апреля»). */
    termText: text('term_text').notNull(),
    /** The term as a rule; null when the words carry no rule the system knows. */
    termRule: jsonb('term_rule').$type<TermRule | null>(),
    expectedResult: text('expected_result').notNull().default(''),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('plan_measures_number_uq').on(t.planId, t.number),
    index('plan_measures_section_idx').on(t.sectionId),
  ],
);

/**
 * The units that report on a measure: a subdivision of the plan's organisation, or a body of the
 * organisation tree (отраслевой орган с правами юридического лица), whose users then report for it.
 */
export const planMeasureUnits = pgTable(
  'plan_measure_units',
  {
    orgId: uuid('org_id').notNull(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => planMeasures.id, { onDelete: 'cascade' }),
    unitKind: text('unit_kind').$type<'subdivision' | 'organisation'>().notNull(),
    unitId: uuid('unit_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.unitId] }), index('plan_measure_units_unit_idx').on(t.unitId)],
);

/** A unit's report on the execution of one measure for a year (quarter 0) or a quarter (1–4). */
export const executionReports = pgTable(
  'execution_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => planMeasures.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').notNull(),
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    text: text('text').notNull(),
    status: text('status').$type<'draft' | 'submitted' | 'returned' | 'accepted'>().notNull(),
    reviewComment: text('review_comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    /** Optimistic concurrency: a save names the version it edited. */
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('execution_reports_uq').on(t.measureId, t.unitId, t.year, t.quarter),
    index('execution_reports_plan_idx').on(t.planId, t.year, t.quarter),
  ],
);

export const executionReportAttachments = pgTable(
  'execution_report_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => executionReports.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('execution_report_attachments_report_idx').on(t.reportId)],
);

/**
 * Yearly figures entered by hand (issue 4) for indicators whose module does not exist yet (training,
 * procurement): one row per organisation, year and indicator key of the core catalogue.
 */
export const manualFigures = pgTable(
  'manual_figures',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    key: text('key').notNull(),
    value: numeric('value', { precision: 18, scale: 2, mode: 'number' }).notNull(),
    note: text('note').notNull().default(''),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.year, t.key] })],
);
