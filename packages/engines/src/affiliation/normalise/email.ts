/**
 * E-mail addresses: case, stray spaces and «mailto:» removed; the aliases one mailbox has in
 * Russian webmail (Yandex answers at ya.ru, yandex.ru, yandex.com, … for the same login; Gmail
 * ignores dots and "+tags" in the login) collapse to one form.
 */

export type Email = { address: string; raw: string };

const YANDEX_DOMAINS = new Set(['ya.ru', 'yandex.ru', 'yandex.com', 'yandex.by', 'yandex.kz', 'yandex.ua', 'narod.ru']);

/** Normalises one address; undefined when it is not an e-mail address. */
export function normaliseEmail(value: string): Email | undefined {
  const raw = value.trim();
  const s = raw
    .toLowerCase()
    .replace(/^mailto:/, '')
    .replace(/\s+/g, '');
  const m = /^([^@<>()]+)@([\p{L}0-9.-]+\.[\p{L}0-9-]+)$/u.exec(s);
  if (!m) return undefined;
  let [, login, domain] = m;
  if (YANDEX_DOMAINS.has(domain)) {
    domain = 'yandex.ru';
    login = login.replace(/\./g, '-'); // Yandex treats «ivan.petrov» and «ivan-petrov» as one login
  } else if (domain === 'gmail.com' || domain === 'googlemail.com') {
    domain = 'gmail.com';
    login = login.replace(/\+.*$/, '').replace(/\./g, '');
  }
  return { address: `${login}@${domain}`, raw };
}

/** Splits a field that holds several addresses. */
export function splitEmails(value: string): string[] {
  return value
    .split(/[,;|\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
