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
import { journalAttachments, journalEntries } from '../journals/tables.js';
import { organisations } from '../org/tables.js';

/**
 * One scanned version of a draft act (антикоррупционная экспертиза проекта, 172-ФЗ ст. 3 ч. 4 п. 3): the
 * exact text examined is kept, so every finding's offsets and the conclusion stay reproducible after the
 * draft is revised. Versions are numbered per draft-act journal entry.
 */
export const expertiseRuns = pgTable(
  'expertise_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => journalEntries.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** 'upload' | 'paste' | 'attachment' */
    source: text('source').notNull(),
    fileName: text('file_name'),
    attachmentId: uuid('attachment_id').references(() => journalAttachments.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    textSha256: text('text_sha256').notNull(),
    scannedBy: uuid('scanned_by'),
    scannedByName: text('scanned_by_name').notNull(),
    scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('expertise_runs_version_uq').on(t.entryId, t.version),
    index('expertise_runs_org_idx').on(t.orgId, t.scannedAt),
  ],
);

/**
 * A provision that may carry a corruptogenic factor (Methodology of ПП РФ № 96, пп. 3–4): found by the
 * engine or added by the expert, with the expert's decision. `lineageId` links the same factor in the same
 * provision across versions (the first occurrence's id), so a revision shows what was removed and the
 * report counts each factor once.
 */
export const expertiseFindings = pgTable(
  'expertise_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    runId: uuid('run_id')
      .notNull()
      .references(() => expertiseRuns.id, { onDelete: 'cascade' }),
    entryId: uuid('entry_id').notNull(),
    lineageId: uuid('lineage_id').notNull(),
    /** 'engine' | 'expert' */
    origin: text('origin').notNull(),
    code: text('code').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    unit: text('unit').notNull(),
    trigger: text('trigger').notNull(),
    /** The sentence of the draft around the trigger, quoted in the conclusion. */
    quote: text('quote').notNull(),
    /** code + normalised sentence and trigger: equal keys in two versions are the same factor. */
    matchKey: text('match_key').notNull(),
    explanation: text('explanation').notNull(),
    suggestion: text('suggestion'),
    /** Engine score 0..1 (≥ 0.5 a claim); null for the expert's own findings. */
    score: real('score'),
    rule: text('rule'),
    /** 'pending' | 'confirmed' | 'rejected' */
    decision: text('decision').notNull().default('pending'),
    decisionComment: text('decision_comment'),
    /** The expert's own wording of the proposal, when they changed the engine's. */
    expertSuggestion: text('expert_suggestion'),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Version whose decision was carried over to this unchanged provision. */
    carriedFromVersion: integer('carried_from_version'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('expertise_findings_run_idx').on(t.runId, t.start),
    index('expertise_findings_entry_idx').on(t.entryId, t.lineageId),
    index('expertise_findings_org_idx').on(t.orgId, t.createdAt),
  ],
);

/**
 * Documents received about a draft or an adopted act: independent experts' conclusions (172-ФЗ ст. 5,
 * considered within 30 days) and prosecutor's demands to change an act (172-ФЗ ст. 4, within 10 days).
 */
export const expertiseIncoming = pgTable(
  'expertise_incoming',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => journalEntries.id, { onDelete: 'cascade' }),
    /** 'independent_conclusion' | 'prosecutor_demand' */
    kind: text('kind').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    author: text('author').notNull(),
    /** Independent expert's accreditation by the Ministry of Justice (order number and date). */
    accreditation: text('accreditation'),
    docNumber: text('doc_number'),
    docDate: date('doc_date', { mode: 'string' }),
    factorCodes: jsonb('factor_codes').$type<string[]>().notNull(),
    summary: text('summary').notNull(),
    /** An independent conclusion without proposals for removing the factors needs no reasoned answer. */
    hasProposals: boolean('has_proposals').notNull().default(true),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    dueBasis: text('due_basis').notNull(),
    dueExplanation: text('due_explanation').notNull(),
    answeredOn: date('answered_on', { mode: 'string' }),
    answerNumber: text('answer_number'),
    /** 'accepted' | 'partly_accepted' | 'rejected' */
    result: text('result'),
    answerSummary: text('answer_summary'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('expertise_incoming_entry_idx').on(t.entryId),
    index('expertise_incoming_due_idx').on(t.orgId, t.dueDate),
  ],
);
