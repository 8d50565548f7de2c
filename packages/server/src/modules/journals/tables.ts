import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, tsvector } from '../../db/column-types.js';
import { organisations } from '../org/tables.js';

/** One registered entry of any statutory journal; the journal's definition in core gives `data` its shape. */
export const journalEntries = pgTable(
  'journal_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    journalCode: text('journal_code').notNull(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    regNumber: text('reg_number').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    /** The date the period filter uses: the event date when the journal names one, else registeredOn. */
    periodDate: date('period_date', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    employeeId: uuid('employee_id'),
    party: text('party'),
    /** The subject's subdivision at registration: a responsible executor sees their subdivision's entries. */
    subdivisionId: uuid('subdivision_id'),
    subjectName: text('subject_name'),
    responsibleUserId: uuid('responsible_user_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    search: tsvector('search'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('journal_entries_number_uq').on(t.orgId, t.journalCode, t.year, t.number),
    index('journal_entries_list_idx').on(t.orgId, t.journalCode, t.periodDate),
    index('journal_entries_status_idx').on(t.orgId, t.journalCode, t.status),
    index('journal_entries_employee_idx').on(t.employeeId),
    index('journal_entries_search_idx').using('gin', t.search),
  ],
);

/** The last number issued per organisation, journal and year: incremented inside the registering transaction. */
export const journalCounters = pgTable(
  'journal_counters',
  {
    orgId: uuid('org_id').notNull(),
    journalCode: text('journal_code').notNull(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.journalCode, t.year] })],
);

/** Computed deadlines of entries, kept in a table so the «Сроки» view can sort and filter across journals. */
export const journalDeadlines = pgTable(
  'journal_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => journalEntries.id, { onDelete: 'cascade' }),
    journalCode: text('journal_code').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    basis: text('basis').notNull(),
    explanation: text('explanation').notNull(),
    metAt: timestamp('met_at', { withTimezone: true }),
    isLate: boolean('is_late').notNull().default(false),
  },
  (t) => [
    index('journal_deadlines_due_idx').on(t.orgId, t.dueDate),
    uniqueIndex('journal_deadlines_entry_code_uq').on(t.entryId, t.code),
  ],
);

export const journalAttachments = pgTable(
  'journal_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => journalEntries.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('journal_attachments_entry_idx').on(t.entryId)],
);

export const journalComments = pgTable(
  'journal_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => journalEntries.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('journal_comments_entry_idx').on(t.entryId)],
);

/** Per-organisation settings of a journal: deadline rules of the municipal act, extra fields. */
export const journalSettings = pgTable(
  'journal_settings',
  {
    orgId: uuid('org_id').notNull(),
    journalCode: text('journal_code').notNull(),
    deadlineOverrides: jsonb('deadline_overrides').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    extraFields: jsonb('extra_fields').$type<unknown[]>().notNull().default(sql`'[]'::jsonb`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.journalCode] })],
);
