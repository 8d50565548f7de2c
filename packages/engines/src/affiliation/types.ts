/**
 * Input and output of the affiliation matcher (Mintrud recommendations of 19.05.2020 on personal
 * interest in procurement: compare the profile of each employee and relative with the profile of
 * each counterparty; see docs/domain.md §4.2).
 */

/** An employee (relation "self") or a relative or in-law of one, as in the personnel anketa. */
export type StaffPerson = {
  id: string;
  employeeId?: string;
  /** "self", "spouse", "child", "parent", "sibling" or another word. */
  relation?: string;
  lastName?: string;
  firstName?: string;
  middleName?: string;
  /** ISO «1980-05-12» or «12.05.1980». */
  birthDate?: string;
  inn?: string;
  phones?: string[];
  emails?: string[];
  addresses?: string[];
};

/** How a person stands to a counterparty company (ЕГРЮЛ/ЕГРИП roles plus contact persons). */
export type CounterpartyRole = 'director' | 'founder' | 'entrepreneur' | 'contact';

export const COUNTERPARTY_ROLES: readonly CounterpartyRole[] = ['director', 'founder', 'entrepreneur', 'contact'];

/** One person of a counterparty (or the company's own contacts when no name is given). */
export type CounterpartyRow = {
  id: string;
  companyInn?: string;
  companyName?: string;
  role?: CounterpartyRole;
  lastName?: string;
  firstName?: string;
  middleName?: string;
  birthDate?: string;
  inn?: string;
  phones?: string[];
  emails?: string[];
  addresses?: string[];
};

export type MatchOptions = {
  /** Links with a lower score are not returned. Default 0.5, the line between «report» and «don't». */
  minScore?: number;
  /**
   * Prior probability that a given staff person is among the counterparty persons at all.
   * Default 0.02 (see scoring.ts).
   */
  priorLinkRate?: number;
  /**
   * Number of people the counterparty persons are drawn from; default max(rows, 100 000).
   * It sets how surprising a shared name or birth date is.
   */
  population?: number;
};

export type MatchField =
  | 'inn'
  | 'last_name'
  | 'first_name'
  | 'middle_name'
  | 'birth_date'
  | 'phone'
  | 'email'
  | 'address'
  | 'gender';

/**
 * How two values compared. Names: exact, normalised (case, spacing, ё/е), transliteration,
 * initial, gender-form (Иванов/Иванова), typo, other-order (surname and first name swapped),
 * different. ИНН: exact, entrepreneur-inn (the person's ИНН is the ИП's company ИНН), typo,
 * same-invalid, different. Dates: exact, other-format, typo, different. Phones: exact,
 * other-format, local-number (a city number without area code). E-mails: exact, other-form.
 * Addresses: same-flat, same-house (neither names a flat), same-building (one does).
 */
export type AgreementHow =
  | 'exact'
  | 'normalised'
  | 'transliteration'
  | 'initial'
  | 'gender-form'
  | 'typo'
  | 'other-order'
  | 'entrepreneur-inn'
  | 'same-invalid'
  | 'other-format'
  | 'local-number'
  | 'other-form'
  | 'same-flat'
  | 'same-house'
  | 'same-building'
  | 'different'
  | 'different-unchecked';

export type FieldEvidence = {
  field: MatchField;
  outcome: 'agree' | 'partial' | 'disagree';
  how: AgreementHow;
  staff: string;
  counterparty: string;
  /** Contribution to the same-person log-odds (natural logarithm). */
  weight: number;
  /** For a phone, e-mail or address: contribution to the shared-contact log-odds. */
  contactWeight?: number;
  note?: string;
};

export type LinkBasis = 'same-person' | 'shared-contact';

export type LinkEvidence = {
  /** Which hypothesis carries the score: the same person, or a shared phone / e-mail / dwelling. */
  basis: LinkBasis;
  /** Probability that the staff person is the counterparty person. */
  samePerson: number;
  /** Probability that they share a household contact point (phone, e-mail, flat or house). */
  sharedContact: number;
  fields: FieldEvidence[];
  /** Why the same-person probability was limited, if it was. */
  cap?: 'name-only' | 'inn-conflict';
  employeeId?: string;
  relation?: string;
  company: { inn?: string; name?: string; role?: CounterpartyRole };
  /** One line in Russian for the working group. */
  summary: string;
};

export type Link = {
  staffId: string;
  counterpartyId: string;
  /** max(samePerson, sharedContact), in [0, 1]; ≥ 0.5 claims a link. */
  score: number;
  evidence: LinkEvidence;
};
