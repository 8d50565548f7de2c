/**
 * Scoring model and its calibration.
 *
 * A link is claimed under one of two hypotheses, each scored as a probability:
 *
 * 1. Same person (Fellegi–Sunter record linkage). Posterior log-odds =
 *      ln(π / N)                           prior: a given staff person is among the counterparty
 *                                          persons with probability π (PRIOR_LINK_RATE) and any one
 *                                          of N people could be the one
 *    + Σ ln(m / u) over compared fields    m = P(field agrees this way | same person),
 *                                          u = P(it agrees this way | different people).
 *    For names u is the share of the value among the staff persons, smoothed towards the
 *    Russia-wide share (frequencies.ts), so «Иванов» weighs less than «Збруев»; for a birth date
 *    u = 1 / (365.25 · 60), births spread over about sixty years. Identifiers that are unique to a person or a household (ИНН, phone, e-mail,
 *    dwelling) have u = ρ / N, with ρ the expected number of *other* people sharing the value (a
 *    household shares a flat and often a landline), so they contribute ln N + ln(m / ρ) and an
 *    ИНН alone lands at ln(π) + ln(m / ρ) whatever N is. Contact points are correlated (one
 *    household has them all), so only the strongest counts in full and each further one adds
 *    CONTACT_EXTRA.
 *    Caps, because the issue's rules are absolute: a match on the name alone (nothing but name
 *    parts agree) is at most NAME_ONLY_CAP — a weak link for review, never a claim; two valid
 *    and different ИНН mean two people (the ИНН is assigned once for life) whatever else agrees,
 *    capped at INN_CONFLICT_CAP.
 *
 * 2. Shared contact point: the counterparty uses a phone, e-mail, flat or private house of the
 *    staff person's household (Mintrud 2020: «совпадение адресов, телефонов, адресов электронной
 *    почты»). Its log-odds are set directly per kind of contact (CONTACT_BASE), then lowered by
 *    ln(families) when several employees' families list the value and by ln(companies / 3) when
 *    more than three companies use it: a switchboard, a registration agent or an address of mass
 *    registration is not a household.
 *
 * score = max(P(same person), P(shared contact)); 0.5 is the line between «report» and «don't».
 *
 * Calibration. The m-probabilities are error rates of manual entry and of registries (a surname
 * differs for ~15 % of women across sources because of marriage, ~3 % of men; a first name or a
 * patronymic is wrong in ~2–3 % of records; a birth date in ~1 %), ρ values are household sizes
 * and number re-use. They were fixed from those rates, not fitted to the benchmark, with one
 * exception: the penalty for an address whose town is missing on one side was raised after the
 * benchmark showed such a flat match alone to be another town's flat about as often as the
 * employee's (CONTACT_LOCALITY_UNKNOWN_PENALTY). The caps are ceilings, not estimates: on the
 * synthetic data fewer than 1 % of name-only matches at the 0.35 cap are true links. π = 0.02
 * assumes about one staff person in fifty founds, directs or represents some counterparty; a
 * different π shifts every same-person log-odds by the same amount (options.priorLinkRate).
 * The benchmark (bench/affiliation.ts) prints how many links fall in each score band and their
 * precision, which is how the calibration is checked on synthetic data.
 */

export const PRIOR_LINK_RATE = 0.02;
/** The population counterparty persons are drawn from is at least this large. */
export const MIN_POPULATION = 100_000;

/** P(part agrees | same person) for a written-out name part. */
export const M_NAME_AGREE = 0.95;
/** P(one part is an initial that agrees | same person). */
export const M_INITIAL_AGREE = 0.98;
/** P(one typo | same person): used with u = f(a) + f(b), the mass of both spellings. */
export const M_NAME_TYPO = 0.04;
/** Penalty for a transliterated part (two systems may map different names to one spelling). */
export const TRANSLIT_PENALTY = 0.2;
/** Penalty for the other gender form of the surname (Иванов/Иванова): an entry error, rarer than agreement. */
export const GENDER_FORM_PENALTY = 1.0;
/** P(surname differs | same person) by the person's gender (married women change surname). */
export const M_SURNAME_DIFFERS = { f: 0.15, m: 0.03, u: 0.08 } as const;
export const M_FIRST_DIFFERS = 0.02;
export const M_MIDDLE_DIFFERS = 0.03;
/** First name and patronymic say different genders: different people. */
export const GENDER_CONFLICT_WEIGHT = -4;

/** Birth dates: agreement u = 1 / (365.25 · 60). */
export const BIRTH_AGREE_WEIGHT = Math.log(0.97 * 365.25 * 60);
/** One digit wrong, day and month swapped: about 40 such neighbours for a random date. */
export const BIRTH_TYPO_WEIGHT = Math.log((0.02 * 365.25 * 60) / 40);
export const BIRTH_DIFFERENT_WEIGHT = Math.log(0.01);

/**
 * ИНН: ln(m / ρ) added to ln N. An exact valid ИНН alone gives ln(0.02) + 6.5 ≈ 2.6 (P ≈ 0.93);
 * a number failing its check is a typo of some number, not proof (issue 6), hence less.
 */
export const INN_KAPPA = { exact: 6.5, sameInvalid: 3.5, typo: 2.5 } as const;
export const INN_DIFFERENT_UNCHECKED_WEIGHT = -2;
export const INN_CONFLICT_WEIGHT = -12;

/**
 * Contact points in the same-person hypothesis, ln(m / ρ) added to ln N: m ≈ 0.5 (people have
 * several numbers and addresses), ρ = 0.5 others per mobile, 2 per landline (household), 0.3
 * per e-mail, 2.5 per flat, 10 per house without flat, 100 per building.
 */
export const CONTACT_KAPPA = {
  mobile: Math.log(0.5 / 0.5),
  landline: Math.log(0.5 / 2),
  local: Math.log(0.5 / 20),
  email: Math.log(0.5 / 0.3),
  flat: Math.log(0.5 / 2.5),
  house: Math.log(0.5 / 10),
  building: Math.log(0.5 / 100),
} as const;
/** A locality missing on one side: the same street and house may be in another town. */
export const LOCALITY_UNKNOWN_PENALTY = 0.7;
export const CONTACT_EXTRA = 0.5;

/** Shared-contact hypothesis: log-odds for one household contact used by the counterparty. */
export const CONTACT_BASE = {
  mobile: 3.0,
  landline: 2.0,
  local: -1.0,
  email: 3.0,
  flat: 2.5,
  house: 1.0,
  building: -3.0,
} as const;
/** Locality known on one side only: a flat «ул. Ленина, 5-12» may be in another town. */
export const CONTACT_LOCALITY_UNKNOWN_PENALTY = 2.7;
/** Each further kind of contact shared (phone and flat) adds this. */
export const CONTACT_BASE_EXTRA = 1.0;
/** Up to this many companies share a contact without suspicion (one person, several firms). */
export const CONTACT_FREE_COMPANIES = 3;

export const NAME_ONLY_CAP = 0.35;
export const INN_CONFLICT_CAP = 0.05;

export type ContactKind = keyof typeof CONTACT_BASE;

/** Logistic function: log-odds to probability. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Lowers a contact's weight when several families or many companies share it. */
export function sharingPenalty(staffFamilies: number, companies: number): number {
  return Math.log(Math.max(1, staffFamilies)) + Math.log(Math.max(1, companies / CONTACT_FREE_COMPANIES));
}
