/**
 * Name comparison: each part (surname, first name, patronymic) agrees exactly, after
 * normalisation (case, spacing, ё/е), in transliteration, by initial, in the other gender form,
 * with one typo, or not at all; the weight of an agreement depends on how common the value is.
 */
import type { Frequencies } from './frequencies';
import { type Gender, type NamePart, type PersonName, isPatronymicLike } from './normalise/names';
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

const FIELD: Record<PartRole, MatchField> = { last: 'last_name', first: 'first_name', middle: 'middle_name' };

function relate(a: NamePart, b: NamePart, stemA?: string, stemB?: string): AgreementHow {
  if (a.isInitial || b.isInitial) return a.skel[0] === b.skel[0] ? 'initial' : 'different';
  if (a.raw === b.raw) return 'exact';
  if (a.clean === b.clean) return 'normalised';
  if (a.skel === b.skel) return a.script !== b.script ? 'transliteration' : 'normalised';
  if (stemA !== undefined && stemA === stemB) return 'gender-form';
  if (Math.min(a.skel.length, b.skel.length) >= 4) {
    if (editDistanceAtMost1(a.skel, b.skel) === 1) return 'typo';
    if (stemA && stemB && editDistanceAtMost1(stemA, stemB) === 1) return 'typo';
  }
  return 'different';
}

function valueShare(role: PartRole, part: NamePart, stem: string | undefined, freq: Frequencies): number {
  if (role === 'last') return freq.surname(stem ?? part.skel);
  return role === 'first' ? freq.firstName(part.skel) : freq.patronymic(part.skel);
}

/** Gender told by the first name and patronymic only (the surname form is what errors change). */
function givenGender(n: PersonName): Gender {
  const m = n.middle && !n.middle.isInitial ? n.middle.skel : '';
  if (/(ovna|evna|ichna|kyzy|kizi)$/.test(m)) return 'f';
  if (isPatronymicLike(m) && /(ich|ogly|ugli)$/.test(m)) return 'm';
  return n.gender === 'u' || !n.first || n.first.isInitial ? 'u' : n.gender;
}

export type NameComparison = {
  fields: FieldEvidence[];
  weight: number;
  /** Parts that agree in any way. */
  agreeing: number;
  isOtherOrder: boolean;
};

function comparePart(role: PartRole, a: NamePart, b: NamePart, sa: PersonName, sb: PersonName, freq: Frequencies, gender: Gender): FieldEvidence {
  const stemA = role === 'last' ? sa.surnameStem : undefined;
  const stemB = role === 'last' ? sb.surnameStem : undefined;
  const how = relate(a, b, stemA, stemB);
  let weight: number;
  switch (how) {
    case 'exact':
    case 'normalised':
    case 'transliteration':
    case 'gender-form': {
      weight = Math.log(M_NAME_AGREE / valueShare(role, a, stemA, freq));
      if (how === 'transliteration') weight -= TRANSLIT_PENALTY;
      if (how === 'gender-form') weight -= GENDER_FORM_PENALTY;
      break;
    }
    case 'initial':
      weight = role === 'last' ? Math.log(M_INITIAL_AGREE / 0.05) : Math.log(M_INITIAL_AGREE / freq.initial(a.skel[0], role));
      break;
    case 'typo': {
      const exact = Math.log(M_NAME_AGREE / valueShare(role, a, stemA, freq));
      const u = valueShare(role, a, stemA, freq) + valueShare(role, b, stemB, freq);
      weight = Math.max(-1, Math.min(exact - 1, Math.log(M_NAME_TYPO / u)));
      break;
    }
    default:
      weight = Math.log(role === 'last' ? M_SURNAME_DIFFERS[gender] : role === 'first' ? M_FIRST_DIFFERS : M_MIDDLE_DIFFERS);
  }
  return {
    field: FIELD[role],
    outcome: how === 'different' ? 'disagree' : how === 'exact' || how === 'normalised' || how === 'transliteration' ? 'agree' : 'partial',
    how,
    staff: a.raw,
    counterparty: b.raw,
    weight,
  };
}

function compareAligned(a: PersonName, b: PersonName, freq: Frequencies): NameComparison {
  const fields: FieldEvidence[] = [];
  const ga = givenGender(a);
  const gb = givenGender(b);
  const gender: Gender = ga !== 'u' ? ga : gb !== 'u' ? gb : a.gender !== 'u' ? a.gender : b.gender;
  let weight = 0;
  let agreeing = 0;
  for (const role of ['last', 'first', 'middle'] as const) {
    const pa = a[role];
    const pb = b[role];
    if (!pa || !pb) continue;
    const f = comparePart(role, pa, pb, a, b, freq, gender);
    fields.push(f);
    weight += f.weight;
    if (f.outcome !== 'disagree') agreeing++;
  }
  if (ga !== 'u' && gb !== 'u' && ga !== gb) {
    fields.push({ field: 'gender', outcome: 'disagree', how: 'different', staff: ga, counterparty: gb, weight: GENDER_CONFLICT_WEIGHT });
    weight += GENDER_CONFLICT_WEIGHT;
  }
  return { fields, weight, agreeing, isOtherOrder: false };
}

/**
 * Compares two names, also in the swapped order when either was parsed from a free-form string
 * of uncertain order or when surname and first name look exchanged between columns.
 */
export function compareNames(
  a: PersonName,
  b: PersonName,
  freq: Frequencies,
  aSwapped?: PersonName,
  bSwapped?: PersonName,
): NameComparison {
  let best = compareAligned(a, b, freq);
  const alternatives: PersonName[][] = [];
  if (bSwapped) alternatives.push([a, bSwapped]);
  if (aSwapped) alternatives.push([aSwapped, b]);
  const crossed =
    a.last && a.first && b.last && b.first && !a.first.isInitial && !b.first.isInitial &&
    a.last.skel === b.first.skel && a.first.skel === b.last.skel && a.last.skel !== a.first.skel;
  if (crossed) alternatives.push([a, { ...b, last: b.first, first: b.last, surnameStem: a.surnameStem }]);
  for (const [x, y] of alternatives) {
    const alt = compareAligned(x, y, freq);
    if (alt.weight > best.weight) best = { ...alt, isOtherOrder: true };
  }
  if (best.isOtherOrder) for (const f of best.fields) f.note = 'surname and first name in the other order';
  return best;
}
