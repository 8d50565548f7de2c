/**
 * Tables of the commission on conduct and conflict of interest (Указ № 821; domain.md §1). Every row carries
 * org_id (architecture.md, decision 1). Cases and meetings are numbered «N/ГГГГ» per organisation and year.
 */
import { sql } from 'drizzle-orm';
import {
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
import { organisations } from '../org/tables.js';

/** Per-organisation rules of the municipal regulation on the commission. */
export const commissionSettings = pgTable('commission_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id),
  /** Quorum as a share of the members (Указ № 821 п. 19: 2/3). */
  quorumNumerator: integer('quorum_numerator').notNull().default(2),
  quorumDenominator: integer('quorum_denominator').notNull().default(3),
  /** Anonymous information does not open a case (Указ № 1065 п. 11; regional copies of Указ № 821). */
  blockAnonymous: boolean('block_anonymous').notNull().default(true),
  /** The municipal act's own terms, by deadline rule code (core/calendar). */
  deadlineOverrides: jsonb('deadline_overrides').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Состав комиссии for a period, approved by an act of the head. */
export const commissionCompositions = pgTable(
  'commission_compositions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('commission_compositions_org_idx').on(t.orgId, t.validFrom)],
);

/** A member of a composition: an employee of the body or an independent member from outside. */
export const commissionMembers = pgTable(
  'commission_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    compositionId: uuid('composition_id')
      .notNull()
      .references(() => commissionCompositions.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    employeeId: uuid('employee_id'),
    fullName: text('full_name').notNull(),
    position: text('position').notNull(),
    isIndependent: boolean('is_independent').notNull().default(false),
    userId: uuid('user_id'),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [index('commission_members_composition_idx').on(t.compositionId)],
);

/** Last issued number per organisation, kind ('case' | 'meeting') and year; locked by the numbering transaction. */
export const commissionCounters = pgTable(
  'commission_counters',
  {
    orgId: uuid('org_id').notNull(),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.kind, t.year] })],
);

/** A question for the commission on one ground of Указ № 821 п. 16 about one person. */
export const commissionCases = pgTable(
  'commission_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    regNumber: text('reg_number').notNull(),
    ground: text('ground').notNull(),
    sourceKind: text('source_kind').notNull(),
    /** The source record's id (journal entry, declaration finding, affiliation link) or a free reference. */
    sourceRef: text('source_ref'),
    journalEntryId: uuid('journal_entry_id'),
    employeeId: uuid('employee_id'),
    /** «ФИО, должность» at opening: what the protocol names. */
    subjectName: text('subject_name').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    chairReceivedOn: date('chair_received_on', { mode: 'string' }),
    summary: text('summary').notNull(),
    materials: text('materials'),
    conclusionText: text('conclusion_text'),
    conclusionRecommendation: text('conclusion_recommendation'),
    conclusionOn: date('conclusion_on', { mode: 'string' }),
    requestsSent: boolean('requests_sent').notNull().default(false),
    reviewExtended: boolean('review_extended').notNull().default(false),
    attendIntent: boolean('attend_intent'),
    isAnonymous: boolean('is_anonymous').notNull().default(false),
    status: text('status').notNull(),
    meetingSetOn: date('meeting_set_on', { mode: 'string' }),
    consideredOn: date('considered_on', { mode: 'string' }),
    decision: text('decision'),
    decisionMeetingId: uuid('decision_meeting_id'),
    protocolSentOn: date('protocol_sent_on', { mode: 'string' }),
    extractSentOn: date('extract_sent_on', { mode: 'string' }),
    headResponseOn: date('head_response_on', { mode: 'string' }),
    headResponseText: text('head_response_text'),
    lawEnforcementNeeded: boolean('law_enforcement_needed').notNull().default(false),
    lawEnforcementOn: date('law_enforcement_on', { mode: 'string' }),
    lawEnforcementBody: text('law_enforcement_body'),
    lawEnforcementNote: text('law_enforcement_note'),
    closingNote: text('closing_note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('commission_cases_number_uq').on(t.orgId, t.year, t.number),
    // One live case per journal entry: opening it twice returns the same case.
    uniqueIndex('commission_cases_entry_uq')
      .on(t.journalEntryId)
      .where(sql`journal_entry_id is not null and status <> 'withdrawn'`),
    index('commission_cases_status_idx').on(t.orgId, t.status),
    index('commission_cases_employee_idx').on(t.employeeId),
  ],
);

/** Заседание комиссии. */
export const commissionMeetings = pgTable(
  'commission_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    compositionId: uuid('composition_id')
      .notNull()
      .references(() => commissionCompositions.id),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    meetingDate: date('meeting_date', { mode: 'string' }).notNull(),
    meetingTime: text('meeting_time'),
    place: text('place').notNull(),
    status: text('status').notNull(),
    /** The day the chair set the date (Указ № 821 п. 17: within 10 days of receipt). */
    scheduledOn: date('scheduled_on', { mode: 'string' }).notNull(),
    notifiedOn: date('notified_on', { mode: 'string' }),
    /** Others present with a deliberative vote (п. 20): superior, specialists, representatives. */
    otherAttendees: text('other_attendees'),
    /** Quorum check at holding: {total, present, required}. */
    quorum: jsonb('quorum').$type<Record<string, unknown>>(),
    heldAt: timestamp('held_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('commission_meetings_number_uq').on(t.orgId, t.year, t.number),
    index('commission_meetings_date_idx').on(t.orgId, t.meetingDate),
  ],
);

/** A case on a meeting's agenda and what the commission did with it (protocol items, п. 31). */
export const commissionAgendaItems = pgTable(
  'commission_agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => commissionMeetings.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => commissionCases.id),
    position: integer('position').notNull(),
    outcome: text('outcome'),
    decision: text('decision'),
    decisionText: text('decision_text'),
    claims: text('claims'),
    explanations: text('explanations'),
    speakers: text('speakers'),
    otherInfo: text('other_info'),
    employeeAttended: boolean('employee_attended'),
    dissent: text('dissent'),
    lawEnforcementNeeded: boolean('law_enforcement_needed').notNull().default(false),
    votesFor: integer('votes_for').notNull().default(0),
    votesAgainst: integer('votes_against').notNull().default(0),
    votesAbstain: integer('votes_abstain').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('commission_agenda_items_uq').on(t.meetingId, t.caseId),
    index('commission_agenda_items_case_idx').on(t.caseId),
  ],
);

/** Members present at a meeting. */
export const commissionAttendance = pgTable(
  'commission_attendance',
  {
    orgId: uuid('org_id').notNull(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => commissionMeetings.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => commissionMembers.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);

/** A member's declared personal interest in an item (Указ № 821 п. 21): they do not take part in it. */
export const commissionItemInterests = pgTable(
  'commission_item_interests',
  {
    orgId: uuid('org_id').notNull(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => commissionAgendaItems.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => commissionMembers.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.memberId] })],
);

/** Open vote of a member on an item. */
export const commissionVotes = pgTable(
  'commission_votes',
  {
    orgId: uuid('org_id').notNull(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => commissionAgendaItems.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => commissionMembers.id),
    vote: text('vote').notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.memberId] })],
);
