import type { JournalDefinition } from '@antikor/core';

/** The words an entry is found by: number, subject and every text or choice it holds (Russian stemming in SQL). */
export function entrySearchText(
  def: JournalDefinition,
  e: { regNumber: string; subjectName: string | null; party: string | null; data: Record<string, unknown> },
): string {
  const parts = [e.regNumber, e.subjectName ?? '', e.party ?? ''];
  for (const f of def.fields) {
    const v = e.data[f.key];
    if (v === null || v === undefined || v === '') continue;
    if (f.type === 'text' || f.type === 'textarea' || f.type === 'inn') parts.push(String(v));
    if (f.type === 'select') parts.push(f.options?.find((o) => o.value === v)?.label ?? String(v));
  }
  return parts.join(' ').slice(0, 100_000);
}

/** 'YYYY-MM-DD' of a moment in the organisation's time zone. */
export function dateInZone(d: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}
