/**
 * Planted links of every kind the engine must find (same person under another spelling, a
 * married woman under her maiden name, an entrepreneur, shared phones, e-mails and dwellings)
 * and decoys it must not report (namesakes, a brother, a neighbour's flat, the same flat in
 * another town, the administration's switchboard).
 */
import type { CounterpartyRole } from '../../packages/engines/src/affiliation/types';
import { Companies } from './companies';
import { feminineSurname, hasGenderForms } from './names-source';
import type { CpRec, DecoyKind, Listed, PlantedKind, StaffRec } from './records';

export class Planter extends Companies {
  protected eligible(kind: PlantedKind, s: StaffRec): boolean {
    const p = s.person;
    const household = s.phones.filter((id) => this.world.phones[id].isHousehold);
    switch (kind) {
      case 'gender-form':
        return hasGenderForms(p.family) && (s.hasInn || s.hasDob);
      case 'married':
        return p.maiden !== undefined && (s.hasInn || (s.hasDob && household.length > 0));
      case 'inn-typo':
      case 'entrepreneur':
        return s.hasInn;
      case 'name-dob':
        return s.hasDob;
      case 'name-phone':
      case 'shared-phone':
        return household.length > 0;
      case 'shared-email':
        return s.emails.length > 0;
      case 'shared-address':
        return s.addresses.length > 0;
      default:
        return s.hasInn || s.hasDob;
    }
  }

  plant(kind: PlantedKind) {
    const { rng } = this;
    let s = rng.pick(this.staff);
    for (let i = 0; i < 200 && !this.eligible(kind, s); i++) s = rng.pick(this.staff);
    if (!this.eligible(kind, s)) return;
    const p = s.person;
    const carrier = s.hasInn && (!s.hasDob || rng.chance(0.7)) ? 'inn' : 'dob';
    const byCarrier = { inn: carrier === 'inn' ? ('yes' as const) : ('no' as const), dob: carrier === 'dob' };
    const role: CounterpartyRole = rng.pick(['director', 'director', 'founder']);
    const householdPhones = s.phones.filter((id) => this.world.phones[id].isHousehold);
    const mark = { planted: kind, plantedFor: s.row.id };
    if (kind === 'entrepreneur') {
      const company = this.newCompany(true, p);
      this.push({
        ...this.personRow(company, 'entrepreneur', p, {
          inn: rng.chance(0.5) ? 'yes' : 'no',
          style: rng.pick(['upper', 'plain', 'initials-last']),
        }),
        ...mark,
      });
      return;
    }
    const company = this.newCompany(false);
    const director = this.backgroundPerson();
    if (kind === 'shared-phone' || kind === 'shared-email' || kind === 'shared-address') {
      this.push(this.personRow(company, 'director', director));
      const l: Listed = { phones: [], emails: [], addresses: [] };
      if (kind === 'shared-phone') l.phones.push(rng.pick(householdPhones));
      if (kind === 'shared-email') l.emails.push(rng.pick(s.emails));
      if (kind === 'shared-address') l.addresses.push(rng.pick(s.addresses));
      if (rng.chance(0.4)) l.emails.push(this.world.email(undefined, false, 'firm'));
      this.push({ ...this.contactRow(company, rng.chance(0.6) ? undefined : this.backgroundPerson(), l), ...mark });
      return;
    }
    let row: Omit<CpRec, 'planted'>;
    switch (kind) {
      case 'exact':
        row = this.personRow(company, role, p, { ...byCarrier, style: rng.pick(['plain', 'upper']) });
        break;
      case 'name-format':
        row = this.personRow(company, role, p, { ...byCarrier, style: rng.pick(['spacing', 'yo', 'upper']) });
        break;
      case 'initials':
        row = this.personRow(company, role, p, {
          ...byCarrier,
          style: rng.pick(['initials-last', 'initials-cols', 'initials-before']),
        });
        break;
      case 'order':
        row = this.personRow(company, role, p, { ...byCarrier, style: rng.pick(['full-in-last', 'reversed-in-last']) });
        break;
      case 'gender-form':
        row = this.personRow(company, role, p, {
          ...byCarrier,
          last: p.gender === 'm' ? feminineSurname(p.family) : p.family,
        });
        break;
      case 'married':
        row =
          s.hasInn && (rng.chance(0.6) || householdPhones.length === 0 || !s.hasDob)
            ? this.personRow(company, role, p, { inn: 'yes', last: p.maiden })
            : this.personRow(company, role, p, {
                inn: 'no',
                dob: true,
                last: p.maiden,
                phones: [rng.pick(householdPhones)],
              });
        break;
      case 'translit':
        row = this.personRow(company, role, p, { ...byCarrier, style: 'translit' });
        break;
      case 'typo':
        row = this.personRow(company, role, p, { ...byCarrier, style: 'typo' });
        break;
      case 'inn-typo':
        row = this.personRow(company, role, p, {
          inn: 'typo',
          dob: s.hasDob && rng.chance(0.3),
          style: rng.pick(['plain', 'upper']),
        });
        break;
      case 'name-dob':
        row = this.personRow(company, role, p, {
          inn: 'no',
          dob: true,
          style: rng.pick(['plain', 'upper', 'upper', 'spacing', 'initials-cols']),
        });
        break;
      case 'name-phone':
        row = this.personRow(company, role, p, {
          inn: 'no',
          dob: false,
          phones: [rng.pick(householdPhones)],
          style: rng.pick(['plain', 'upper', 'initials-last']),
        });
        break;
    }
    this.push({ ...row, ...mark });
    if (role === 'founder') this.push(this.personRow(company, 'director', director));
  }

  decoy(kind: DecoyKind) {
    const { rng, world } = this;
    const s = rng.pick(this.staff);
    const p = s.person;
    const company = this.newCompany(false);
    const mark = { decoy: kind };
    const twin = () => {
      const t = world.person({ gender: p.gender, bornFrom: 1950, bornTo: 2002 });
      t.last = p.last;
      t.first = p.first;
      t.middle = p.middle;
      return t;
    };
    switch (kind) {
      case 'namesake-inn':
        this.push({
          ...this.personRow(company, 'director', twin(), {
            inn: 'yes',
            dob: false,
            style: rng.pick(['plain', 'upper']),
          }),
          ...mark,
        });
        return;
      case 'namesake-dob':
        this.push({
          ...this.personRow(company, 'director', twin(), { inn: 'no', dob: true, style: rng.pick(['plain', 'upper']) }),
          ...mark,
        });
        return;
      case 'namesake-bare':
        this.push({
          ...this.personRow(company, 'founder', twin(), { inn: 'no', dob: false, style: rng.pick(['plain', 'upper']) }),
          ...mark,
        });
        return;
      case 'namesake-initials':
        this.push({
          ...this.personRow(company, 'director', twin(), { inn: 'yes', dob: false, style: 'initials-last' }),
          ...mark,
        });
        return;
      case 'namesake-translit':
        this.push({
          ...this.personRow(company, 'director', twin(), { inn: 'yes', dob: false, style: 'translit' }),
          ...mark,
        });
        return;
      case 'sibling-lookalike': {
        const sib = world.person({
          birthFamily: p.birthFamily,
          fatherFirst: p.fatherFirst,
          bornFrom: 1955,
          bornTo: 2002,
        });
        this.push({
          ...this.personRow(company, 'director', sib, { inn: rng.chance(0.7) ? 'yes' : 'no', dob: rng.chance(0.5) }),
          ...mark,
        });
        return;
      }
      case 'neighbour-flat':
      case 'other-town-flat': {
        const home = s.addresses[0] ?? p.home;
        if (home === undefined) return;
        const addr = kind === 'neighbour-flat' ? world.neighbourFlat(home) : world.sameFlatOtherTown(home);
        if (addr === undefined) return;
        this.push({
          ...this.contactRow(company, undefined, { phones: [world.landline(false)], emails: [], addresses: [addr] }),
          ...mark,
        });
        return;
      }
      case 'office-phone':
        this.push({
          ...this.contactRow(company, undefined, {
            phones: [rng.pick(this.officePhones)],
            emails: [],
            addresses: [world.companyAddress('building')],
          }),
          ...mark,
        });
        return;
    }
  }
}
