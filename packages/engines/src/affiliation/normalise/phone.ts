/**
 * Russian phone numbers as people write them: «+7 (923) 456-78-90», «8-923-456-78-90»,
 * «89234567890», «7 923 4567890», «8 (3842) 45-67-89», or a city number without its area code
 * «45-67-89». Full numbers are reduced to the 10-digit national number (ABC/DEF code + subscriber
 * number, Russian numbering plan); a short number keeps its digits and matches the end of a full
 * one only weakly, because the area code is unknown.
 */

export type Phone = {
  /** 10-digit national number, or 5–7 digits of a city number without area code. */
  digits: string;
  kind: 'mobile' | 'landline' | 'local';
  raw: string;
};

/** Splits a field that holds several numbers («8-923-111-22-33, 8 (3842) 45-67-89»). */
export function splitPhones(value: string): string[] {
  return value
    .split(/[,;|\n]|\s{2,}|\s\/\s/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Normalises one phone number; undefined when it cannot be a Russian number. */
export function normalisePhone(value: string): Phone | undefined {
  const raw = value.trim();
  // Extensions are not part of the number: «доб. 123», «ext 12», «#12».
  const main = raw.replace(/(доб\.?|добавочный|вн\.?|ext\.?|#).*$/i, '');
  let digits = main.replace(/\D/g, '');
  if (digits.startsWith('007') && digits.length === 13) digits = digits.slice(3);
  if (digits.length === 11 && (digits[0] === '7' || digits[0] === '8')) digits = digits.slice(1);
  if (digits.length === 10) {
    if (digits[0] === '0' || digits[0] === '1' || digits[0] === '2') return undefined;
    return { digits, kind: digits[0] === '9' ? 'mobile' : 'landline', raw };
  }
  if (digits.length >= 5 && digits.length <= 7) return { digits, kind: 'local', raw };
  return undefined;
}

export type PhoneRelation = 'same' | 'same-local' | 'different';

/** Compares two numbers; a city number without area code matches the end of a full one. */
export function comparePhones(a: Phone, b: Phone): PhoneRelation {
  if (a.digits === b.digits) return a.kind === 'local' ? 'same-local' : 'same';
  if (a.kind === 'local' && b.kind === 'landline' && b.digits.endsWith(a.digits)) return 'same-local';
  if (b.kind === 'local' && a.kind === 'landline' && a.digits.endsWith(b.digits)) return 'same-local';
  return 'different';
}
