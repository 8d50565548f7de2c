import type { FieldDef } from './types.js';

/** A field value as Russian documents write it: dates ДД.ММ.ГГГГ, money with kopecks, choices by label. */
export function formatFieldValue(f: FieldDef, v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  switch (f.type) {
    case 'date': {
      const [y, m, d] = String(v).slice(0, 10).split('-');
      return `${d}.${m}.${y}`;
    }
    case 'datetime': {
      const dt = new Date(String(v));
      if (Number.isNaN(dt.getTime())) return String(v);
      return dt.toLocaleString('ru-RU', {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'UTC',
      });
    }
    case 'boolean':
      return v ? 'да' : 'нет';
    case 'money':
      return Number(v).toLocaleString('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case 'select':
      return f.options?.find((o) => o.value === v)?.label ?? String(v);
    default:
      return String(v);
  }
}
