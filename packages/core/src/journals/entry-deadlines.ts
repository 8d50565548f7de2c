/**
 * The deadlines of one journal entry, computed from its definition, its data and status, the organisation's
 * rule overrides and the production calendar. Pure: the server stores the result for the «Сроки» view.
 */
import { computeDeadline } from '../calendar/compute-deadline.js';
import type { DeadlineRule } from '../calendar/deadline-rule.js';
import { federalDeadlineRules } from '../calendar/federal-deadline-rules.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { ProductionCalendar } from '../calendar/production-calendar.js';
import type { DeadlineDef, JournalDefinition } from './types.js';

export type EntryForDeadlines = {
  status: string;
  registeredOn: IsoDate;
  data: Record<string, unknown>;
  /** Deadlines already met, by code, with when (kept so recomputation does not move the moment). */
  metAt?: Record<string, string | null>;
};

export type EntryDeadline = {
  code: string;
  title: string;
  dueDate: IsoDate;
  basis: string;
  explanation: string;
  /** ISO timestamp when the deadline was met; null while open. */
  metAt: string | null;
  /** Met after the due date (or still open after it). */
  isLate: boolean;
};

function applies(d: DeadlineDef, data: Record<string, unknown>): boolean {
  if (!d.when) return true;
  const v = data[d.when.field];
  switch (d.when.op) {
    case 'gt':
      return typeof v === 'number' && v > Number(d.when.value);
    case 'empty_or_gt':
      return v === undefined || v === null || v === '' || (typeof v === 'number' && v > Number(d.when.value));
    case 'eq':
      return v === d.when.value;
    case 'truthy':
      return Boolean(v);
    case 'falsy':
      return !v;
  }
}

/**
 * @param now ISO timestamp used as the moment a deadline is met when it becomes met now.
 * @param overrides the organisation's rules by federal code (municipal acts set many deadlines).
 */
export function computeEntryDeadlines(
  cal: ProductionCalendar,
  def: JournalDefinition,
  entry: EntryForDeadlines,
  now: string,
  overrides: Partial<Record<string, DeadlineRule>> = {},
): EntryDeadline[] {
  const isFinal = def.statuses.find((s) => s.code === entry.status)?.isFinal === true;
  const out: EntryDeadline[] = [];
  for (const d of def.deadlines) {
    if (!applies(d, entry.data)) continue;
    const start = d.startsFrom === 'registeredAt' ? entry.registeredOn : entry.data[d.startsFrom.field];
    if (typeof start !== 'string' || start.length < 10) continue;
    const rule = overrides[d.rule] ?? federalDeadlineRules[d.rule];
    if (rule.kind === 'none') continue;
    const computed = computeDeadline(cal, rule, start.slice(0, 10) as IsoDate);
    if (!computed.dueDate) continue;
    // A deadline met by the initial status (a notice that must arrive in time) is met at registration.
    const metByRegistration = d.metBy.includes(def.initialStatus);
    const isMet = isFinal || d.metBy.includes(entry.status) || metByRegistration;
    const metAt = isMet
      ? (entry.metAt?.[d.code] ?? (metByRegistration ? `${entry.registeredOn}T00:00:00.000Z` : now))
      : null;
    const metOn = metAt?.slice(0, 10) ?? now.slice(0, 10);
    out.push({
      code: d.code,
      title: d.title,
      dueDate: computed.dueDate,
      basis: rule.basis,
      explanation: computed.explanation,
      metAt,
      isLate: metOn > computed.dueDate,
    });
  }
  return out;
}
