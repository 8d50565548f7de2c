/**
 * Narratives with embedded indicators (issue 4): an execution text says «проведено {{commission.meetings}}
 * заседаний», and the report shows the current figure, so the text never disagrees with the data.
 *
 * Syntax, kept small enough to explain to an officer in one line each:
 * - `{{key}}` — the value;
 * - `{{key|уведомление|уведомления|уведомлений}}` — the value and the noun agreed with it (Russian plural);
 * - `{{key?поступило # уведомлений:уведомлений не поступало}}` — the first text when the value is not
 *   zero (`#` stands for the value), the second when it is zero.
 */
import { pluralRu } from '../calendar/deadline-wording.js';
import type { IndicatorUnit } from './indicators.js';
import { indicatorByKey } from './indicators.js';

export type IndicatorValue = number | string | null;

const placeholder = /\{\{\s*([a-zA-Z][\w.]*)\s*(?:(\|[^}]*)|\?([^}:]*):([^}]*))?\}\}/g;

export type NarrativePart =
  | { kind: 'text'; text: string }
  | { kind: 'indicator'; key: string; text: string; missing: boolean };

/** An indicator value as the report prints it (the seed's style: «228292,96», «7,46%», «21.11.2024»). */
export function formatIndicator(value: IndicatorValue, unit: IndicatorUnit): string {
  if (value === null || value === '') return '—';
  if (unit === 'date' && typeof value === 'string') {
    const [y, m, d] = value.split('-');
    return d ? `${d}.${m}.${y}` : value;
  }
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  if (unit === 'thousand_rub') return n.toFixed(2).replace('.', ',');
  if (unit === 'percent') return `${n.toFixed(2).replace('.', ',')}%`;
  return String(n);
}

/** Keys a narrative refers to that the catalogue does not know — saved narratives must have none. */
export function unknownIndicatorKeys(text: string): string[] {
  return [...text.matchAll(placeholder)].map((m) => m[1]).filter((k) => !indicatorByKey.has(k));
}

export function indicatorKeysIn(text: string): string[] {
  return [...new Set([...text.matchAll(placeholder)].map((m) => m[1]))];
}

/** Splits a narrative into text and rendered indicators (the UI highlights the latter). */
export function renderNarrativeParts(text: string, values: Record<string, IndicatorValue>): NarrativePart[] {
  const parts: NarrativePart[] = [];
  let last = 0;
  for (const m of text.matchAll(placeholder)) {
    const [whole, key, forms, whenSome, whenNone] = m;
    const start = m.index ?? 0;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    last = start + whole.length;
    const def = indicatorByKey.get(key);
    const value = key in values ? values[key] : null;
    const missing = !def || value === null || value === undefined;
    const shown = def ? formatIndicator(value ?? null, def.unit) : whole;
    let rendered = shown;
    if (whenSome !== undefined) {
      rendered = Number(value) !== 0 && !missing ? whenSome.replaceAll('#', shown) : whenNone;
    } else if (forms) {
      const words = forms.slice(1).split('|');
      const [one, few = one, many = few] = words;
      const word = typeof value === 'number' && Number.isInteger(value) ? pluralRu(value, [one, few, many]) : many;
      rendered = `${shown} ${word}`;
    }
    parts.push({ kind: 'indicator', key, text: rendered, missing });
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

export function renderNarrative(text: string, values: Record<string, IndicatorValue>): string {
  return renderNarrativeParts(text, values)
    .map((p) => p.text)
    .join('');
}
