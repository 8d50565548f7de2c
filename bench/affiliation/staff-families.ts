/**
 * Employees and their families as a personnel anketa lists them: spouse (most wives take the
 * husband's surname), children with the father's surname and patronymic, parents, siblings;
 * shared homes and landlines, personal mobiles and e-mails, some employees giving the
 * administration's switchboard as their phone.
 */
import type { NameSource } from './names-source';
import type { ScaleSpec, StaffRec } from './records';
import { type NameStyle, renderAddress, renderDate, renderName, renderPhone } from './render';
import { Rng } from './rng';
import { type Person, World } from './world';

export class StaffFamilies {
  readonly rng: Rng;
  readonly world: World;
  readonly staff: StaffRec[] = [];
  /** The administration's switchboard and department lines (not household phones). */
  protected readonly officePhones: number[];

  constructor(
    names: NameSource,
    readonly spec: ScaleSpec,
  ) {
    this.rng = new Rng(spec.seed);
    this.world = new World(this.rng, names, spec.name);
    this.officePhones = [0, 1, 2, 3].map(() => this.world.landline(false));
  }

  makeStaff() {
    const { rng, world } = this;
    for (let k = 1; k <= this.spec.employees; k++) {
      const eid = `e${k}`;
      const e = world.person({ gender: rng.chance(0.65) ? 'f' : 'm', bornFrom: 1962, bornTo: 2002 });
      const year = Number(e.birth.slice(0, 4));
      const members: { p: Person; relation: string; home: 'own' | 'shared' | 'parents' }[] = [
        { p: e, relation: 'self', home: 'own' },
      ];
      let spouse: Person | undefined;
      if (rng.chance(0.68)) {
        spouse = world.person({
          gender: e.gender === 'm' ? 'f' : 'm',
          bornFrom: year - 6,
          bornTo: Math.min(year + 6, 2003),
        });
        if (e.gender === 'm') world.marry(spouse, e);
        else world.marry(e, spouse);
        members.push({ p: spouse, relation: 'spouse', home: 'shared' });
      }
      const father = e.gender === 'm' ? e : spouse;
      const nChildren = rng.next() < 0.45 ? 0 : rng.next() < 0.64 ? 1 : rng.next() < 0.85 ? 2 : 3;
      for (let c = 0; c < nChildren && year + 20 <= 2024; c++) {
        const child = world.person({
          birthFamily: father ? father.family : e.family,
          fatherFirst: father?.first,
          bornFrom: year + 20,
          bornTo: Math.min(2024, year + 40),
        });
        const adult = Number(child.birth.slice(0, 4)) <= 2006;
        members.push({ p: child, relation: 'child', home: !adult || rng.chance(0.4) ? 'shared' : 'own' });
      }
      if (rng.chance(0.25)) {
        const f = world.person({ gender: 'm', birthFamily: e.birthFamily, bornFrom: year - 38, bornTo: year - 20 });
        f.first = e.fatherFirst;
        members.push({ p: f, relation: 'parent', home: 'parents' });
        if (rng.chance(0.6)) {
          const m = world.person({ gender: 'f', bornFrom: year - 36, bornTo: year - 19 });
          world.marry(m, f);
          members.push({ p: m, relation: 'parent', home: 'parents' });
        }
      } else if (rng.chance(0.2)) {
        const m = world.person({ gender: 'f', bornFrom: year - 36, bornTo: year - 19 });
        members.push({ p: m, relation: 'parent', home: 'own' });
      }
      if (rng.chance(0.15)) {
        const sib = world.person({
          birthFamily: e.birthFamily,
          fatherFirst: e.fatherFirst,
          bornFrom: year - 10,
          bornTo: Math.min(year + 10, 2004),
        });
        if (sib.gender === 'f' && rng.chance(0.6))
          world.marry(sib, world.person({ gender: 'm', bornFrom: 1960, bornTo: 2000 }));
        members.push({ p: sib, relation: rng.chance(0.8) ? 'sibling' : rng.pick(['брат', 'сестра']), home: 'own' });
      }
      // homes, phones, e-mails
      const home = world.home();
      let parentsHome: number | undefined;
      const parentsHomeOf = () => {
        if (parentsHome === undefined) parentsHome = world.home();
        return parentsHome;
      };
      const landline = rng.chance(0.15) ? world.landline(true, world.cityOf(home)) : undefined;
      for (const m of members) {
        m.p.home =
          m.home === 'shared' || (m.home === 'own' && m.p === e)
            ? home
            : m.home === 'parents'
              ? parentsHomeOf()
              : world.home();
        const age = 2025 - Number(m.p.birth.slice(0, 4));
        if (rng.chance(m.relation === 'self' ? 0.95 : age < 16 ? 0.3 : 0.8)) m.p.mobile = world.mobile();
        if (age >= 16 && rng.chance(m.relation === 'self' ? 0.6 : 0.25)) m.p.email = world.email(m.p, true);
      }
      members.forEach((m, i) => {
        const isSelf = m.relation === 'self';
        const phones: number[] = [];
        if (m.p.mobile !== undefined && (isSelf || rng.chance(0.5))) phones.push(m.p.mobile);
        if (landline !== undefined && (m.relation === 'self' || m.relation === 'spouse') && rng.chance(0.8))
          phones.push(landline);
        if (isSelf && rng.chance(0.1)) phones.push(rng.pick(this.officePhones));
        const emails = m.p.email !== undefined && (isSelf || rng.chance(0.4)) ? [m.p.email] : [];
        const addresses = m.p.home !== undefined && rng.chance(isSelf ? 0.98 : 0.85) ? [m.p.home] : [];
        const hasInn = rng.chance(isSelf ? 0.95 : 0.35);
        const hasDob = isSelf || rng.chance(0.9);
        const style: NameStyle = rng.next() < 0.9 ? 'plain' : rng.pick(['upper', 'spacing', 'yo'] as const);
        const names = renderName(m.p.last, m.p.first, m.p.middle, style, rng);
        this.staff.push({
          person: m.p,
          hasInn,
          hasDob,
          phones,
          emails,
          addresses,
          row: {
            id: `${eid}-${i + 1}`,
            employeeId: eid,
            relation: m.relation,
            ...names,
            birthDate: hasDob ? renderDate(m.p.birth, rng) : undefined,
            inn: hasInn ? m.p.inn : undefined,
            phones: phones.map((id) => renderPhone(world.phones[id].value, rng)),
            emails: emails.map((id) => world.emails[id].value),
            addresses: addresses.map((id) => renderAddress(world.addresses[id], rng)),
          },
        });
      });
    }
  }
}
