/**
 * Blocking: instead of comparing every staff person with every counterparty row (150 000 ×
 * 1 000 000 pairs at region scale), staff profiles are indexed under rare keys and each
 * counterparty row is compared only with the staff persons sharing at least one key:
 * - the ИНН, and for a number failing its check the valid numbers one typo away;
 * - the surname stem with the first and patronymic initials (requiring both keeps the blocks of
 *   common surnames small), and the stems one typo away (symmetric-delete index over the
 *   distinct staff stems);
 * - the birth date, with the first initial (a married woman under another surname) or the
 *   surname stem (a typo in the first letter of the first name);
 * - each phone (and the last 5–7 digits of city numbers), e-mail and dwelling.
 * Probing avoids building key strings for counterparty rows whose surname or date no staff
 * person has: the indexes are nested maps.
 */
import { contactKeys } from './frequencies';
import { innTypoCandidates } from './normalise/inn';
import { type PersonName, withSurname } from './normalise/names';
import { editDistanceAtMost1 } from './normalise/text';
import type { Profile } from './profile';

/** Keys whose staff list is longer than this are too common to block on (a value shared by all). */
const MAX_BLOCK = 3000;
/**
 * A phone, e-mail or address listed by more staff persons than this is an office's, not a
 * household's; scoring would discount it to nothing anyway (scoring.ts, sharingPenalty).
 */
const MAX_CONTACT_BLOCK = 100;
/** Surname stems shorter than this are not searched for typos (Ли, Ким, Цой). */
const MIN_TYPO_STEM = 5;

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

function push<K>(map: Map<K, number[]>, key: K, i: number) {
  const list = map.get(key);
  if (list === undefined) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

const initialOf = (name: PersonName) => (name.first ? name.first.skel[0] : '*');
const ANY = 42; // «*»: any patronymic
const NONE = 45; // «-»: no patronymic
/** First initial and patronymic initial (or ANY / NONE) as one small integer. */
const initialsKey = (name: PersonName, patronymic: number) =>
  (name.first ? name.first.skel.charCodeAt(0) : ANY) * 128 + patronymic;

/** Contact keys of a profile, with the ends of city numbers for matching a number given without its area code. */
function phoneAndContactKeys(p: Profile, side: 'staff' | 'counterparty'): string[] {
  const keys = contactKeys(p);
  for (const ph of p.phones) {
    if (ph.kind === 'landline')
      for (const n of [5, 6, 7]) keys.push(`${side === 'staff' ? 'q' : 'p'}${ph.digits.slice(-n)}`);
    if (side === 'counterparty' && ph.kind === 'local') keys.push(`q${ph.digits}`);
  }
  return keys;
}

/** Index of the staff profiles; `forEachCandidate` lists the staff persons to compare with a counterparty row. */
export class StaffIndex {
  private readonly inn = new Map<string, number[]>();
  /** surname stem → initials code (initialsKey) → staff positions */
  private readonly names = new Map<string, Map<number, number[]>>();
  private readonly givenNames = new Map<string, number[]>();
  private readonly births = new Map<number, number[]>();
  private readonly contacts = new Map<string, number[]>();
  private readonly stemOf: (string | undefined)[] = [];
  private readonly initialOf: string[] = [];
  /** Staff surname stems and their one-letter deletions → the stems (symmetric-delete index). */
  private readonly stemsByDeletion = new Map<string, string[]>();
  private readonly neighbourCache = new Map<string, string[]>();

  constructor(profiles: readonly Profile[]) {
    const stems = new Set<string>();
    profiles.forEach((p, i) => {
      if (p.inn) {
        push(this.inn, p.inn.digits, i);
        if (!p.inn.isValid) for (const c of innTypoCandidates(p.inn.digits)) push(this.inn, c, i);
      }
      for (let v = 0; v < 3; v++) {
        const n =
          v === 0 ? p.name : v === 1 ? p.nameSwapped : p.name?.formerLast && withSurname(p.name, p.name.formerLast);
        if (!n) continue;
        const stem = n.surnameStem;
        if (!stem) {
          if (n.first && n.middle && !n.first.isInitial) push(this.givenNames, `${n.first.skel}|${n.middle.skel}`, i);
          continue;
        }
        if (stem.length >= MIN_TYPO_STEM) stems.add(stem);
        let sub = this.names.get(stem);
        if (!sub) {
          sub = new Map();
          this.names.set(stem, sub);
        }
        push(sub, initialsKey(n, n.middle ? n.middle.skel.charCodeAt(0) : NONE), i);
        push(sub, initialsKey(n, ANY), i);
      }
      this.stemOf[i] = p.name?.surnameStem;
      this.initialOf[i] = p.name ? initialOf(p.name) : '';
      if (p.birth) push(this.births, p.birth.key, i);
      for (const k of phoneAndContactKeys(p, 'staff')) push(this.contacts, k, i);
    });
    for (const stem of stems) {
      for (const d of [stem, ...deletions(stem)]) {
        const list = this.stemsByDeletion.get(d);
        if (!list) this.stemsByDeletion.set(d, [stem]);
        else if (!list.includes(stem)) list.push(stem);
      }
    }
  }

  /** Staff surname stems one typo (substitution, swap, lost or extra letter) away from `stem`. */
  neighbours(stem: string): string[] {
    if (stem.length < MIN_TYPO_STEM - 1) return [];
    const cached = this.neighbourCache.get(stem);
    if (cached) return cached;
    const out: string[] = [];
    const consider = (d: string) => {
      const list = this.stemsByDeletion.get(d);
      if (!list) return;
      for (const s of list) if (s !== stem && !out.includes(s) && editDistanceAtMost1(s, stem) === 1) out.push(s);
    };
    consider(stem);
    for (let i = 0; i < stem.length; i++) consider(stem.slice(0, i) + stem.slice(i + 1));
    this.neighbourCache.set(stem, out);
    return out;
  }

  /**
   * Calls `visit` once for every staff position sharing a key with the counterparty profile.
   * `stamp` is a per-staff scratch array and `mark` a value unique to this call, which makes the
   * de-duplication allocation-free.
   */
  forEachCandidate(p: Profile, stamp: Int32Array, mark: number, visit: (staffPos: number) => void) {
    const each = (list: number[] | undefined, max: number) => {
      if (!list || list.length > max) return;
      for (const i of list) {
        if (stamp[i] === mark) continue;
        stamp[i] = mark;
        visit(i);
      }
    };
    if (p.inn) {
      each(this.inn.get(p.inn.digits), MAX_BLOCK);
      if (!p.inn.isValid) for (const c of innTypoCandidates(p.inn.digits)) each(this.inn.get(c), MAX_BLOCK);
    }
    for (let v = 0; v < 3; v++) {
      const n =
        v === 0 ? p.name : v === 1 ? p.nameSwapped : p.name?.formerLast && withSurname(p.name, p.name.formerLast);
      if (!n) continue;
      const stem = n.surnameStem;
      if (!stem) {
        if (n.first && n.middle && !n.first.isInitial)
          each(this.givenNames.get(`${n.first.skel}|${n.middle.skel}`), MAX_BLOCK);
        continue;
      }
      const both = n.middle ? initialsKey(n, n.middle.skel.charCodeAt(0)) : -1;
      const sub = this.names.get(stem);
      if (sub) {
        if (n.middle) {
          each(sub.get(both), MAX_BLOCK);
          each(sub.get(initialsKey(n, NONE)), MAX_BLOCK);
        } else each(sub.get(initialsKey(n, ANY)), MAX_BLOCK);
      }
      if (n.middle) for (const nb of this.neighbours(stem)) each(this.names.get(nb)?.get(both), MAX_BLOCK);
    }
    if (p.birth) {
      const list = this.births.get(p.birth.key);
      if (list && list.length <= MAX_BLOCK) {
        const fi = p.name ? initialOf(p.name) : '*';
        const stem = p.name?.surnameStem;
        for (const i of list) {
          if (stamp[i] === mark) continue;
          if (this.initialOf[i] !== fi && (stem === undefined || this.stemOf[i] !== stem)) continue;
          stamp[i] = mark;
          visit(i);
        }
      }
    }
    if (p.phones.length + p.emails.length + p.addresses.length > 0) {
      for (const k of phoneAndContactKeys(p, 'counterparty')) each(this.contacts.get(k), MAX_CONTACT_BLOCK);
    }
  }
}
