import { addWorkingDays, defaultCalendar, type IsoDate } from '@antikor/core';
import dayjs from 'dayjs';
import type { EntryDeadline } from './journal-types';

/**
 * «Скоро» is within 3 working days of today on the production calendar — the same window the server's
 * «Сроки» view uses (SOON_WORKING_DAYS in find-deadlines.ts).
 */
const SOON_WORKING_DAYS = 3;

export type DeadlineView = 'met' | 'late' | 'overdue' | 'soon' | 'open';

/** Today and the last day counted as «скоро», as 'YYYY-MM-DD' in the browser's time zone. */
export function deadlineWindow(now = dayjs()): { today: string; soon: string } {
  const today = now.format('YYYY-MM-DD');
  let soon: string;
  try {
    soon = addWorkingDays(defaultCalendar, today as IsoDate, SOON_WORKING_DAYS).date;
  } catch {
    soon = now.add(SOON_WORKING_DAYS + 2, 'day').format('YYYY-MM-DD');
  }
  return { today, soon };
}

/** How one deadline stands: met (on time or late), overdue, due soon, or open. */
export function deadlineView(d: EntryDeadline, w: { today: string; soon: string }): DeadlineView {
  if (d.metAt) return d.isLate ? 'late' : 'met';
  if (d.dueDate < w.today) return 'overdue';
  if (d.dueDate <= w.soon) return 'soon';
  return 'open';
}

/** The deadline a list row shows: the earliest unmet one, else one met late, else none. */
export function nearestDeadline(deadlines: EntryDeadline[]): EntryDeadline | undefined {
  const open = deadlines.filter((d) => !d.metAt).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return open[0] ?? deadlines.find((d) => d.isLate);
}

export const deadlineViewTag: Record<DeadlineView, { color: string; label: string }> = {
  overdue: { color: 'red', label: 'Просрочено' },
  soon: { color: 'orange', label: 'Срок близко' },
  open: { color: 'blue', label: 'В работе' },
  met: { color: 'green', label: 'Исполнено' },
  late: { color: 'magenta', label: 'Исполнено с нарушением срока' },
};
