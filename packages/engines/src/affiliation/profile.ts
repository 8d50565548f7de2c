/**
 * Normalised profile of one staff person or counterparty row: the «профиль» of the Mintrud
 * recommendations, with every identifier in a comparable form.
 */
import { type Address, parseAddress } from './normalise/address';
import { type BirthDate, parseBirthDate } from './normalise/date';
import { type Email, normaliseEmail, splitEmails } from './normalise/email';
import { type Inn, normaliseInn } from './normalise/inn';
import { type PersonName, parsePersonName, swapSurnameAndFirst } from './normalise/names';
import { normalisePhone, type Phone, splitPhones } from './normalise/phone';
import type { CounterpartyRow, StaffPerson } from './types';

export type Profile = {
  name?: PersonName;
  /** The name read in the other order, when it came as one string of uncertain order. */
  nameSwapped?: PersonName;
  birth?: BirthDate;
  birthRaw?: string;
  inn?: Inn;
  innRaw?: string;
  /** The ИНН is the company ИНН of an entrepreneur (ИП), whose ИНН is the person's own. */
  isInnFromCompany?: boolean;
  phones: Phone[];
  emails: Email[];
  addresses: Address[];
  /** Staff: the employee the person belongs to. Counterparty: the company. */
  group: string;
};

type PersonFields = Pick<
  StaffPerson,
  'lastName' | 'firstName' | 'middleName' | 'birthDate' | 'inn' | 'phones' | 'emails' | 'addresses'
>;

const NONE: never[] = [];

function dedupe<T>(items: (T | undefined)[], key: (t: T) => string): T[] {
  if (items.length === 0) return NONE;
  if (items.length === 1) return items[0] === undefined ? NONE : [items[0]];
  const seen = new Set<string>();
  const out: T[] = [];
  for (const it of items) {
    if (!it) continue;
    const k = key(it);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(it);
  }
  return out;
}

type Contacts = Pick<Profile, 'phones' | 'emails' | 'addresses' | 'group'>;

function contactsOf(p: PersonFields, group: string): Contacts {
  const phones = p.phones?.length ? dedupe(p.phones.flatMap(splitPhones).map(normalisePhone), (x) => x.digits) : NONE;
  const emails = p.emails?.length ? dedupe(p.emails.flatMap(splitEmails).map(normaliseEmail), (x) => x.address) : NONE;
  const addresses = p.addresses?.length
    ? dedupe(
        p.addresses.map((a) => parseAddress(a)),
        (a) => `${a.locality}|${a.street}|${a.house}|${a.unit}`,
      )
    : NONE;
  return { phones, emails, addresses, group };
}

const companyGroup = (r: CounterpartyRow) => r.companyInn?.trim() || r.companyName?.trim() || r.id;

/** Only the phones, e-mails and addresses of a counterparty row (for counting shared contacts). */
export function counterpartyContacts(r: CounterpartyRow): Contacts {
  return contactsOf(r, companyGroup(r));
}

function baseProfile(p: PersonFields, group: string): Profile {
  const name = parsePersonName(p.lastName, p.firstName, p.middleName);
  const { phones, emails, addresses } = contactsOf(p, group);
  // A person's ИНН has 12 digits; 10 digits in a person's column is an organisation's ИНН put
  // there by mistake and says nothing about the person (11 or 13 digits: a typo, kept).
  const given = normaliseInn(p.inn);
  const inn = given && given.digits.length >= 11 ? given : undefined;
  return {
    name,
    nameSwapped: name?.isOrderUncertain ? swapSurnameAndFirst(name) : undefined,
    birth: parseBirthDate(p.birthDate),
    birthRaw: p.birthDate?.trim() || undefined,
    inn,
    innRaw: inn ? p.inn?.trim() : undefined,
    phones,
    emails,
    addresses,
    group,
  };
}

/** Profile of an employee or relative; the group is the employee. */
export function staffProfile(p: StaffPerson): Profile {
  return baseProfile(p, p.employeeId?.trim() || p.id);
}

/**
 * Profile of a counterparty row; the group is the company. An entrepreneur's company ИНН is a
 * 12-digit personal ИНН (ИНН ИП = ИНН физического лица), so it stands in for a missing person ИНН
 * on the entrepreneur's own row and on a row with the company's contacts only.
 */
export function counterpartyProfile(r: CounterpartyRow): Profile {
  const profile = baseProfile(r, companyGroup(r));
  if (!profile.inn && (r.role === 'entrepreneur' || !profile.name)) {
    const company = normaliseInn(r.companyInn);
    if (company && company.digits.length === 12) {
      profile.inn = company;
      profile.innRaw = r.companyInn?.trim();
      profile.isInnFromCompany = true;
    }
  }
  return profile;
}

/**
 * Fills a missing town from another address of the same family (or company) naming the same
 * street, house and flat with its town: an anketa often gives the town once and leaves it out
 * for the relatives living there. Ambiguous cases (two towns) are left alone.
 */
export function completeLocalities(profiles: readonly Profile[]): void {
  const known = new Map<string, string | null>();
  const keyOf = (p: Profile, a: Address) => `${p.group}\u0001${a.street}|${a.house}|${a.unit ?? ''}`;
  for (const p of profiles) {
    for (const a of p.addresses) {
      if (!a.locality) continue;
      const k = keyOf(p, a);
      const prev = known.get(k);
      if (prev === undefined) known.set(k, a.locality);
      else if (prev !== a.locality) known.set(k, null);
    }
  }
  for (const p of profiles) {
    if (!p.addresses.some((a) => !a.locality)) continue;
    p.addresses = p.addresses.map((a) => {
      const locality = a.locality ? undefined : known.get(keyOf(p, a));
      return locality ? { ...a, locality, isLocalityInferred: true } : a;
    });
  }
}
