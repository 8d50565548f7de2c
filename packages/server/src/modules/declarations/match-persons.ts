/**
 * Matching the people of a «Справки БК» package to the persons who must file (employees and their relatives
 * from HR data) by name and birth date, explaining every difference so the officer can see a typo in a
 * birth date or a changed surname instead of a silent mismatch.
 */
import type { DeclarantRole, PersonDeclaration, PersonName } from '@antikor/engines/spravki-bk';

export type ObligationCandidate = {
  id: string;
  employeeId: string;
  role: DeclarantRole;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
};

export type PersonMatch = {
  obligationId: string | null;
  status: 'matched' | 'mismatch' | 'unmatched';
  notes: string[];
};

export type FamilyMatch = {
  /** The declarant's employee id when found. */
  employeeId: string | null;
  persons: PersonMatch[];
};

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
const fullName = (p: Pick<PersonName, 'lastName' | 'firstName' | 'middleName'>) =>
  [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
const nameKey = (p: Pick<PersonName, 'lastName' | 'firstName' | 'middleName'>) =>
  `${norm(p.lastName)}|${norm(p.firstName)}|${norm(p.middleName)}`;
const ru = (iso: string | null) => (iso ? iso.split('-').reverse().join('.') : 'не указана');
const ROLE_RU: Record<DeclarantRole, string> = {
  self: 'на себя',
  spouse: 'на супруга(у)',
  minor_child: 'на несовершеннолетнего ребёнка',
};

/** Declarants of a campaign indexed for matching many packages. */
export class CandidateIndex {
  private byNameBirth = new Map<string, ObligationCandidate[]>();
  private byName = new Map<string, ObligationCandidate[]>();
  private byGivenBirth = new Map<string, ObligationCandidate[]>();
  private familyOf = new Map<string, ObligationCandidate[]>();

  constructor(candidates: ObligationCandidate[]) {
    const push = (m: Map<string, ObligationCandidate[]>, k: string, c: ObligationCandidate) => {
      const list = m.get(k);
      if (list) list.push(c);
      else m.set(k, [c]);
    };
    for (const c of candidates) {
      if (c.role !== 'self') {
        push(this.familyOf, c.employeeId, c);
        continue;
      }
      push(this.byNameBirth, `${nameKey(c)}|${c.birthDate ?? ''}`, c);
      push(this.byName, nameKey(c), c);
      push(this.byGivenBirth, `${norm(c.firstName)}|${norm(c.middleName)}|${c.birthDate ?? ''}`, c);
    }
  }

  /** The declarant: exact name and birth date; else the same name with another birth date, or the same given names and birth date with another surname. */
  matchDeclarant(p: PersonName): {
    candidate: ObligationCandidate | null;
    status: PersonMatch['status'];
    notes: string[];
  } {
    const exact = this.byNameBirth.get(`${nameKey(p)}|${p.birthDate ?? ''}`);
    if (exact?.length === 1) return { candidate: exact[0], status: 'matched', notes: [] };
    if (exact && exact.length > 1)
      return {
        candidate: null,
        status: 'unmatched',
        notes: [
          `Несколько сотрудников с ФИО «${fullName(p)}» и датой рождения ${ru(p.birthDate)}: сопоставьте вручную`,
        ],
      };
    const sameName = this.byName.get(nameKey(p));
    if (sameName?.length === 1)
      return {
        candidate: sameName[0],
        status: 'mismatch',
        notes: [`Дата рождения: в справке ${ru(p.birthDate)}, в кадровых данных ${ru(sameName[0].birthDate)}`],
      };
    const sameGiven = this.byGivenBirth.get(`${norm(p.firstName)}|${norm(p.middleName)}|${p.birthDate ?? ''}`);
    if (sameGiven?.length === 1 && p.birthDate)
      return {
        candidate: sameGiven[0],
        status: 'mismatch',
        notes: [`Фамилия: в справке «${p.lastName ?? ''}», в кадровых данных «${sameGiven[0].lastName}»`],
      };
    return {
      candidate: null,
      status: 'unmatched',
      notes: [`Декларант «${fullName(p)}» (${ru(p.birthDate)}) не найден среди лиц, обязанных представить сведения`],
    };
  }

  family(employeeId: string): ObligationCandidate[] {
    return this.familyOf.get(employeeId) ?? [];
  }
}

function matchRelative(p: PersonDeclaration, family: ObligationCandidate[], taken: Set<string>): PersonMatch {
  const free = family.filter((c) => !taken.has(c.id));
  const found =
    free.find((c) => norm(c.firstName) === norm(p.firstName) && c.birthDate === p.birthDate) ??
    free.find((c) => nameKey(c) === nameKey(p)) ??
    free.find((c) => c.birthDate !== null && c.birthDate === p.birthDate && c.role === p.role);
  if (!found)
    return {
      obligationId: null,
      status: 'unmatched',
      notes: [
        `«${fullName(p)}» (${ru(p.birthDate)}, справка ${ROLE_RU[p.role]}) нет среди членов семьи в кадровых данных`,
      ],
    };
  taken.add(found.id);
  const notes: string[] = [];
  if (found.birthDate !== p.birthDate)
    notes.push(`Дата рождения: в справке ${ru(p.birthDate)}, в кадровых данных ${ru(found.birthDate)}`);
  if (norm(found.lastName) !== norm(p.lastName))
    notes.push(`Фамилия: в справке «${p.lastName ?? ''}», в кадровых данных «${found.lastName}»`);
  if (norm(found.middleName) !== norm(p.middleName))
    notes.push(`Отчество: в справке «${p.middleName ?? ''}», в кадровых данных «${found.middleName ?? ''}»`);
  if (found.role !== p.role) notes.push(`Справка ${ROLE_RU[p.role]}, в кадровых данных — ${ROLE_RU[found.role]}`);
  return { obligationId: found.id, status: notes.length ? 'mismatch' : 'matched', notes };
}

/** Matches every form of one package: the declarant first, then the family among that employee's relatives. */
export function matchFamily(persons: PersonDeclaration[], index: CandidateIndex): FamilyMatch {
  const self = persons.find((p) => p.role === 'self');
  const declarant = self ?? persons[0]?.declarant;
  if (!declarant) return { employeeId: null, persons: [] };
  const d = index.matchDeclarant(self ?? declarant);
  const employeeId = d.candidate?.employeeId ?? null;
  const family = employeeId ? index.family(employeeId) : [];
  const taken = new Set<string>();
  return {
    employeeId,
    persons: persons.map((p) => {
      if (p.role === 'self') return { obligationId: d.candidate?.id ?? null, status: d.status, notes: d.notes };
      if (!employeeId)
        return { obligationId: null, status: 'unmatched', notes: ['Декларант не сопоставлен с сотрудником'] };
      return matchRelative(p, family, taken);
    }),
  };
}

/** The family's key while the declarant is not matched: name and birth date from the package. */
export function unmatchedFamilyKey(p: PersonName): string {
  return `?${nameKey(p)}|${p.birthDate ?? ''}`;
}
