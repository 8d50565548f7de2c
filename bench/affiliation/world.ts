/**
 * The synthetic world people and companies are drawn from: persons with consistent family names
 * and patronymics, unique ИНН, phones and e-mails, homes in the towns and villages of Kemerovo
 * oblast, business centres where companies register. Every contact point has an id, so the
 * ground truth is computed from ids, never from the spellings the engine has to decode.
 */
import { withInnCheckDigits } from '../../packages/engines/src/affiliation/normalise/inn';
import { drawFirstName, feminineSurname, type NameSource } from './names-source';
import { CITIES, MAIL_DOMAINS, STREETS, TAX_OFFICES, VILLAGE_NAMES, VILLAGE_STREETS } from './places';
import type { AddressParts } from './render';
import type { Rng } from './rng';

export type Gender = 'm' | 'f';

export type Person = {
  pid: number;
  gender: Gender;
  /** Current surname in the person's gender form. */
  last: string;
  /** Family name at birth, male form (the key of the family). */
  birthFamily: string;
  /** Current family name, male form (the husband's after a marriage). */
  family: string;
  /** Surname before marriage, when it changed. */
  maiden?: string;
  first: string;
  middle: string;
  fatherFirst: string;
  birth: string;
  inn: string;
  mobile?: number;
  email?: number;
  home?: number;
};

export type Contact = { value: string; isHousehold: boolean };
export type AddressRecord = AddressParts & { isHousehold: boolean };

type Locality = { name: string; type: AddressParts['locType']; phoneCode: string; isCity: boolean; postcode: string };

export type WorldShape = 'municipality' | 'region';

export class World {
  readonly persons: Person[] = [];
  readonly phones: Contact[] = [];
  readonly emails: Contact[] = [];
  readonly addresses: AddressRecord[] = [];
  private readonly used = new Set<string>();
  private readonly homeLocalities: Locality[];
  private readonly cities: Locality[];
  private readonly allCities: Locality[];

  constructor(
    private readonly rng: Rng,
    private readonly names: NameSource,
    shape: WorldShape,
  ) {
    this.allCities = CITIES.map(([name, phoneCode, postcode]) => ({
      name,
      type: 'г' as const,
      phoneCode,
      isCity: true,
      postcode,
    }));
    const villages = VILLAGE_NAMES.map((name, i) => ({
      name,
      type: (i % 3 === 0 ? 'п' : i % 3 === 1 ? 'с' : 'д') as Locality['type'],
      phoneCode: '3842',
      isCity: false,
      postcode: '650510',
    }));
    this.cities = shape === 'municipality' ? this.allCities.slice(0, 1) : this.allCities;
    this.homeLocalities =
      shape === 'municipality' ? [...this.cities, ...villages.slice(0, 12)] : [...this.cities, ...villages];
  }

  private claim(key: string): boolean {
    if (this.used.has(key)) return false;
    this.used.add(key);
    return true;
  }

  personInn(): string {
    for (;;) {
      const inn = withInnCheckDigits(`42${this.rng.pick(TAX_OFFICES)}${this.rng.digits(6)}`);
      if (this.claim(`i${inn}`)) return inn;
    }
  }

  companyInn(): string {
    for (;;) {
      const inn = withInnCheckDigits(`42${this.rng.pick(TAX_OFFICES)}${this.rng.digits(5)}`);
      if (this.claim(`i${inn}`)) return inn;
    }
  }

  /** A new person; family fields let relatives share surnames and patronymics. */
  person(o: { gender?: Gender; birthFamily?: string; fatherFirst?: string; bornFrom: number; bornTo: number }): Person {
    const gender = o.gender ?? (this.rng.chance(0.5) ? 'm' : 'f');
    const birthFamily = o.birthFamily ?? this.names.surnames.draw(this.rng);
    const fatherFirst = o.fatherFirst ?? this.names.fathers.draw(this.rng);
    const forms = this.names.patronymics.get(fatherFirst) ?? ['Иванович', 'Ивановна'];
    const y = this.rng.int(o.bornFrom, o.bornTo);
    const birth = `${y}-${String(this.rng.int(1, 12)).padStart(2, '0')}-${String(this.rng.int(1, 28)).padStart(2, '0')}`;
    const p: Person = {
      pid: this.persons.length,
      gender,
      last: gender === 'm' ? birthFamily : feminineSurname(birthFamily),
      birthFamily,
      family: birthFamily,
      first: drawFirstName(this.names, this.rng, gender),
      middle: forms[gender === 'm' ? 0 : 1],
      fatherFirst,
      birth,
      inn: this.personInn(),
    };
    this.persons.push(p);
    return p;
  }

  /** Marriage: the wife takes the husband's surname (most do). */
  marry(wife: Person, husband: Person) {
    if (this.rng.chance(0.85) && wife.family !== husband.family) {
      wife.maiden = wife.last;
      wife.last = feminineSurname(husband.family);
      wife.family = husband.family;
    }
  }

  private addContact(list: Contact[], value: string, isHousehold: boolean): number {
    list.push({ value, isHousehold });
    return list.length - 1;
  }

  mobile(): number {
    for (;;) {
      const v = `9${this.rng.pick(['0', '1', '2', '3', '5', '6', '8', '9'])}${this.rng.digits(8)}`;
      if (this.claim(`p${v}`)) return this.addContact(this.phones, v, true);
    }
  }

  landline(isHousehold: boolean, locality = this.rng.pick(this.cities)): number {
    for (;;) {
      const code = locality.phoneCode;
      const v = `${code}${this.rng.int(2, 7)}${this.rng.digits(9 - code.length)}`;
      if (this.claim(`p${v}`)) return this.addContact(this.phones, v, isHousehold);
    }
  }

  email(p: Person | undefined, isHousehold: boolean, company?: string): number {
    for (;;) {
      let v: string;
      if (p) {
        const base = `${translitSimple(p.first[0])}${translitSimple(p.last)}`.replace(/[^a-z]/g, '');
        v = `${this.rng.chance(0.5) ? base : `${translitSimple(p.first)}.${translitSimple(p.last)}`}${this.rng.chance(0.6) ? this.rng.int(1, 999) : ''}@${this.rng.pick(MAIL_DOMAINS)}`;
      } else
        v = `${this.rng.pick(['info', 'office', 'mail', 'zakaz', 'buh'])}@${company ?? 'firm'}${this.rng.int(1, 9_999_999)}.ru`;
      const key = v.replace('@ya.ru', '@yandex.ru');
      if (this.claim(`e${key}`)) return this.addContact(this.emails, v, isHousehold);
    }
  }

  private readonly companyAddressIds = new Map<string, number>();

  private address(
    parts: Omit<AddressParts, 'region' | 'postcode'> & { postcode?: string },
    isHousehold: boolean,
  ): number | undefined {
    const key = `a${parts.locality}|${parts.street}|${parts.house}|${parts.unit ?? ''}`;
    if (!this.claim(key)) return undefined;
    this.addresses.push({ region: 'Кемеровская', postcode: parts.postcode ?? '650000', ...parts, isHousehold });
    return this.addresses.length - 1;
  }

  /** Company premises are shared: many companies sit in one business centre or building. */
  private sharedAddress(parts: Omit<AddressParts, 'region' | 'postcode'> & { postcode?: string }): number {
    const key = `${parts.locality}|${parts.street}|${parts.house}|${parts.unit ?? ''}`;
    const existing = this.companyAddressIds.get(key);
    if (existing !== undefined) return existing;
    this.addresses.push({ region: 'Кемеровская', postcode: parts.postcode ?? '650000', ...parts, isHousehold: false });
    this.companyAddressIds.set(key, this.addresses.length - 1);
    return this.addresses.length - 1;
  }

  /** Most people live in towns; a village has room for a few thousand households only. */
  private homeLocality(): Locality {
    const villages = this.homeLocalities.filter((l) => !l.isCity);
    if (villages.length > 0 && this.rng.chance(0.15)) return this.rng.pick(villages);
    // the first two cities (Кемерово, Новокузнецк) are the largest
    return this.cities.length > 2 && this.rng.chance(0.5)
      ? this.cities[this.rng.int(0, 1)]
      : this.rng.pick(this.cities);
  }

  /** A home: a flat in a town or a house in a village (or a private house in a town). */
  home(locality = this.homeLocality()): number {
    for (;;) {
      const isFlat = locality.isCity && this.rng.chance(0.88);
      const [street, streetType] = this.rng.pick(locality.isCity ? STREETS : VILLAGE_STREETS);
      const house = String(this.rng.int(1, locality.isCity ? 140 : 120)) + (this.rng.chance(0.05) ? 'а' : '');
      const id = this.address(
        {
          locality: locality.name,
          locType: locality.type,
          street,
          streetType,
          house,
          unit: isFlat ? String(this.rng.int(1, 220)) : undefined,
          unitType: 'кв',
          postcode: locality.postcode,
        },
        true,
      );
      if (id !== undefined) return id;
    }
  }

  /** Another flat in the same building as a given home (a neighbour). */
  neighbourFlat(homeId: number): number | undefined {
    const h = this.addresses[homeId];
    if (!h.unit) return undefined;
    for (let i = 0; i < 20; i++) {
      const id = this.address(
        { ...h, unit: String(this.rng.int(1, 220)), unitType: this.rng.chance(0.5) ? 'кв' : 'оф' },
        false,
      );
      if (id !== undefined) return id;
    }
    return undefined;
  }

  /** The same street, house and flat as a given home, in another town. */
  sameFlatOtherTown(homeId: number): number | undefined {
    const h = this.addresses[homeId];
    const others = this.allCities.filter((c) => c.name !== h.locality);
    for (let i = 0; i < 5; i++) {
      const c = this.rng.pick(others);
      const id = this.address({ ...h, locality: c.name, locType: c.type, postcode: c.postcode }, false);
      if (id !== undefined) return id;
    }
    return undefined;
  }

  /** An office in a business centre (many companies per building) or a building without unit. */
  companyAddress(kind: 'office' | 'building'): number {
    const city = this.rng.pick(this.cities);
    const [street, streetType] = this.rng.pick(STREETS.slice(0, 20));
    const house = String(this.rng.int(1, kind === 'office' ? 15 : 200));
    return this.sharedAddress({
      locality: city.name,
      locType: city.type,
      street,
      streetType,
      house: kind === 'office' ? `${house}к${this.rng.int(1, 3)}` : `${house}с1`,
      unit: kind === 'office' ? String(this.rng.int(1, 400)) : undefined,
      unitType: this.rng.chance(0.5) ? 'оф' : 'пом',
      postcode: city.postcode,
    });
  }

  cityOf(homeId: number): Locality {
    const name = this.addresses[homeId].locality;
    return this.allCities.find((c) => c.name === name) ?? this.cities[0];
  }
}

const SIMPLE: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Transliteration people use for e-mail logins (not a standard). */
export function translitSimple(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) out += SIMPLE[ch] ?? ch;
  return out;
}
