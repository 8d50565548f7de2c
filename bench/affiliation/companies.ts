/**
 * Background counterparties as ЕГРЮЛ/ЕГРИП and procurement data show them: LLCs with a director,
 * founders and a contact row (the company's phone, e-mail, registered address in a business
 * centre, a building or a director's flat), entrepreneurs whose company ИНН is their own, serial
 * directors of several companies.
 */
import type { CounterpartyRole } from '../../packages/engines/src/affiliation/types';
import type { CpRec, Listed } from './records';
import { innTypo, type NameStyle, renderAddress, renderDate, renderName, renderPhone } from './render';
import { StaffFamilies } from './staff-families';
import type { Person } from './world';

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

export class Companies extends StaffFamilies {
  readonly cps: CpRec[] = [];
  protected readonly background: Person[] = [];

  protected newCompany(isEntrepreneur: boolean, owner?: Person): { inn: string; name: string } {
    if (isEntrepreneur && owner)
      return { inn: owner.inn, name: `ИП ${owner.last} ${owner.first[0]}.${owner.middle[0]}.` };
    const word = this.rng.pick(COMPANY_WORDS);
    return {
      inn: this.world.companyInn(),
      name: `${this.rng.pick(['ООО', 'ООО', 'ООО', 'АО', 'ПК'])} «${word}${this.rng.chance(0.5) ? `-${this.rng.int(1, 99)}` : ''}»`,
    };
  }

  protected mobileOf(p: Person): number {
    if (p.mobile === undefined) p.mobile = this.world.mobile();
    return p.mobile;
  }

  protected emailOf(p: Person): number {
    if (p.email === undefined) p.email = this.world.email(p, true);
    return p.email;
  }

  protected homeOf(p: Person): number {
    if (p.home === undefined) p.home = this.world.home();
    return p.home;
  }

  protected backgroundPerson(): Person {
    if (this.background.length > 100 && this.rng.chance(0.1)) return this.rng.pick(this.background); // serial directors
    const p = this.world.person({ bornFrom: 1950, bornTo: 2002 });
    this.background.push(p);
    return p;
  }

  protected push(rec: Omit<CpRec, 'phones' | 'emails' | 'addresses'> & Partial<Listed>) {
    rec.row.id = `c${this.cps.length + 1}`;
    this.cps.push({ phones: [], emails: [], addresses: [], ...rec });
  }

  /** A person row as ЕГРЮЛ/ЕГРИП and procurement applications give it. */
  protected personRow(
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
  protected contactRow(
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

  protected companyContacts(director: Person | undefined): Listed {
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
}
