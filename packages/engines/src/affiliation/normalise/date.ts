/**
 * Birth dates in the forms met in Russian records: ISO «1980-05-12», «12.05.1980», «12/05/1980»,
 * «12-05-1980», «12.05.80», with or without a time part.
 */

export type BirthDate = {
  iso: string;
  year: number;
  month: number;
  day: number /** One integer per date, for indexing. */;
  key: number;
};

function make(year: number, month: number, day: number): BirthDate | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return undefined;
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > dim) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, year, month, day, key: year * 416 + month * 32 + day };
}

/**
 * Parses a birth date; undefined when the text is not a date in a known form or not a real
 * calendar date. Two-digit years are read as 19xx unless that would be more than 100 years
 * before `referenceYear`.
 */
export function parseBirthDate(
  value: string | undefined,
  referenceYear = new Date().getFullYear(),
): BirthDate | undefined {
  if (!value) return undefined;
  const s = value
    .trim()
    .replace(/[T\s].*$/, '')
    .replace(/г\.?$/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(s);
  if (m) {
    let year = Number(m[3]);
    if (m[3].length === 2) year += 1900 + year < referenceYear - 100 ? 2000 : 1900;
    return make(year, Number(m[2]), Number(m[1]));
  }
  return undefined;
}

export type DateRelation = 'same' | 'typo' | 'different';

/**
 * Compares two birth dates. A "typo" is one wrong digit, day and month swapped, or two neighbour
 * digits swapped — the errors of manual entry — and is weaker evidence than the same date.
 */
export function compareBirthDates(a: BirthDate, b: BirthDate): DateRelation {
  if (a.iso === b.iso) return 'same';
  if (a.year === b.year && a.day === b.month && a.month === b.day) return 'typo';
  const da = a.iso.replace(/-/g, '');
  const db = b.iso.replace(/-/g, '');
  let diff = 0;
  let first = -1;
  for (let i = 0; i < 8; i++) {
    if (da[i] !== db[i]) {
      if (diff === 0) first = i;
      diff++;
    }
  }
  if (diff === 1) return 'typo';
  if (diff === 2 && da[first] === db[first + 1] && da[first + 1] === db[first]) return 'typo';
  return 'different';
}
