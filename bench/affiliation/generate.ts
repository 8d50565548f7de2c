/**
 * Synthetic staff and counterparties with planted links of every kind the engine must find and
 * decoys it must not report. Truth is computed from person and contact ids: a staff row and a
 * counterparty row are linked when they are the same person, or when both list the same
 * household phone, e-mail or dwelling (office phones and business centres are not households).
 */
import type { CounterpartyRole, CounterpartyRow, StaffPerson } from '../../packages/engines/src/affiliation/types';
import { feminineSurname, hasGenderForms, type NameSource } from './names-source';
import { innTypo, type NameStyle, renderAddress, renderDate, renderName, renderPhone } from './render';
import { Rng } from './rng';
import { type Person, World, type WorldShape } from './world';

export type ScaleName = WorldShape;
export type ScaleSpec = { name: ScaleName; employees: number; companies: number; seed: number };

export const SCALES: Record<ScaleName, ScaleSpec> = {
  municipality: { name: 'municipality', employees: 1_000, companies: 5_000, seed: 20_240_601 },
  region: { name: 'region', employees: 50_000, companies: 500_000, seed: 20_240_602 },
};

export const PLANTED_KINDS = [
  'exact',
  'name-format',
  'initials',
  'order',
  'gender-form',
  'married',
  'translit',
  'typo',
  'inn-typo',
  'name-dob',
  'name-phone',
  'entrepreneur',
  'shared-phone',
  'shared-email',
  'shared-address',
] as const;
export type PlantedKind = (typeof PLANTED_KINDS)[number];

export const DECOY_KINDS = [
  'namesake-inn',
  'namesake-dob',
  'namesake-bare',
  'namesake-initials',
  'namesake-translit',
  'sibling-lookalike',
  'neighbour-flat',
  'other-town-flat',
  'office-phone',
] as const;
export type DecoyKind = (typeof DECOY_KINDS)[number];

type Listed = { phones: number[]; emails: number[]; addresses: number[] };
type StaffRec = Listed & { row: StaffPerson; person: Person; hasInn: boolean; hasDob: boolean };
type CpRec = Listed & {
  row: CounterpartyRow;
  pid?: number;
  planted?: PlantedKind;
  plantedFor?: string;
  decoy?: DecoyKind;
};

export type Dataset = {
  staff: StaffPerson[];
  counterparties: CounterpartyRow[];
  /** "staffId\tcounterpartyId" → kind of link (planted kind, "derived:<kind>" for household members, "background"). */
  truth: Map<string, string>;
  decoyOf: Map<string, DecoyKind>;
};

const COMPANY_WORDS = [
  'Ромашка',
  'Вектор',
  'Сибирь',
  'Кузбасс',
  'Альянс',
  'Стройресурс',
  'Техсервис',
  'Меридиан',
  'Гарант',
  'Восток',
  'Профи',
  'Энергия',
  'Уголёк',
  'Каскад',
  'Фаворит',
  'Ресурс',
  'Спектр',
  'Медтехника',
  'Дорстрой',
  'Логистик',
];

class Generator {
  readonly rng: Rng;
  readonly world: World;
  readonly staff: StaffRec[] = [];
  readonly cps: CpRec[] = [];
  private readonly officePhones: number[];
  private readonly background: Person[] = [];

  constructor(
    names: NameSource,
    readonly spec: ScaleSpec,
  ) {
    this.rng = new Rng(spec.seed);
    this.world = new World(this.rng, names, spec.name);
    // the administration's switchboard and department lines, listed by some employees as "work phone"
    this.officePhones = [0, 1, 2, 3].map(() => this.world.landline(false));
  }

  // ---------- staff ----------

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

  // ---------- counterparties ----------

  private newCompany(isEntrepreneur: boolean, owner?: Person): { inn: string; name: string } {
    if (isEntrepreneur && owner)
      return { inn: owner.inn, name: `ИП ${owner.last} ${owner.first[0]}.${owner.middle[0]}.` };
    const word = this.rng.pick(COMPANY_WORDS);
    return {
      inn: this.world.companyInn(),
      name: `${this.rng.pick(['ООО', 'ООО', 'ООО', 'АО', 'ПК'])} «${word}${this.rng.chance(0.5) ? `-${this.rng.int(1, 99)}` : ''}»`,
    };
  }

  private mobileOf(p: Person): number {
    if (p.mobile === undefined) p.mobile = this.world.mobile();
    return p.mobile;
  }

  private emailOf(p: Person): number {
    if (p.email === undefined) p.email = this.world.email(p, true);
    return p.email;
  }

  private homeOf(p: Person): number {
    if (p.home === undefined) p.home = this.world.home();
    return p.home;
  }

  private backgroundPerson(): Person {
    if (this.background.length > 100 && this.rng.chance(0.1)) return this.rng.pick(this.background); // serial directors
    const p = this.world.person({ bornFrom: 1950, bornTo: 2002 });
    this.background.push(p);
    return p;
  }

  private push(rec: Omit<CpRec, 'phones' | 'emails' | 'addresses'> & Partial<Listed>) {
    rec.row.id = `c${this.cps.length + 1}`;
    this.cps.push({ phones: [], emails: [], addresses: [], ...rec });
  }

  /** A person row as ЕГРЮЛ/ЕГРИП and procurement applications give it. */
  private personRow(
    company: { inn: string; name: string },
    role: CounterpartyRole,
    p: Person,
    o: {
      inn?: 'yes' | 'no' | 'typo';
      dob?: boolean;
      style?: NameStyle;
      last?: string;
      phones?: number[];
      emails?: number[];
      addresses?: number[];
    } = {},
  ): Omit<CpRec, 'planted'> {
    const { rng, world } = this;
    const style: NameStyle =
      o.style ??
      (rng.next() < 0.5
        ? 'upper'
        : rng.next() < 0.92
          ? 'plain'
          : rng.pick(['initials-last', 'full-in-last', 'spacing'] as const));
    const names = renderName(o.last ?? p.last, p.first, p.middle, style, rng);
    const innMode = o.inn ?? (rng.chance(0.9) ? 'yes' : 'no');
    const phones = o.phones ?? [];
    const emails = o.emails ?? [];
    const addresses = o.addresses ?? [];
    return {
      pid: p.pid,
      phones,
      emails,
      addresses,
      row: {
        id: '',
        companyInn: company.inn,
        companyName: company.name,
        role,
        ...names,
        birthDate: (o.dob ?? rng.chance(0.12)) ? renderDate(p.birth, rng) : undefined,
        inn: innMode === 'yes' ? p.inn : innMode === 'typo' ? innTypo(p.inn, rng) : undefined,
        phones: phones.map((id) => renderPhone(world.phones[id].value, rng)),
        emails: emails.map((id) => world.emails[id].value),
        addresses: addresses.map((id) => renderAddress(world.addresses[id], rng)),
      },
    };
  }

  /** The company's own phone, e-mail and registered address, with or without a contact person. */
  private contactRow(
    company: { inn: string; name: string },
    person: Person | undefined,
    l: Listed,
  ): Omit<CpRec, 'planted'> {
    const { rng, world } = this;
    const names = person
      ? renderName(person.last, person.first, person.middle, rng.chance(0.5) ? 'plain' : 'initials-last', rng)
      : { lastName: '', firstName: '', middleName: '' };
    return {
      pid: person?.pid,
      ...l,
      row: {
        id: '',
        companyInn: company.inn,
        companyName: company.name,
        role: 'contact',
        ...names,
        phones: l.phones.map((id) => renderPhone(world.phones[id].value, rng)),
        emails: l.emails.map((id) => {
          const v = world.emails[id].value;
          return rng.chance(0.2)
            ? v.toUpperCase()
            : v.endsWith('@yandex.ru') && rng.chance(0.5)
              ? v.replace('@yandex.ru', '@ya.ru')
              : v;
        }),
        addresses: l.addresses.map((id) => renderAddress(world.addresses[id], rng)),
      },
    };
  }

  private companyContacts(director: Person | undefined): Listed {
    const { rng, world } = this;
    const phones = rng.chance(0.85)
      ? [rng.chance(0.6) ? world.landline(false) : (director?.mobile ?? world.mobile())]
      : [];
    const emails = rng.chance(0.6) ? [world.email(undefined, false, 'firm')] : [];
    let addresses: number[] = [];
    if (rng.chance(0.9)) {
      const r = rng.next();
      if (r < 0.45) addresses = [world.companyAddress('office')];
      else if (r < 0.8 || !director) addresses = [world.companyAddress('building')];
      else addresses = [this.homeOf(director)];
    }
    return { phones, emails, addresses };
  }

  backgroundCompany() {
    const { rng } = this;
    if (rng.chance(0.3)) {
      const p = this.backgroundPerson();
      const company = this.newCompany(true, p);
      const phones = rng.chance(0.5) ? [this.mobileOf(p)] : [];
      const emails = rng.chance(0.3) ? [this.emailOf(p)] : [];
      const addresses = rng.chance(0.3) ? [this.homeOf(p)] : [];
      this.push(
        this.personRow(company, 'entrepreneur', p, { inn: rng.chance(0.5) ? 'yes' : 'no', phones, emails, addresses }),
      );
      if (rng.chance(0.3)) this.push(this.contactRow(company, undefined, this.companyContacts(p)));
      return;
    }
    const company = this.newCompany(false);
    const director = this.backgroundPerson();
    const dirContacts = {
      phones: rng.chance(0.12) ? [this.mobileOf(director)] : [],
      addresses: rng.chance(0.05) ? [this.homeOf(director)] : [],
    };
    this.push(this.personRow(company, 'director', director, dirContacts));
    if (rng.chance(0.5)) this.push(this.personRow(company, 'founder', director));
    if (rng.chance(0.3)) this.push(this.personRow(company, 'founder', this.backgroundPerson()));
    if (rng.chance(0.5))
      this.push(
        this.contactRow(
          company,
          rng.chance(0.5) ? undefined : rng.chance(0.5) ? director : this.backgroundPerson(),
          this.companyContacts(director),
        ),
      );
  }

  // ---------- planted links ----------

  private eligible(kind: PlantedKind, s: StaffRec): boolean {
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

  // ---------- decoys ----------

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

  // ---------- truth ----------

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
