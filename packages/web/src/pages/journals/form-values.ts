import type { FieldDef } from '@antikor/core';
import dayjs, { type Dayjs } from 'dayjs';

/** Registration fields are filled when the entry is registered; processing fields at workflow steps. */
export const stageOf = (f: FieldDef) => f.stage ?? 'registration';

/** An entry's data as form values: dates become date-picker values, the rest stays as it is. */
export function toFormValues(fields: FieldDef[], data: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const f of fields) {
    const v = data[f.key];
    if (v === undefined || v === null) continue;
    values[f.key] = (f.type === 'date' || f.type === 'datetime') && typeof v === 'string' ? dayjs(v) : v;
  }
  return values;
}

/**
 * Form values as an entry's data for the API: dates as 'YYYY-MM-DD' (the calendar date, no time-zone
 * shift), date-times as ISO, text trimmed. An empty field is left out (`empty: 'omit'`, registration and
 * workflow steps: nothing to erase) or sent as null (`empty: 'null'`, a correction that clears it).
 */
export function toData(
  fields: FieldDef[],
  values: Record<string, unknown>,
  empty: 'omit' | 'null',
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    if (!(f.key in values)) continue;
    let v = values[f.key];
    if (dayjs.isDayjs(v)) v = f.type === 'datetime' ? (v as Dayjs).toISOString() : (v as Dayjs).format('YYYY-MM-DD');
    if (typeof v === 'string') v = v.trim();
    if (v === undefined || v === null || v === '') {
      if (empty === 'null') data[f.key] = null;
      continue;
    }
    data[f.key] = v;
  }
  return data;
}
