import type { JournalDefinition } from '@antikor/core';
import { z } from 'zod';
import type { Actor } from '../../platform/auth/actor.js';
import type { journalDeadlines, journalEntries } from './tables.js';

export const entryDeadline = z.object({
  code: z.string(),
  title: z.string(),
  dueDate: z.string(),
  basis: z.string(),
  explanation: z.string(),
  metAt: z.string().nullable(),
  isLate: z.boolean(),
});

export const journalEntry = z.object({
  id: z.string(),
  orgId: z.string(),
  journalCode: z.string(),
  regNumber: z.string(),
  number: z.number(),
  year: z.number(),
  registeredAt: z.string(),
  registeredOn: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  employeeId: z.string().nullable(),
  party: z.string().nullable(),
  subjectName: z.string().nullable(),
  subdivisionId: z.string().nullable(),
  responsibleUserId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  deadlines: z.array(entryDeadline),
});
export type JournalEntryDto = z.infer<typeof journalEntry>;

export const entryAction = z.object({
  action: z.string(),
  label: z.string(),
  to: z.string(),
  requires: z.array(z.string()),
});

export function toEntryDto(
  def: JournalDefinition,
  e: typeof journalEntries.$inferSelect,
  deadlines: (typeof journalDeadlines.$inferSelect)[],
): JournalEntryDto {
  return {
    id: e.id,
    orgId: e.orgId,
    journalCode: e.journalCode,
    regNumber: e.regNumber,
    number: e.number,
    year: e.year,
    registeredAt: e.registeredAt.toISOString(),
    registeredOn: e.registeredOn,
    status: e.status,
    statusLabel: def.statuses.find((s) => s.code === e.status)?.label ?? e.status,
    employeeId: e.employeeId,
    party: e.party,
    subjectName: e.subjectName,
    subdivisionId: e.subdivisionId,
    responsibleUserId: e.responsibleUserId,
    data: e.data,
    deadlines: deadlines
      .filter((d) => d.entryId === e.id)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
      .map((d) => ({
        code: d.code,
        title: d.title,
        dueDate: d.dueDate,
        basis: d.basis,
        explanation: d.explanation,
        metAt: d.metAt?.toISOString() ?? null,
        isLate: d.isLate,
      })),
  };
}

/** The workflow steps the actor may take from the entry's current status. */
export function allowedActions(def: JournalDefinition, status: string, actor: Actor) {
  return def.transitions
    .filter((t) => t.from.includes(status) && t.roles.some((r) => actor.roles.includes(r)))
    .map((t) => ({ action: t.action, label: t.label, to: t.to, requires: t.requires ?? [] }));
}
