/**
 * Blocking: instead of comparing every staff person with every counterparty row (150 000 ×
 * 1 000 000 pairs at region scale), staff profiles are indexed under rare keys and each
 * counterparty row is compared only with the staff persons sharing at least one key:
 * the ИНН (and, for a number failing its check, the valid numbers one typo away), the surname
 * stem with the first initial (and the stems one deletion away, which catches one typo on either
 * side: symmetric-delete blocking), the birth date with the first initial (which catches a
 * married woman under another surname), each phone, e-mail and dwelling.
 */
import { innTypoCandidates } from './normalise/inn';
import type { PersonName } from './normalise/names';
import type { Profile } from './profile';
import { contactKeys } from './frequencies';

/** Keys whose staff list is longer than this are too common to block on (a value shared by all). */
const MAX_BLOCK = 3000;

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

function nameKeys(name: PersonName | undefined, keys: Set<string>) {
  if (!name) return;
  const initial = name.first ? name.first.skel[0] : '*';
  const stem = name.surnameStem;
  if (stem) {
    keys.add(`n${stem}|${initial}`);
    if (stem.length >= 5) for (const d of deletions(stem)) keys.add(`n${d}|${initial}`);
  } else if (name.first && name.middle && !name.first.isInitial) {
    keys.add(`f${name.first.skel}|${name.middle.skel}`);
  }
}

/** Keys of one profile. Staff and counterparty sides differ only for partial phone numbers. */
export function blockingKeys(p: Profile, side: 'staff' | 'counterparty'): string[] {
  const keys = new Set<string>();
  if (p.inn) {
    keys.add(`i${p.inn.digits}`);
    if (!p.inn.isValid) for (const c of innTypoCandidates(p.inn.digits)) keys.add(`i${c}`);
  }
  nameKeys(p.name, keys);
  nameKeys(p.nameSwapped, keys);
  if (p.birth) keys.add(`d${p.birth.iso}|${p.name?.first ? p.name.first.skel[0] : '*'}`);
  for (const k of contactKeys(p)) keys.add(k);
  // A city number written without its area code matches the end of a full one.
  for (const ph of p.phones) {
    if (side === 'staff' && ph.kind === 'landline') for (const n of [5, 6, 7]) keys.add(`q${ph.digits.slice(-n)}`);
    if (side === 'counterparty' && ph.kind === 'landline') for (const n of [5, 6, 7]) keys.add(`p${ph.digits.slice(-n)}`);
    if (side === 'counterparty' && ph.kind === 'local') keys.add(`q${ph.digits}`);
  }
  return [...keys];
}

/** Index from blocking key to the positions of the staff profiles that have it. */
export class StaffIndex {
  private readonly map = new Map<string, number[]>();

  constructor(profiles: readonly Profile[]) {
    profiles.forEach((p, i) => {
      for (const k of blockingKeys(p, 'staff')) {
        const list = this.map.get(k);
        if (list) list.push(i);
        else this.map.set(k, [i]);
      }
    });
  }

  /**
   * Calls `visit` once for every staff position sharing a key with the counterparty profile.
   * `stamp` is a per-staff scratch array and `mark` a value unique to this call, which makes the
   * de-duplication allocation-free.
   */
  forEachCandidate(p: Profile, stamp: Int32Array, mark: number, visit: (staffPos: number) => void) {
    for (const k of blockingKeys(p, 'counterparty')) {
      const list = this.map.get(k);
      if (!list || list.length > MAX_BLOCK) continue;
      for (const i of list) {
        if (stamp[i] === mark) continue;
        stamp[i] = mark;
        visit(i);
      }
    }
  }
}
