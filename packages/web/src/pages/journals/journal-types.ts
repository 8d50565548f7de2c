import type { JournalDefinition } from '@antikor/core';

/**
 * Shapes of the journal API as the web client reads them. The server declares them with zod in
 * `server/src/modules/journals/entry-dto.ts` and `find-deadlines.ts`; the web client may not import the
 * server, so they are restated here.
 */

/** A journal the user may open, with what the user may do in it. */
export type JournalInfo = JournalDefinition & {
  /** Registers entries about anyone (the journal's keeper). */
  canRegister: boolean;
  /** Files their own notification (self-service). */
  canFileOwn: boolean;
  /** Sees every entry of the organisation, not only their own. */
  readsAll: boolean;
};

export type EntryDeadline = {
  code: string;
  title: string;
  dueDate: string;
  basis: string;
  explanation: string;
  metAt: string | null;
  isLate: boolean;
};

export type JournalEntry = {
  id: string;
  orgId: string;
  journalCode: string;
  regNumber: string;
  number: number;
  year: number;
  registeredAt: string;
  registeredOn: string;
  status: string;
  statusLabel: string;
  employeeId: string | null;
  party: string | null;
  subjectName: string | null;
  subdivisionId: string | null;
  responsibleUserId: string | null;
  data: Record<string, unknown>;
  deadlines: EntryDeadline[];
};

export type EntryAction = { action: string; label: string; to: string; requires: string[] };

export type EntryAttachment = {
  id: string;
  fileName: string;
  mimeType?: string;
  size: number;
  sha256: string;
  uploadedAt: string;
};

export type EntryComment = { id: string; authorName: string; text: string; createdAt: string };

/** One entry as its card shows it. */
export type EntryDetail = JournalEntry & {
  actions: EntryAction[];
  attachments: EntryAttachment[];
  comments: EntryComment[];
};

export type DeadlineState = 'overdue' | 'soon' | 'open' | 'late';

/** A row of the «Сроки» view. */
export type DeadlineItem = {
  id: string;
  entryId: string;
  journalCode: string;
  journalTitle: string;
  regNumber: string;
  subjectName: string | null;
  title: string;
  dueDate: string;
  basis: string;
  explanation: string;
  metAt: string | null;
  isLate: boolean;
  state: 'overdue' | 'soon' | 'open' | 'met';
  responsibleUserId: string | null;
};

export type EntrySort = 'number' | '-number' | 'registeredOn' | '-registeredOn' | 'status';

/** Filters of a journal list; the Excel export and the Word print take the same ones. */
export type EntryFilters = {
  q?: string;
  status?: string;
  from?: string;
  to?: string;
  year?: number;
  employeeId?: string;
  subdivisionId?: string;
  sort?: EntrySort;
  page?: number;
  pageSize?: number;
};
