/**
 * Normalisers for the values the program writes: decimals with a dot (sometimes a comma and spaces when
 * typed by hand), ISO dates with `0001-01-01` for "empty", Да/Нет and True/False booleans.
 */

/** Trimmed text or null when empty. */
export function cleanText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const t = value.trim();
  return t === '' ? null : t;
}

/**
 * Parses an amount («555133.28», «1 234,56», «1234»). Returns undefined when the text is present but not a
 * number (the caller reports it), null when absent.
 */
export function parseAmount(value: string | null): number | null | undefined {
  if (value === null) return null;
  const t = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (t === '') return null;
  if (!/^[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/**
 * Parses a date into ISO `YYYY-MM-DD`: accepts `YYYY-MM-DD`, `YYYY-MM-DDThh:mm:ss…` and `DD.MM.YYYY`.
 * The program's empty date `0001-01-01` is null. Returns undefined when the text is not a date.
 */
export function parseDate(value: string | null): string | null | undefined {
  if (value === null) return null;
  const t = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(t);
  let iso: string | null = null;
  if (m) iso = `${m[1]}-${m[2]}-${m[3]}`;
  else {
    m = /^(\d{2})\.(\d{2})\.(\d{4})(?:\s.*)?$/.exec(t);
    if (m) iso = `${m[3]}-${m[2]}-${m[1]}`;
  }
  if (!iso) return undefined;
  if (iso.startsWith('0001-')) return null;
  return iso;
}

/** Parses Да/Нет, True/False, 1/0. Undefined when the text is something else. */
export function parseBool(value: string | null): boolean | null | undefined {
  if (value === null) return null;
  const t = value.trim().toLowerCase();
  if (t === 'да' || t === 'true' || t === '1') return true;
  if (t === 'нет' || t === 'false' || t === '0') return false;
  return undefined;
}

const RUSSIA = new Set(['россия', 'российская федерация', 'рф', 'russia', 'russian federation', 'ru', 'rus', '643']);

/** True when a country is given and is not Russia. */
export function isForeignCountry(country: string | null): boolean {
  if (!country) return false;
  return !RUSSIA.has(country.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** Rounds to kopecks, so that sums of amounts compare exactly. */
export function roundKopecks(value: number): number {
  return Math.round(value * 100) / 100;
}
