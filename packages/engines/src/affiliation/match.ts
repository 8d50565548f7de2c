/**
 * Affiliation matching (выявление аффилированности): finds employees, their relatives and
 * in-laws who are founders, directors, entrepreneurs or contacts of counterparties, or who share
 * a phone, e-mail or dwelling with one. Measures 1.2, 3.1 and 3.3 of the municipal plan; method
 * of the Mintrud recommendations of 19.05.2020 on personal interest in procurement (profile of
 * each employee and counterparty, comparison, decision by a working group). 273-ФЗ ст. 10 counts
 * relatives and in-laws (свойственники) as persons whose interest creates a conflict.
 */
import { StaffIndex } from './blocking';
import { compareProfiles } from './compare';
import { Frequencies } from './frequencies';
import { counterpartyProfile, type Profile, staffProfile } from './profile';
import { INN_CONFLICT_CAP, MIN_POPULATION, NAME_ONLY_CAP, PRIOR_LINK_RATE, sigmoid } from './scoring';
import { summarise } from './summary';
import type { CounterpartyRow, Link, LinkEvidence, MatchOptions, StaffPerson } from './types';

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Compares every staff person with every counterparty row that shares a blocking key and returns
 * the links scoring at least `minScore` (default 0.5), best first. Pure: no I/O.
 */
export function matchAffiliation(staff: readonly StaffPerson[], counterparties: readonly CounterpartyRow[], opts: MatchOptions = {}): Link[] {
  const minScore = opts.minScore ?? 0.5;
  const population = opts.population ?? Math.max(counterparties.length, MIN_POPULATION);
  const lnN = Math.log(population);
  const prior = Math.log(opts.priorLinkRate ?? PRIOR_LINK_RATE) - lnN;

  const freq = new Frequencies();
  const staffProfiles = staff.map((s) => {
    const p = staffProfile(s);
    freq.addName(p.name);
    freq.addStaffContacts(p);
    return p;
  });
  const cpProfiles: Profile[] = counterparties.map((r) => {
    const p = counterpartyProfile(r);
    freq.addName(p.name);
    freq.addCounterpartyContacts(p);
    return p;
  });

  const index = new StaffIndex(staffProfiles);
  const stamp = new Int32Array(staff.length).fill(-1);
  const links: Link[] = [];
  for (let ci = 0; ci < cpProfiles.length; ci++) {
    const cp = cpProfiles[ci];
    index.forEachCandidate(cp, stamp, ci, (si) => {
      const cmp = compareProfiles(staffProfiles[si], cp, freq, lnN);
      let samePerson = sigmoid(prior + cmp.sameWeight);
      let cap: LinkEvidence['cap'];
      if (cmp.hasInnConflict && samePerson > INN_CONFLICT_CAP) {
        samePerson = INN_CONFLICT_CAP;
        cap = 'inn-conflict';
      } else if (!cmp.hasNonNameAgreement && samePerson > NAME_ONLY_CAP) {
        samePerson = NAME_ONLY_CAP;
        cap = 'name-only';
      }
      const sharedContact = cmp.contactLogit === Number.NEGATIVE_INFINITY ? 0 : sigmoid(cmp.contactLogit);
      const score = Math.max(samePerson, sharedContact);
      if (score < minScore) return;
      const s = staff[si];
      const r = counterparties[ci];
      for (const f of cmp.fields) {
        f.weight = round(f.weight, 2);
        if (f.contactWeight !== undefined) f.contactWeight = round(f.contactWeight, 2);
      }
      const evidence: Omit<LinkEvidence, 'summary'> = {
        basis: samePerson >= sharedContact ? 'same-person' : 'shared-contact',
        samePerson: round(samePerson),
        sharedContact: round(sharedContact),
        fields: cmp.fields,
        cap,
        employeeId: s.employeeId,
        relation: s.relation,
        company: { inn: r.companyInn, name: r.companyName, role: r.role },
      };
      links.push({ staffId: s.id, counterpartyId: r.id, score: round(score), evidence: { ...evidence, summary: summarise(evidence, score) } });
    });
  }
  links.sort((a, b) => b.score - a.score || cmpStr(a.staffId, b.staffId) || cmpStr(a.counterpartyId, b.counterpartyId));
  return links;
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
