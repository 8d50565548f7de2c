/** Kinds of planted links and decoys, and the records the generator keeps about each row. */
import type { CounterpartyRow, StaffPerson } from '../../packages/engines/src/affiliation/types';
import type { Person, WorldShape } from './world';

export type ScaleName = WorldShape;
export type ScaleSpec = { name: ScaleName; employees: number; companies: number; seed: number };

export const PLANTED_KINDS = [
  'exact',
  'name-format',
  'initials',
  'order',
  'gender-form',
  'married',
  'translit',
  'typo',
  'inn-typo',
  'name-dob',
  'name-phone',
  'entrepreneur',
  'shared-phone',
  'shared-email',
  'shared-address',
] as const;
export type PlantedKind = (typeof PLANTED_KINDS)[number];

export const DECOY_KINDS = [
  'namesake-inn',
  'namesake-dob',
  'namesake-bare',
  'namesake-initials',
  'namesake-translit',
  'sibling-lookalike',
  'neighbour-flat',
  'other-town-flat',
  'office-phone',
] as const;
export type DecoyKind = (typeof DECOY_KINDS)[number];

/** Ids of the phones, e-mails and addresses a row lists. */
export type Listed = { phones: number[]; emails: number[]; addresses: number[] };
export type StaffRec = Listed & { row: StaffPerson; person: Person; hasInn: boolean; hasDob: boolean };
export type CpRec = Listed & {
  row: CounterpartyRow;
  pid?: number;
  planted?: PlantedKind;
  plantedFor?: string;
  decoy?: DecoyKind;
};

export type Dataset = {
  staff: StaffPerson[];
  counterparties: CounterpartyRow[];
  /** "staffId\tcounterpartyId" → kind of link (planted kind, "derived:<kind>" for household members, "background"). */
  truth: Map<string, string>;
  decoyOf: Map<string, DecoyKind>;
};
