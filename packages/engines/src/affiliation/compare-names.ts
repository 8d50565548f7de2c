/**
 * Name comparison: each part (surname, first name, patronymic) agrees exactly, after
 * normalisation (case, spacing, ё/е), in transliteration, by initial, in the other gender form,
 * with one typo, or not at all; the weight of an agreement depends on how common the value is.
 */
import type { Frequencies } from './frequencies';
import { type Gender, type NamePart, type PersonName, withSurname } from './normalise/names';
import { editDistanceAtMost1 } from './normalise/text';
import {
  GENDER_CONFLICT_WEIGHT,
  GENDER_FORM_PENALTY,
  M_FIRST_DIFFERS,
  M_INITIAL_AGREE,
  M_MIDDLE_DIFFERS,
  M_NAME_AGREE,
  M_NAME_TYPO,
  M_SURNAME_DIFFERS,
  TRANSLIT_PENALTY,
} from './scoring';
import type { AgreementHow, FieldEvidence, MatchField } from './types';

type PartRole = 'last' | 'first' | 'middle';

const ROLES: readonly PartRole[] = ['last', 'first', 'middle'];
const FIELD: Record<PartRole, MatchField> = { last: 'last_name', first: 'first_name', middle: 'middle_name' };
const LN_DIFFERS = {
  last: { f: Math.log(M_SURNAME_DIFFERS.f), m: Math.log(M_SURNAME_DIFFERS.m), u: Math.log(M_SURNAME_DIFFERS.u) },
  first: Math.log(M_FIRST_DIFFERS),
  middle: Math.log(M_MIDDLE_DIFFERS),
};

function relate(a: NamePart, b: NamePart, stemA?: string, stemB?: string): AgreementHow {
  if (a.isInitial || b.isInitial) return a.skel[0] === b.skel[0] ? 'initial' : 'different';
  if (a.raw === b.raw) return 'exact';
  if (a.clean === b.clean) return 'normalised';
  if (a.skel === b.skel) return a.script !== b.script ? 'transliteration' : 'normalised';
  if (stemA !== undefined && stemA === stemB) return 'gender-form';
  if (Math.min(a.skel.length, b.skel.length) >= 4) {
    // one typo: in the letters as written when both are in one script, else in the skeletons
    const x = a.script === b.script ? a.clean : a.skel;
    const y = a.script === b.script ? b.clean : b.skel;
    if (editDistanceAtMost1(x, y) === 1) return 'typo';
    if (stemA && stemB && editDistanceAtMost1(stemA, stemB) === 1) return 'typo';
  }
  return 'different';
}

function share(role: PartRole, part: NamePart, stem: string | undefined, freq: Frequencies): number {
  if (role === 'last') return freq.surname(stem ?? part.skel);
  return role === 'first' ? freq.firstName(part.skel) : freq.patronymic(part.skel);
}

/** Gender told by the first name and patronymic only (the surname form is what errors change). */
function givenGender(n: PersonName): Gender {
  if (n.middle && n.middle.genderAs.middle !== 'u') return n.middle.genderAs.middle;
  return n.first ? n.first.genderAs.first : 'u';
}

export type NameComparison = {
  /** Filled only when evidence was asked for. */
  fields: FieldEvidence[];
  weight: number;
  isOtherOrder: boolean;
};

function partWeight(
  role: PartRole,
  how: AgreementHow,
  a: NamePart,
  b: NamePart,
  stemA: string | undefined,
  stemB: string | undefined,
  freq: Frequencies,
  gender: Gender,
): number {
  switch (how) {
    case 'exact':
    case 'normalised':
      return Math.log(M_NAME_AGREE / share(role, a, stemA, freq));
    case 'transliteration':
      return Math.log(M_NAME_AGREE / share(role, a, stemA, freq)) - TRANSLIT_PENALTY;
    case 'gender-form':
      return Math.log(M_NAME_AGREE / share(role, a, stemA, freq)) - GENDER_FORM_PENALTY;
    case 'initial':
      return role === 'last'
        ? Math.log(M_INITIAL_AGREE / 0.05)
        : Math.log(M_INITIAL_AGREE / freq.initial(a.skel[0], role));
    case 'typo': {
      const sa = share(role, a, stemA, freq);
      const exact = Math.log(M_NAME_AGREE / sa);
      return Math.max(-1, Math.min(exact - 1, Math.log(M_NAME_TYPO / (sa + share(role, b, stemB, freq)))));
    }
    default:
      return role === 'last' ? LN_DIFFERS.last[gender] : LN_DIFFERS[role];
  }
}

function compareAligned(a: PersonName, b: PersonName, freq: Frequencies, withEvidence: boolean): NameComparison {
  const fields: FieldEvidence[] = [];
  const ga = givenGender(a);
  const gb = givenGender(b);
  const gender: Gender = ga !== 'u' ? ga : gb !== 'u' ? gb : a.gender !== 'u' ? a.gender : b.gender;
  let weight = 0;
  for (const role of ROLES) {
    const pa = a[role];
    const pb = b[role];
    if (!pa || !pb) continue;
    const stemA = role === 'last' ? a.surnameStem : undefined;
    const stemB = role === 'last' ? b.surnameStem : undefined;
    const how = relate(pa, pb, stemA, stemB);
    const w = partWeight(role, how, pa, pb, stemA, stemB, freq, gender);
    weight += w;
    if (withEvidence) {
      const outcome =
        how === 'different'
          ? 'disagree'
          : how === 'exact' || how === 'normalised' || how === 'transliteration'
            ? 'agree'
            : 'partial';
      fields.push({ field: FIELD[role], outcome, how, staff: pa.raw, counterparty: pb.raw, weight: w });
    }
  }
  if (ga !== 'u' && gb !== 'u' && ga !== gb) {
    weight += GENDER_CONFLICT_WEIGHT;
    if (withEvidence)
      fields.push({
        field: 'gender',
        outcome: 'disagree',
        how: 'different',
        staff: ga,
        counterparty: gb,
        weight: GENDER_CONFLICT_WEIGHT,
      });
  }
  return { fields, weight, isOtherOrder: false };
}

/**
 * Compares two names, also in the swapped order when either was parsed from a free-form string
 * of uncertain order or when surname and first name look exchanged between columns.
 */
export function compareNames(
  a: PersonName,
  b: PersonName,
  freq: Frequencies,
  aSwapped: PersonName | undefined,
  bSwapped: PersonName | undefined,
  withEvidence: boolean,
): NameComparison {
  let best = compareAligned(a, b, freq, withEvidence);
  const crossed =
    a.last &&
    a.first &&
    b.last &&
    b.first &&
    !a.first.isInitial &&
    !b.first.isInitial &&
    a.last.skel === b.first.skel &&
    a.first.skel === b.last.skel &&
    a.last.skel !== a.first.skel;
  if (bSwapped || aSwapped || crossed || a.formerLast || b.formerLast) {
    const ORDER = 'surname and first name in the other order';
    const alternatives: [PersonName, PersonName, string][] = [];
    if (bSwapped) alternatives.push([a, bSwapped, ORDER]);
    if (aSwapped) alternatives.push([aSwapped, b, ORDER]);
    if (crossed) alternatives.push([a, { ...b, last: b.first, first: b.last, surnameStem: a.surnameStem }, ORDER]);
    if (a.formerLast) alternatives.push([withSurname(a, a.formerLast), b, `staff former surname ${a.formerLast.raw}`]);
    if (b.formerLast)
      alternatives.push([a, withSurname(b, b.formerLast), `counterparty former surname ${b.formerLast.raw}`]);
    let note: string | undefined;
    for (const [x, y, why] of alternatives) {
      const alt = compareAligned(x, y, freq, withEvidence);
      if (alt.weight > best.weight) {
        best = { ...alt, isOtherOrder: why === ORDER };
        note = why;
      }
    }
    if (note) for (const f of best.fields) f.note = note;
  }
  return best;
}
