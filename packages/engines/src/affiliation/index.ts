/** Affiliation matching engine: staff persons and counterparty rows in, scored links with evidence out. */

export {
  AffiliationInputError,
  COUNTERPARTY_COLUMNS,
  formatIssue,
  type InputIssue,
  MalformedCsv,
  parseCsv,
  readCounterpartyCsv,
  readStaffCsv,
  STAFF_COLUMNS,
} from './csv';
export { matchAffiliation } from './match';
export { matchAffiliationParallel } from './match-parallel';
export { isValidInn, withInnCheckDigits } from './normalise/inn';
export type {
  AgreementHow,
  CounterpartyRole,
  CounterpartyRow,
  FieldEvidence,
  Link,
  LinkBasis,
  LinkEvidence,
  MatchField,
  MatchOptions,
  StaffPerson,
} from './types';
export { COUNTERPARTY_ROLES } from './types';
