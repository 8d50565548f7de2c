import {
  antiCorruptionEvent,
  consultation,
  directLine,
  publicHearing,
  websiteUpdate,
} from './definitions/activities.js';
import { coiNotice } from './definitions/coi-notice.js';
import { corruptionReport } from './definitions/corruption-report.js';
import { courtCase } from './definitions/court-case.js';
import { draftAct } from './definitions/draft-act.js';
import { exEmployeeNotice } from './definitions/ex-employee-notice.js';
import { giftNotice } from './definitions/gift-notice.js';
import { inducementNotice } from './definitions/inducement-notice.js';
import { outsideWorkNotice } from './definitions/outside-work-notice.js';
import { procurement } from './definitions/procurement.js';
import { training } from './definitions/training.js';
import type { JournalDefinition } from './types.js';

/** Every journal Antikor keeps, in menu order. */
export const journalDefinitions: readonly JournalDefinition[] = [
  coiNotice,
  outsideWorkNotice,
  giftNotice,
  inducementNotice,
  exEmployeeNotice,
  courtCase,
  draftAct,
  training,
  corruptionReport,
  procurement,
  directLine,
  publicHearing,
  consultation,
  antiCorruptionEvent,
  websiteUpdate,
];

export const journalCodes = journalDefinitions.map((d) => d.code);

/** The definition of a journal, or undefined for an unknown code. */
export function findJournal(code: string): JournalDefinition | undefined {
  return journalDefinitions.find((d) => d.code === code);
}
