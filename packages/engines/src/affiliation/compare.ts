/**
 * Compares one staff profile with one counterparty profile field by field and turns the result
 * into the two log-odds of scoring.ts, keeping every comparison as evidence.
 */
import { compareNames } from './compare-names';
import { addressCountKey, type Frequencies } from './frequencies';
import { compareAddresses } from './normalise/address';
import { compareBirthDates } from './normalise/date';
import { compareInn } from './normalise/inn';
import { comparePhones } from './normalise/phone';
import type { Profile } from './profile';
import {
  BIRTH_AGREE_WEIGHT,
  BIRTH_DIFFERENT_WEIGHT,
  BIRTH_TYPO_WEIGHT,
  CONTACT_BASE,
  CONTACT_BASE_EXTRA,
  CONTACT_EXTRA,
  CONTACT_KAPPA,
  CONTACT_LOCALITY_UNKNOWN_PENALTY,
  type ContactKind,
  INN_CONFLICT_WEIGHT,
  INN_DIFFERENT_UNCHECKED_WEIGHT,
  INN_KAPPA,
  LOCALITY_UNKNOWN_PENALTY,
  sharingPenalty,
} from './scoring';
import type { AgreementHow, FieldEvidence } from './types';

export type PairComparison = {
  fields: FieldEvidence[];
  /** Same-person log-odds without the prior ln(π / N). */
  sameWeight: number;
  /** Shared-contact log-odds (−∞ when no contact is shared). */
  contactLogit: number;
  hasNonNameAgreement: boolean;
  hasInnConflict: boolean;
};

type ContactHit = {
  field: 'phone' | 'email' | 'address';
  kind: ContactKind;
  how: AgreementHow;
  staff: string;
  counterparty: string;
  key: string;
  localityUnknown: boolean;
  note?: string;
};

function phoneHits(s: Profile, c: Profile): ContactHit[] {
  const hits: ContactHit[] = [];
  for (const a of s.phones) {
    for (const b of c.phones) {
      const rel = comparePhones(a, b);
      if (rel === 'different') continue;
      const kind: ContactKind = rel === 'same-local' ? 'local' : a.kind === 'mobile' ? 'mobile' : 'landline';
      hits.push({
        field: 'phone',
        kind,
        how: rel === 'same-local' ? 'local-number' : a.raw === b.raw ? 'exact' : 'other-format',
        staff: a.raw,
        counterparty: b.raw,
        key: `p${a.digits}`,
        localityUnknown: false,
      });
    }
  }
  return hits;
}

function emailHits(s: Profile, c: Profile): ContactHit[] {
  const hits: ContactHit[] = [];
  for (const a of s.emails) {
    for (const b of c.emails) {
      if (a.address !== b.address) continue;
      hits.push({
        field: 'email',
        kind: 'email',
        how: a.raw === b.raw ? 'exact' : 'other-form',
        staff: a.raw,
        counterparty: b.raw,
        key: `e${a.address}`,
        localityUnknown: false,
      });
    }
  }
  return hits;
}

const ADDRESS_KIND = { 'same-unit': 'flat', 'same-house': 'house', 'same-building': 'building' } as const;
const ADDRESS_HOW = { 'same-unit': 'same-flat', 'same-house': 'same-house', 'same-building': 'same-building' } as const;

function addressHits(s: Profile, c: Profile): ContactHit[] {
  const hits: ContactHit[] = [];
  for (const a of s.addresses) {
    for (const b of c.addresses) {
      const { relation, locality } = compareAddresses(a, b);
      if (relation === 'different') continue;
      hits.push({
        field: 'address',
        kind: ADDRESS_KIND[relation],
        how: ADDRESS_HOW[relation],
        staff: a.raw,
        counterparty: b.raw,
        key: addressCountKey(a.locality ? a : b),
        localityUnknown: locality === 'unknown',
        note:
          [
            a.raw === b.raw ? undefined : 'other spelling',
            a.isLocalityInferred ? `town ${a.locality} taken from a relative's address` : undefined,
          ]
            .filter(Boolean)
            .join('; ') || undefined,
      });
    }
  }
  return hits;
}

/**
 * Compares a staff profile with a counterparty profile. `lnN` is ln of the population size
 * (scoring.ts): unique identifiers contribute ln N plus their own weight.
 */
export function compareProfiles(
  s: Profile,
  c: Profile,
  freq: Frequencies,
  lnN: number,
  withEvidence = true,
): PairComparison {
  const fields: FieldEvidence[] = [];
  let sameWeight = 0;
  let hasNonNameAgreement = false;
  let hasInnConflict = false;

  if (s.name && c.name) {
    const names = compareNames(s.name, c.name, freq, s.nameSwapped, c.nameSwapped, withEvidence);
    if (withEvidence) fields.push(...names.fields);
    sameWeight += names.weight;
  }

  if (s.inn && c.inn) {
    const rel = compareInn(s.inn, c.inn);
    let weight: number;
    let how: AgreementHow;
    if (rel === 'same') {
      weight = lnN + INN_KAPPA.exact;
      how = c.isInnFromCompany ? 'entrepreneur-inn' : 'exact';
    } else if (rel === 'same-invalid') {
      weight = lnN + INN_KAPPA.sameInvalid;
      how = 'same-invalid';
    } else if (rel === 'typo') {
      weight = lnN + INN_KAPPA.typo;
      how = 'typo';
    } else if (rel === 'different') {
      weight = INN_CONFLICT_WEIGHT;
      how = 'different';
      hasInnConflict = true;
    } else {
      weight = INN_DIFFERENT_UNCHECKED_WEIGHT;
      how = 'different-unchecked';
    }
    if (rel === 'same' || rel === 'same-invalid' || rel === 'typo') hasNonNameAgreement = true;
    const outcome = rel === 'same' ? 'agree' : rel === 'same-invalid' || rel === 'typo' ? 'partial' : 'disagree';
    fields.push({
      field: 'inn',
      outcome,
      how,
      staff: s.innRaw ?? s.inn.digits,
      counterparty: c.innRaw ?? c.inn.digits,
      weight,
    });
    sameWeight += weight;
  }

  if (s.birth && c.birth) {
    const rel = compareBirthDates(s.birth, c.birth);
    const weight = rel === 'same' ? BIRTH_AGREE_WEIGHT : rel === 'typo' ? BIRTH_TYPO_WEIGHT : BIRTH_DIFFERENT_WEIGHT;
    const how: AgreementHow = rel === 'same' ? (s.birthRaw === c.birthRaw ? 'exact' : 'other-format') : rel;
    // A date one typo away is weak: a namesake born a day apart is a different person, so it
    // does not lift the name-only cap on its own.
    if (rel === 'same') hasNonNameAgreement = true;
    fields.push({
      field: 'birth_date',
      outcome: rel === 'same' ? 'agree' : rel === 'typo' ? 'partial' : 'disagree',
      how,
      staff: s.birthRaw ?? s.birth.iso,
      counterparty: c.birthRaw ?? c.birth.iso,
      weight,
    });
    sameWeight += weight;
  }

  // Contact points: the strongest of each field counts; across fields the best counts in full.
  const hits: ContactHit[] = [];
  if (s.phones.length > 0 && c.phones.length > 0) hits.push(...phoneHits(s, c));
  if (s.emails.length > 0 && c.emails.length > 0) hits.push(...emailHits(s, c));
  if (s.addresses.length > 0 && c.addresses.length > 0) hits.push(...addressHits(s, c));
  let contactLogit = Number.NEGATIVE_INFINITY;
  if (hits.length > 0) {
    const bestPerField = new Map<string, { hit: ContactHit; same: number; contact: number }>();
    for (const h of hits) {
      const families = freq.staffGroupCount(h.key);
      const companies = freq.counterpartyGroupCount(h.key);
      const penalty = sharingPenalty(families, companies);
      const locality = h.localityUnknown ? 1 : 0;
      const same = lnN + CONTACT_KAPPA[h.kind] - penalty - locality * LOCALITY_UNKNOWN_PENALTY;
      const contact = CONTACT_BASE[h.kind] - penalty - locality * CONTACT_LOCALITY_UNKNOWN_PENALTY;
      const prev = bestPerField.get(h.field);
      if (!prev || contact > prev.contact) bestPerField.set(h.field, { hit: h, same, contact });
      if (families > 1 || companies > 1)
        h.note = [h.note, `shared by ${families} staff families and ${companies} companies`].filter(Boolean).join('; ');
    }
    const best = [...bestPerField.values()].sort((x, y) => y.contact - x.contact);
    const sameSorted = best.map((b) => b.same).sort((x, y) => y - x);
    sameWeight += sameSorted[0] + CONTACT_EXTRA * (sameSorted.length - 1);
    contactLogit = best[0].contact + CONTACT_BASE_EXTRA * best.slice(1).filter((b) => b.contact > 0).length;
    // A building without the flat, or a city number without its area code, is too weak to lift
    // the name-only cap.
    if (best.some((b) => b.hit.kind !== 'building' && b.hit.kind !== 'local')) hasNonNameAgreement = true;
    for (const b of best) {
      fields.push({
        field: b.hit.field,
        outcome: b.hit.kind === 'building' || b.hit.kind === 'local' ? 'partial' : 'agree',
        how: b.hit.how,
        staff: b.hit.staff,
        counterparty: b.hit.counterparty,
        weight: b.same,
        contactWeight: b.contact,
        note: b.hit.note,
      });
    }
  }
  return { fields, sameWeight, contactLogit, hasNonNameAgreement, hasInnConflict };
}
