/**
 * ИНН (taxpayer number): 10 digits for an organisation, 12 for a person or an entrepreneur; the
 * last one or two digits are check digits (structure per Приказ ФНС России от 29.06.2012
 * № ММВ-7-6/435@). The check-digit algorithm is the widely published one (weighted sum modulo 11,
 * then modulo 10) — the order names the check digits but does not print the weights.
 * A number that fails the check is kept: it is most likely the right number with a typo, which
 * the comparator treats as weaker evidence than an exact match.
 */

export type Inn = {
  digits: string;
  /** Length 10 or 12 and both check digits right. */
  isValid: boolean;
};

const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: string, weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i] * (digits.charCodeAt(i) - 48);
  return (sum % 11) % 10;
}

/** True when a 10- or 12-digit string has correct check digits. */
export function isValidInn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  if (digits.length === 10) return checkDigit(digits, W10) === digits.charCodeAt(9) - 48;
  if (digits.length === 12) {
    return (
      checkDigit(digits, W11) === digits.charCodeAt(10) - 48 && checkDigit(digits, W12) === digits.charCodeAt(11) - 48
    );
  }
  return false;
}

/** Completes the first 9 (or 10) digits with check digits: a valid ИНН for tests and generators. */
export function withInnCheckDigits(body: string): string {
  if (body.length === 9) return body + checkDigit(body, W10);
  if (body.length === 10) {
    const d11 = body + checkDigit(body, W11);
    return d11 + checkDigit(d11, W12);
  }
  throw new Error(`ИНН body must have 9 or 10 digits, got ${body.length}`);
}

/**
 * Normalises an ИНН as written («7707 083893», «ИНН 770708389301»). Returns undefined when no
 * digits are left or when the digits cannot be an ИНН (fewer than 9 or more than 13).
 */
export function normaliseInn(value: string | undefined): Inn | undefined {
  if (!value) return undefined;
  const digits = value.replace(/\D/g, '');
  if (digits.length < 9 || digits.length > 13) return undefined;
  if (/^0+$/.test(digits)) return undefined;
  return { digits, isValid: isValidInn(digits) };
}

export type InnRelation = 'same' | 'same-invalid' | 'typo' | 'different' | 'different-unchecked';

/**
 * How two ИНН relate: the same valid number, the same number failing the check (both copies of
 * one wrong entry), one typo apart (a substitution, a swap of neighbours, a lost or extra digit)
 * with at least one side failing the check, or different numbers.
 */
export function compareInn(a: Inn, b: Inn): InnRelation {
  if (a.digits === b.digits) return a.isValid ? 'same' : 'same-invalid';
  if (a.isValid && b.isValid) return 'different';
  if (isOneTypoApart(a.digits, b.digits)) return 'typo';
  return 'different-unchecked';
}

function isOneTypoApart(a: string, b: string): boolean {
  if (a.length === b.length) {
    let diff = 0;
    let first = -1;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        if (diff === 0) first = i;
        diff++;
      }
    }
    if (diff === 1) return true;
    return diff === 2 && a[first] === b[first + 1] && a[first + 1] === b[first];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * Every string one typo away from an invalid ИНН that could be the valid number meant: single
 * digit substitutions, neighbour swaps, one deleted or one inserted digit. Used to look up a
 * mistyped number in an index of exact numbers without indexing every variant of every number.
 */
export function innTypoCandidates(digits: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < digits.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String.fromCharCode(48 + d);
      if (c !== digits[i]) out.add(digits.slice(0, i) + c + digits.slice(i + 1));
    }
    if (i + 1 < digits.length && digits[i] !== digits[i + 1]) {
      out.add(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
    }
  }
  if (digits.length === 11 || digits.length === 13 || digits.length === 9) {
    for (let i = 0; i <= digits.length; i++) {
      if (digits.length === 13 || digits.length === 11) out.add(digits.slice(0, i) + digits.slice(i + 1));
      if (digits.length === 11 || digits.length === 9) {
        for (let d = 0; d <= 9; d++) out.add(digits.slice(0, i) + d + digits.slice(i));
      }
    }
  }
  return [...out].filter((c) => isValidInn(c));
}
