/**
 * Affiliation matching (выявление аффилированности): finds employees, their relatives and
 * in-laws who are founders, directors, entrepreneurs or contacts of counterparties, or who share
 * a phone, e-mail or dwelling with one. Measures 1.2, 3.1 and 3.3 of the municipal plan; method
 * of the Mintrud recommendations of 19.05.2020 on personal interest in procurement (profile of
 * each employee and counterparty, comparison, decision by a working group). 273-ФЗ ст. 10 counts
 * relatives and in-laws (свойственники) as persons whose interest creates a conflict.
 */
import { StaffIndex } from './blocking';
import { compareProfiles, type PairComparison } from './compare';
import { Frequencies } from './frequencies';
import { completeLocalities, counterpartyContacts, counterpartyProfile, type Profile, staffProfile } from './profile';
import { INN_CONFLICT_CAP, MIN_POPULATION, NAME_ONLY_CAP, PRIOR_LINK_RATE, sigmoid } from './scoring';
import { summarise } from './summary';
import type { CounterpartyRow, Link, LinkEvidence, MatchOptions, StaffPerson } from './types';

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Everything about the staff side a counterparty row is scored against. */
export type StaffContext = {
  staff: readonly StaffPerson[];
  profiles: Profile[];
  freq: Frequencies;
  index: StaffIndex;
  lnN: number;
  prior: number;
  minScore: number;
};

/**
 * Profiles, frequencies and blocking index of the staff side. Name frequencies are measured on
 * the staff side (fully in memory, drawn from the same population as the counterparties);
 * counterparty rows are streamed afterwards, never all kept as profiles.
 */
export function prepareStaff(
  staff: readonly StaffPerson[],
  counterpartyRows: number,
  opts: MatchOptions = {},
): StaffContext {
  const population = opts.population ?? Math.max(counterpartyRows, MIN_POPULATION);
  const lnN = Math.log(population);
  const freq = new Frequencies();
  const profiles = staff.map((s) => {
    const p = staffProfile(s);
    freq.addName(p.name);
    return p;
  });
  completeLocalities(profiles);
  for (const p of profiles) freq.addStaffContacts(p);
  return {
    staff,
    profiles,
    freq,
    index: new StaffIndex(profiles),
    lnN,
    prior: Math.log(opts.priorLinkRate ?? PRIOR_LINK_RATE) - lnN,
    minScore: opts.minScore ?? 0.5,
  };
}

/** Counts how many companies use each staff contact point (first pass over the counterparties). */
export function countCounterpartyContacts(ctx: StaffContext, counterparties: readonly CounterpartyRow[]): void {
  for (const r of counterparties) {
    if (r.phones?.length || r.emails?.length || r.addresses?.length)
      ctx.freq.addCounterpartyContacts(counterpartyContacts(r));
  }
}

/** Scores counterparty rows [from, to) against the staff side (second pass); unsorted links. */
export function scoreCounterparties(
  ctx: StaffContext,
  counterparties: readonly CounterpartyRow[],
  from = 0,
  to = counterparties.length,
): Link[] {
  const { staff, profiles, freq, index, lnN, prior, minScore } = ctx;
  const stamp = new Int32Array(staff.length).fill(-1);
  const links: Link[] = [];
  for (let ci = from; ci < to; ci++) {
    const r = counterparties[ci];
    const cp = counterpartyProfile(r);
    index.forEachCandidate(cp, stamp, ci, (si) => {
      const quick = compareProfiles(profiles[si], cp, freq, lnN, false);
      if (Math.max(capped(sigmoid(prior + quick.sameWeight), quick), contactProbability(quick)) < minScore) return;
      const cmp = compareProfiles(profiles[si], cp, freq, lnN, true);
      const samePerson = capped(sigmoid(prior + cmp.sameWeight), cmp);
      // The cap is named whenever its rule applies, so the reader knows why the score stays low.
      const namesAgree = cmp.fields.some((f) => f.field.endsWith('_name') && f.outcome !== 'disagree');
      const cap: LinkEvidence['cap'] = cmp.hasInnConflict
        ? 'inn-conflict'
        : !cmp.hasNonNameAgreement && namesAgree
          ? 'name-only'
          : undefined;
      const sharedContact = contactProbability(cmp);
      const score = Math.max(samePerson, sharedContact);
      const s = staff[si];
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
      links.push({
        staffId: s.id,
        counterpartyId: r.id,
        score: round(score),
        evidence: { ...evidence, summary: summarise(evidence, score) },
      });
    });
  }
  return links;
}

/** Best first; ties by staff id, then counterparty id, so output is stable. */
export function sortLinks(links: Link[]): Link[] {
  return links.sort(
    (a, b) => b.score - a.score || cmpStr(a.staffId, b.staffId) || cmpStr(a.counterpartyId, b.counterpartyId),
  );
}

/**
 * Compares every staff person with every counterparty row that shares a blocking key and returns
 * the links scoring at least `minScore` (default 0.5), best first. Pure: no I/O, one thread
 * (see match-parallel.ts for two).
 */
export function matchAffiliation(
  staff: readonly StaffPerson[],
  counterparties: readonly CounterpartyRow[],
  opts: MatchOptions = {},
): Link[] {
  const ctx = prepareStaff(staff, counterparties.length, opts);
  countCounterpartyContacts(ctx, counterparties);
  return sortLinks(scoreCounterparties(ctx, counterparties));
}

function capped(samePerson: number, c: PairComparison): number {
  if (c.hasInnConflict) return Math.min(samePerson, INN_CONFLICT_CAP);
  return c.hasNonNameAgreement ? samePerson : Math.min(samePerson, NAME_ONLY_CAP);
}

function contactProbability(c: PairComparison): number {
  return c.contactLogit === Number.NEGATIVE_INFINITY ? 0 : sigmoid(c.contactLogit);
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
