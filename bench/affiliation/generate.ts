/**
 * Synthetic staff and counterparties with planted links of every kind the engine must find and
 * decoys it must not report. Truth is computed from person and contact ids: a staff row and a
 * counterparty row are linked when they are the same person, or when both list the same
 * household phone, e-mail or dwelling (office phones and business centres are not households).
 */
import type { NameSource } from './names-source';
import { Planter } from './planted';
import {
  type Dataset,
  DECOY_KINDS,
  type DecoyKind,
  PLANTED_KINDS,
  type ScaleName,
  type ScaleSpec,
  type StaffRec,
} from './records';

export { type Dataset, DECOY_KINDS, PLANTED_KINDS, type ScaleName, type ScaleSpec } from './records';

export const SCALES: Record<ScaleName, ScaleSpec> = {
  municipality: { name: 'municipality', employees: 1_000, companies: 5_000, seed: 20_240_601 },
  region: { name: 'region', employees: 50_000, companies: 500_000, seed: 20_240_602 },
};

class Generator extends Planter {
  truth(): Map<string, string> {
    const byPid = new Map<number, StaffRec[]>();
    const byContact = new Map<string, StaffRec[]>();
    const add = <K>(m: Map<K, StaffRec[]>, k: K, s: StaffRec) => {
      const l = m.get(k);
      if (l) l.push(s);
      else m.set(k, [s]);
    };
    for (const s of this.staff) {
      add(byPid, s.person.pid, s);
      for (const id of s.phones) if (this.world.phones[id].isHousehold) add(byContact, `p${id}`, s);
      for (const id of s.emails) if (this.world.emails[id].isHousehold) add(byContact, `e${id}`, s);
      for (const id of s.addresses) if (this.world.addresses[id].isHousehold) add(byContact, `a${id}`, s);
    }
    const truth = new Map<string, string>();
    for (const c of this.cps) {
      const linked = new Set<StaffRec>(c.pid !== undefined ? (byPid.get(c.pid) ?? []) : []);
      for (const id of c.phones) for (const s of byContact.get(`p${id}`) ?? []) linked.add(s);
      for (const id of c.emails) for (const s of byContact.get(`e${id}`) ?? []) linked.add(s);
      for (const id of c.addresses) for (const s of byContact.get(`a${id}`) ?? []) linked.add(s);
      for (const s of linked) {
        const kind = c.planted ? (c.plantedFor === s.row.id ? c.planted : `derived:${c.planted}`) : 'background';
        truth.set(`${s.row.id}\t${c.row.id}`, kind);
      }
    }
    return truth;
  }
}

/** Generates one scale's staff, counterparties and ground truth. */
export function generateDataset(names: NameSource, spec: ScaleSpec, plantRate = 0.04, decoyRate = 0.02): Dataset {
  const g = new Generator(names, spec);
  g.makeStaff();
  const planted = Math.round(g.staff.length * plantRate);
  const decoys = Math.round(g.staff.length * decoyRate);
  // Planted links and decoys are new companies; the rest are background companies.
  const events: (() => void)[] = [];
  for (let i = 0; i < planted; i++) events.push(() => g.plant(PLANTED_KINDS[i % PLANTED_KINDS.length]));
  for (let i = 0; i < decoys * DECOY_KINDS.length; i++) events.push(() => g.decoy(DECOY_KINDS[i % DECOY_KINDS.length]));
  const background = Math.max(0, spec.companies - events.length);
  const total = background + events.length;
  let e = 0;
  for (let i = 0; i < total; i++) {
    // interleave so planted rows are not all at the end of the file
    if (e < events.length && g.rng.next() < events.length / total) events[e++]();
    else g.backgroundCompany();
  }
  while (e < events.length) events[e++]();
  const decoyOf = new Map<string, DecoyKind>();
  for (const c of g.cps) if (c.decoy) decoyOf.set(c.row.id, c.decoy);
  return { staff: g.staff.map((s) => s.row), counterparties: g.cps.map((c) => c.row), truth: g.truth(), decoyOf };
}
