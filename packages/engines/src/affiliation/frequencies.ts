/**
 * Value frequencies measured on the input itself: name parts on the staff side (held in memory
 * anyway; the counterparty side is streamed), contact points on both. A shared surname says more
 * when the surname is rare (Fellegi–Sunter u-probability = how often two different people share
 * the value); a
 * shared phone or address says less when many employees' families or many companies use it
 * (a switchboard, a registration agent's office, an address of mass registration).
 */
import { type Address, buildingKey, dwellingKey } from './normalise/address';
import type { PersonName } from './normalise/names';
import type { Profile } from './profile';

type GroupCount = { first: string; others?: Set<string> };

/**
 * What a share is taken to be before the input says otherwise: the chance that two random
 * Russians share the part (Σ p² over the ulzr popularity lists: surnames ≈ 7.5e-4, first names
 * and patronymics ≈ 0.03, first letters ≈ 0.07). A small input (a municipality, a test) cannot
 * tell a rare surname from a common one; PSEUDO_COUNT observations of the prior keep its few
 * counts from making every name look common.
 */
const PRIOR_SHARE = { surname: 7.5e-4, first: 0.03, middle: 0.03, initial: 0.07 } as const;
const PSEUDO_COUNT = 1000;

function smoothed(count: number | undefined, total: number, prior: number, floor: number): number {
  return Math.max(((count ?? 1) + PSEUDO_COUNT * prior) / (total + PSEUDO_COUNT), floor);
}

function addGroup(map: Map<string, GroupCount>, key: string, group: string) {
  const c = map.get(key);
  if (!c) map.set(key, { first: group });
  else if (c.first !== group) {
    c.others ??= new Set();
    c.others.add(group);
  }
}

function groupCount(map: Map<string, GroupCount>, key: string): number {
  const c = map.get(key);
  return c ? 1 + (c.others?.size ?? 0) : 0;
}

/** Key under which an address is counted: the dwelling in its town («?» when the town is unknown). */
export function addressCountKey(a: Address): string {
  return `A${a.locality ?? '?'}|${a.street}|${a.house}|${a.unit ?? ''}`;
}

/** Keys under which a profile's contact points are counted. */
export function countKeys(p: Pick<Profile, 'phones' | 'emails' | 'addresses'>): string[] {
  const keys: string[] = [];
  for (const ph of p.phones) keys.push(`p${ph.digits}`);
  for (const e of p.emails) keys.push(`e${e.address}`);
  for (const a of p.addresses) keys.push(addressCountKey(a));
  return keys;
}

/** Keys under which a profile's contact points are blocked (addresses without their town). */
export function contactKeys(p: Profile): string[] {
  const keys: string[] = [];
  for (const ph of p.phones) keys.push(`p${ph.digits}`);
  for (const e of p.emails) keys.push(`e${e.address}`);
  for (const a of p.addresses) {
    const dk = dwellingKey(a);
    keys.push(dk ? `a${dk}` : `h${buildingKey(a)}`);
  }
  return keys;
}

export class Frequencies {
  private readonly surnames = new Map<string, number>();
  private readonly firstNames = new Map<string, number>();
  private readonly patronymics = new Map<string, number>();
  private readonly firstInitials = new Map<string, number>();
  private readonly middleInitials = new Map<string, number>();
  private surnameTotal = 0;
  private firstTotal = 0;
  private middleTotal = 0;
  private readonly staffGroups = new Map<string, GroupCount>();
  private readonly counterpartyGroups = new Map<string, GroupCount>();

  private static bump(map: Map<string, number>, key: string) {
    map.set(key, (map.get(key) ?? 0) + 1);
  }

  /** Counts the name parts of one person. */
  addName(name: PersonName | undefined) {
    if (!name) return;
    if (name.surnameStem) {
      Frequencies.bump(this.surnames, name.surnameStem);
      this.surnameTotal++;
    }
    if (name.first) {
      Frequencies.bump(this.firstInitials, name.first.skel[0]);
      if (!name.first.isInitial) Frequencies.bump(this.firstNames, name.first.skel);
      this.firstTotal++;
    }
    if (name.middle) {
      Frequencies.bump(this.middleInitials, name.middle.skel[0]);
      if (!name.middle.isInitial) Frequencies.bump(this.patronymics, name.middle.skel);
      this.middleTotal++;
    }
  }

  addStaffContacts(p: Pick<Profile, 'phones' | 'emails' | 'addresses' | 'group'>) {
    for (const k of countKeys(p)) addGroup(this.staffGroups, k, p.group);
  }

  /** Counts counterparty contacts; only keys some staff person has can matter, so only those are kept. */
  addCounterpartyContacts(p: Pick<Profile, 'phones' | 'emails' | 'addresses' | 'group'>) {
    for (const k of countKeys(p)) if (this.staffGroups.has(k)) addGroup(this.counterpartyGroups, k, p.group);
  }

  /** Share of people with this surname (by gender-neutral stem). */
  surname(stem: string): number {
    return smoothed(this.surnames.get(stem), this.surnameTotal, PRIOR_SHARE.surname, 1e-5);
  }

  firstName(skel: string): number {
    return smoothed(this.firstNames.get(skel), this.firstTotal, PRIOR_SHARE.first, 1e-4);
  }

  patronymic(skel: string): number {
    return smoothed(this.patronymics.get(skel), this.middleTotal, PRIOR_SHARE.middle, 1e-4);
  }

  /** Share of first names (or patronymics) starting with this skeleton letter. */
  initial(letter: string, part: 'first' | 'middle'): number {
    const map = part === 'first' ? this.firstInitials : this.middleInitials;
    const total = part === 'first' ? this.firstTotal : this.middleTotal;
    return smoothed(map.get(letter), total, PRIOR_SHARE.initial, 0.005);
  }

  /** How many employees' families have this contact key. */
  staffGroupCount(key: string): number {
    return groupCount(this.staffGroups, key);
  }

  /** How many companies have this contact key. */
  counterpartyGroupCount(key: string): number {
    return this.importedCounts ? (this.importedCounts.get(key) ?? 0) : groupCount(this.counterpartyGroups, key);
  }

  private importedCounts?: Map<string, number>;

  /** Company counts per contact key, to hand to another thread that scores part of the rows. */
  exportCounterpartyCounts(): Map<string, number> {
    const out = new Map<string, number>();
    for (const k of this.counterpartyGroups.keys()) out.set(k, groupCount(this.counterpartyGroups, k));
    return out;
  }

  /** Uses company counts measured by another thread over all counterparty rows. */
  importCounterpartyCounts(counts: Map<string, number>): void {
    this.importedCounts = counts;
  }
}
