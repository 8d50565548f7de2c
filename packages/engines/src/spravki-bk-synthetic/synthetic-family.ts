/**
 * Synthetic families of declarants over several reporting years, for tests and benchmarks. Every person is
 * fictitious (random combinations of common name parts, passport 0000 000000). A share of families gets
 * anomalies the analysis rules should find (income jumps, vanished property, large deals, gifts, foreign
 * accounts, shares, loans from counterparties…), recorded in `anomalies`.
 */
import {
  type Account,
  buildAccount,
  buildDigitalAsset,
  buildExpense,
  buildGiftedAway,
  buildIncome,
  buildObligation,
  buildPerson,
  buildRealEstate,
  buildRealEstateInUse,
  buildSecurity,
  buildShareholding,
  buildVehicle,
  type DeclarantRole,
  type Income,
  type PersonDeclaration,
  type RealEstate,
  type Vehicle,
} from '../spravki-bk/index.js';
import { FATHER_NAMES, FEMALE_NAMES, MALE_NAMES, patronymic, SURNAMES, surname } from './names.js';
import type { Rng } from './random.js';

export type Anomaly =
  | 'income_jump'
  | 'property_vanished'
  | 'new_property_no_basis'
  | 'big_deal'
  | 'money_gift'
  | 'foreign_account'
  | 'shares'
  | 'counterparty_loan'
  | 'in_use_outsider'
  | 'large_inflow'
  | 'entrepreneur'
  | 'teaching_income';

export const ANOMALIES: readonly Anomaly[] = [
  'income_jump',
  'property_vanished',
  'new_property_no_basis',
  'big_deal',
  'money_gift',
  'foreign_account',
  'shares',
  'counterparty_loan',
  'in_use_outsider',
  'large_inflow',
  'entrepreneur',
  'teaching_income',
];

/** INNs of fictitious counterparties (the caller passes them to the analysis as `counterpartyInns`). */
export const COUNTERPARTY_INNS = ['4205000001', '4205000002', '4205000003'] as const;

/** A person of a given family: who they are; incomes and property are drawn. */
export type SyntheticPerson = {
  role: DeclarantRole;
  gender: 'male' | 'female';
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
};

export type SyntheticFamily = {
  id: string;
  /** The family's forms per reporting year, ascending. */
  years: { year: number; persons: PersonDeclaration[] }[];
  /** Anomalies planted in the last year. */
  anomalies: Anomaly[];
};

type Member = {
  role: DeclarantRole;
  gender: 'male' | 'female';
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  salary: number;
  realEstate: RealEstate[];
  vehicles: Vehicle[];
  accounts: Account[];
};

const BANKS = ['ПАО Сбербанк', 'Банк ВТБ (ПАО)', 'АО «Альфа-Банк»', 'АО «Россельхозбанк»', 'ПАО «Совкомбанк»'];
const CARS: [string, string][] = [
  ['LADA', 'Vesta'],
  ['KIA', 'Rio'],
  ['Hyundai', 'Solaris'],
  ['Toyota', 'Camry'],
  ['Renault', 'Duster'],
];
const ADDRESS = { country: 'Российская Федерация', region: 'Кемеровская область - Кузбасс', city: 'Кемерово' };

function apartment(rng: Rng, basis: string | null): RealEstate {
  const kind = rng.pick(['apartment', 'apartment', 'land', 'garage', 'house'] as const);
  const type = {
    apartment: 'Квартира',
    land: 'Земельный участок',
    garage: 'Гараж',
    house: 'Жилой дом',
    dacha: 'Дача',
    other: 'Иное',
  }[kind];
  return buildRealEstate({
    kind,
    typeRaw: type,
    area: Math.round(rng.next() * 900 + 180) / 10,
    ownership: 'individual',
    ownershipRaw: 'Индивидуальная',
    address: {
      ...ADDRESS,
      street: `ул. ${rng.pick(['Весенняя', 'Советская', 'Ленина', 'Мичурина'])}`,
      house: String(rng.int(1, 99)),
    },
    basis,
  });
}

function makeMember(
  rng: Rng,
  role: DeclarantRole,
  family: string,
  year: number,
  father: string,
  gender: 'male' | 'female' = rng.chance(0.5) ? 'male' : 'female',
): Member {
  const adult = role !== 'minor_child';
  const birthYear = adult ? rng.int(1965, 1998) : rng.int(year - 17, year - 1);
  return {
    role,
    gender,
    lastName: surname(family, gender),
    firstName: rng.pick(gender === 'male' ? MALE_NAMES : FEMALE_NAMES),
    middleName: patronymic(adult ? rng.pick(FATHER_NAMES) : father, gender),
    birthDate: rng.date(birthYear, birthYear),
    salary: adult ? rng.amount(420_000, 1_400_000) : 0,
    realEstate: adult && rng.chance(0.7) ? [apartment(rng, 'Договор купли-продажи')] : [],
    vehicles: adult && rng.chance(0.5) ? [vehicle(rng)] : [],
    accounts: Array.from({ length: rng.int(adult ? 1 : 0, 3) }, () =>
      buildAccount({
        bank: rng.pick(BANKS),
        type: rng.pick(['Текущий', 'Депозитный']),
        openedAt: rng.date(2008, year - 1),
        balance: rng.amount(100, adult ? 400_000 : 60_000),
      }),
    ),
  };
}

function vehicle(rng: Rng, basis: string | null = 'Договор купли-продажи'): Vehicle {
  const [make, model] = rng.pick(CARS);
  return buildVehicle({
    make,
    model,
    year: rng.int(2008, 2023),
    registrationPlace: 'ГИБДД по Кемеровской области',
    basis,
  });
}

function formOf(
  m: Member,
  year: number,
  incomes: Income[],
  declarant: Member,
  workplace = { organisation: 'Администрация Кемеровского муниципального округа', position: 'главный специалист' },
): PersonDeclaration {
  return buildPerson({
    year,
    role: m.role,
    roleRaw: { self: 'НаСебя', spouse: 'НаСупругаИлиСупругу', minor_child: 'НаНесовершеннолетнегоРебенка' }[m.role],
    lastName: m.lastName,
    firstName: m.firstName,
    middleName: m.middleName,
    birthDate: m.birthDate,
    gender: m.gender,
    identity: {
      documentType: m.role === 'minor_child' ? 'СвидетельствоОРождении' : 'Паспорт',
      series: '0000',
      number: '000000',
      issuedAt: null,
      issuedBy: null,
      snils: '000-000-000 00',
    },
    registration: { ...ADDRESS, street: 'ул. Весенняя', house: '1', flat: '63' },
    workplace:
      m.role === 'self'
        ? { ...workplace, hasWork: true }
        : { organisation: null, position: null, hasWork: m.salary > 0 },
    declarant: {
      lastName: declarant.lastName,
      firstName: declarant.firstName,
      middleName: declarant.middleName,
      birthDate: declarant.birthDate,
    },
    signedAt: `${year + 1}-03-${String(10 + (m.birthDate.charCodeAt(9) % 18)).padStart(2, '0')}`,
    filingBasis: 'ВРамкахДекларационнойКомпании',
    positionType: 'Замещаемая',
    positionApprovedAt: '2019-02-01',
    incomes,
    realEstate: m.realEstate.map((r) => ({ ...r })),
    vehicles: m.vehicles.map((v) => ({ ...v })),
    accounts: m.accounts.map((a) => ({ ...a })),
  });
}

function baseIncomes(rng: Rng, m: Member): Income[] {
  const deposits = m.accounts.some((a) => a.type === 'Депозитный') ? rng.amount(1_000, 40_000) : 0;
  return [
    buildIncome('main_work', m.salary),
    buildIncome('teaching_science', 0),
    buildIncome('creative', 0),
    buildIncome('deposits', deposits),
    buildIncome('securities', 0),
    buildIncome(
      'other',
      m.role === 'minor_child' ? rng.amount(0, 60_000) : 0,
      m.role === 'minor_child' ? { otherKind: 'Пособие' } : {},
    ),
  ];
}

/** Plants one anomaly in the last year's forms of the family. */
function plant(rng: Rng, anomaly: Anomaly, forms: PersonDeclaration[], year: number): void {
  const self = forms[0];
  const other = (otherKind: string, amount: number) => self.incomes.push(buildIncome('other', amount, { otherKind }));
  switch (anomaly) {
    case 'income_jump':
      other('Вознаграждение по договору оказания услуг', rng.amount(3_000_000, 6_000_000));
      break;
    case 'property_vanished':
      // Handled by the caller before the forms are made (the object is dropped from this year).
      break;
    case 'new_property_no_basis':
      self.realEstate.push(apartment(rng, null));
      break;
    case 'big_deal': {
      const house = apartment(rng, 'Договор купли-продажи');
      self.realEstate.push(house);
      self.expenses.push(
        buildExpense({
          assetKind: house.typeRaw,
          name: house.typeRaw,
          amount: rng.amount(15_000_000, 30_000_000),
          basis: 'Договор купли-продажи',
          sources: [{ source: 'Накопления за предыдущие годы', amount: null }],
        }),
      );
      break;
    }
    case 'money_gift':
      other('Денежные средства, полученные в порядке дарения', rng.amount(300_000, 2_000_000));
      break;
    case 'foreign_account':
      self.accounts.push(
        buildAccount({
          bank: 'Bank of Cyprus',
          type: 'Текущий',
          currency: 'Евро',
          country: 'Кипр',
          openedAt: `${year}-05-12`,
          balance: rng.amount(10_000, 900_000),
        }),
      );
      break;
    case 'shares':
      self.shareholdings.push(
        buildShareholding({
          legalForm: 'ООО',
          name: `«${rng.pick(['Кузбасс-Строй', 'Сибирь-Сервис', 'Дорстрой'])}»`,
          inn: rng.pick(COUNTERPARTY_INNS),
          charterCapital: 10_000,
          participation: '25%',
          basis: 'Учредительный договор',
        }),
      );
      break;
    case 'counterparty_loan':
      self.obligations.push(
        buildObligation({
          content: 'Заём',
          counterparty: 'ООО «Дорстрой»',
          counterpartyInn: rng.pick(COUNTERPARTY_INNS),
          basis: `Договор займа от ${year}-04-01`,
          amount: rng.amount(600_000, 3_000_000),
          outstanding: rng.amount(500_000, 600_000),
          conditions: '0% годовых',
        }),
      );
      break;
    case 'in_use_outsider':
      self.realEstateInUse.push(
        buildRealEstateInUse({
          typeRaw: 'Квартира',
          area: 82.5,
          useKind: 'Безвозмездное пользование',
          from: `${year}-01-10`,
          basis: 'Договор безвозмездного пользования',
          providerType: 'ФизическоеЛицо',
          providerName: 'Петров Пётр Петрович',
          providerBirthDate: '1960-02-02',
          address: ADDRESS,
        }),
      );
      break;
    case 'large_inflow':
      self.accounts[0] = {
        ...(self.accounts[0] ?? buildAccount({ bank: BANKS[0] })),
        inflow: rng.amount(20_000_000, 40_000_000),
        inflowWithinIncome: false,
        statementDate: `${year + 1}-01-20`,
      };
      break;
    case 'entrepreneur':
      other('Доход от предпринимательской деятельности', rng.amount(200_000, 900_000));
      break;
    case 'teaching_income':
      self.incomes[1] = buildIncome('teaching_science', rng.amount(20_000, 200_000));
      break;
  }
  self.incomeTotal = Math.round(self.incomes.reduce((s, i) => s + (i.amount ?? 0), 0) * 100) / 100;
  if (anomaly === 'shares')
    self.securities.push(
      buildSecurity({ type: 'Облигация', issuer: 'Минфин России', quantity: 10, totalValue: 10_000 }),
    );
}

/**
 * Generates one family over `firstYear`…`lastYear`. With probability `anomalyRate` the last year gets
 * one or two anomalies.
 */
export function generateFamily(
  rng: Rng,
  options: {
    id: string;
    firstYear: number;
    lastYear: number;
    anomalyRate?: number;
    /** A given family (e.g. an employee and relatives from HR data): names and birth dates are kept, the rest is drawn. */
    people?: SyntheticPerson[];
    /** Workplace written in the declarant's form. */
    workplace?: { organisation: string; position: string };
  },
): SyntheticFamily {
  const members: Member[] = [];
  if (options.people?.length) {
    for (const p of options.people) {
      const m = makeMember(rng, p.role, p.lastName, options.firstYear, '', p.gender);
      members.push({
        ...m,
        lastName: p.lastName,
        firstName: p.firstName,
        middleName: p.middleName,
        birthDate: p.birthDate,
      });
    }
    if (members[0]?.role !== 'self')
      throw new Error('the first person of a given family must be the declarant (role self)');
  } else {
    const family = rng.pick(SURNAMES);
    const self = makeMember(rng, 'self', family, options.firstYear, '');
    members.push(self);
    if (rng.chance(0.75)) {
      members.push(
        makeMember(rng, 'spouse', family, options.firstYear, '', self.gender === 'male' ? 'female' : 'male'),
      );
    }
    // Children take their patronymic from the father in the family, or from someone else's name.
    const father = members.find((m) => m.gender === 'male')?.firstName ?? rng.pick(FATHER_NAMES);
    const children = rng.int(0, 3);
    for (let i = 0; i < children; i++) members.push(makeMember(rng, 'minor_child', family, options.lastYear, father));
  }
  const self = members[0];
  const anomalies: Anomaly[] = [];
  if (rng.chance(options.anomalyRate ?? 0.3)) {
    anomalies.push(rng.pick(ANOMALIES));
    if (rng.chance(0.3)) anomalies.push(rng.pick(ANOMALIES));
  }
  if (anomalies.includes('property_vanished') && self.realEstate.length === 0) {
    self.realEstate.push(apartment(rng, 'Договор купли-продажи'));
  }
  // A few declarants hold digital assets (sections 3.3–3.5, Decree 778).
  const digital = rng.chance(0.05)
    ? [
        buildDigitalAsset({
          kind: rng.pick(['financial_asset', 'currency', 'utilitarian_right'] as const),
          name: rng.pick(['Bitcoin', 'ЦФА «Газпромнефть-1»', 'Токен «Платформа»']),
          acquiredAt: rng.date(2019, options.firstYear),
          quantity: rng.int(1, 100) / 10,
          operator: 'ПАО Сбербанк',
        }),
      ]
    : [];
  const years: SyntheticFamily['years'] = [];
  for (let year = options.firstYear; year <= options.lastYear; year++) {
    const isLast = year === options.lastYear;
    // Children born after the year are not in that year's package.
    const present = members.filter((m) => m.birthDate.slice(0, 4) <= String(year));
    const forms = present.map((m) => formOf(m, year, baseIncomes(rng, m), self, options.workplace));
    forms[0].digitalAssets = digital.map((d) => ({ ...d }));
    if (isLast) {
      if (anomalies.includes('property_vanished')) forms[0].realEstate = [];
      for (const anomaly of anomalies) plant(rng, anomaly, forms, year);
    }
    years.push({ year, persons: forms });
    for (const m of members) {
      m.salary = Math.round(m.salary * (1 + rng.next() * 0.1) * 100) / 100;
      for (const acc of m.accounts) acc.balance = Math.round((acc.balance ?? 0) * (0.8 + rng.next() * 0.4) * 100) / 100;
    }
    if (rng.chance(0.1) && !isLast) self.vehicles.push(vehicle(rng));
    if (isLast && rng.chance(0.05) && !anomalies.includes('property_vanished'))
      forms[0].giftedAway.push(
        buildGiftedAway({ propertyType: 'Гараж', name: 'Гараж', recipient: 'Сестра', basis: 'Договор дарения' }),
      );
  }
  return { id: options.id, years, anomalies };
}
