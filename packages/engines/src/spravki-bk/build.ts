/**
 * Builders of declarations with every field filled (nulls and empty lists by default): seed factories for
 * tests, the synthetic generator and demo data, so they never drift from the parser's model.
 */
import { INCOME_LINE } from './read-income-expenses.js';
import type {
  Account,
  DigitalAsset,
  Expense,
  GiftedAway,
  Income,
  IncomeKind,
  Obligation,
  PersonDeclaration,
  RealEstate,
  RealEstateInUse,
  Security,
  Shareholding,
  Vehicle,
} from './types.js';
import { isForeignCountry, roundKopecks } from './values.js';

const INCOME_KIND_RAW: Record<IncomeKind, string> = {
  main_work: 'ДоходПоОсновномуМестуРаботы',
  teaching_science: 'ДоходОтПедагогическойИНаучнойДеятельности',
  creative: 'ДоходОтИнойТворческойДеятельности',
  deposits: 'ДоходОтВкладовВБанкахИИныхКредитныхОрганизациях',
  securities: 'ДоходОтЦенныхБумагИДолейУчастияВКоммерческихОрганизациях',
  other: 'ИнойДоход',
};

/** The program's `ВидДохода` value for an income kind. */
export function incomeKindRaw(kind: IncomeKind): string {
  return INCOME_KIND_RAW[kind];
}

export function buildIncome(kind: IncomeKind, amount: number, fields: Partial<Income> = {}): Income {
  return {
    kind,
    line: INCOME_LINE[kind],
    amount,
    kindRaw: INCOME_KIND_RAW[kind],
    otherKind: null,
    category: null,
    description: null,
    explanation: null,
    ...fields,
  };
}

export function buildExpense(fields: Partial<Expense> = {}): Expense {
  return { assetKind: null, name: null, amount: null, basis: null, sources: [], area: null, address: null, ...fields };
}

export function buildRealEstate(fields: Partial<RealEstate> = {}): RealEstate {
  const country = fields.country ?? fields.address?.country ?? null;
  return {
    kind: 'apartment',
    typeRaw: 'Квартира',
    name: null,
    ownership: 'individual',
    ownershipRaw: 'Индивидуальная',
    share: null,
    area: null,
    address: null,
    basis: null,
    coOwners: [],
    ...fields,
    country,
    isForeign: fields.isForeign ?? isForeignCountry(country),
  };
}

export function buildRealEstateInUse(fields: Partial<RealEstateInUse> = {}): RealEstateInUse {
  const country = fields.country ?? fields.address?.country ?? null;
  return {
    kind: 'apartment',
    typeRaw: 'Квартира',
    name: null,
    area: null,
    address: null,
    useKind: null,
    from: null,
    to: null,
    basis: null,
    providerType: null,
    providerName: null,
    providerBirthDate: null,
    providerInn: null,
    ...fields,
    country,
    isForeign: fields.isForeign ?? isForeignCountry(country),
  };
}

export function buildVehicle(fields: Partial<Vehicle> = {}): Vehicle {
  return {
    type: 'ЛегковойАвтомобиль',
    make: null,
    model: null,
    year: null,
    ownership: 'individual',
    ownershipRaw: 'Индивидуальная',
    share: null,
    registrationPlace: null,
    basis: null,
    ...fields,
  };
}

export function buildAccount(fields: Partial<Account> = {}): Account {
  const country = fields.country ?? null;
  return {
    bank: null,
    type: 'Текущий',
    currency: 'Рубль',
    openedAt: null,
    balance: 0,
    inflow: null,
    inflowWithinIncome: null,
    statementDate: null,
    explanation: null,
    ...fields,
    country,
    isForeign: fields.isForeign ?? isForeignCountry(country),
  };
}

export function buildDigitalAsset(fields: Partial<DigitalAsset> = {}): DigitalAsset {
  return {
    kind: 'financial_asset',
    name: null,
    acquiredAt: null,
    quantity: null,
    operator: null,
    country: null,
    ...fields,
  };
}

export function buildShareholding(fields: Partial<Shareholding> = {}): Shareholding {
  const country = fields.country ?? fields.address?.country ?? null;
  return {
    name: null,
    legalForm: null,
    inn: null,
    address: null,
    charterCapital: null,
    participation: null,
    basis: null,
    shareType: null,
    shareCount: null,
    nominal: null,
    totalValue: null,
    ...fields,
    country,
    isForeign: fields.isForeign ?? isForeignCountry(country),
  };
}

export function buildSecurity(fields: Partial<Security> = {}): Security {
  const country = fields.country ?? null;
  return {
    type: null,
    issuer: null,
    nominal: null,
    quantity: null,
    totalValue: null,
    ...fields,
    country,
    isForeign: fields.isForeign ?? isForeignCountry(country),
  };
}

export function buildObligation(fields: Partial<Obligation> = {}): Obligation {
  return {
    role: 'debtor',
    content: null,
    counterparty: null,
    counterpartyInn: null,
    counterpartyOgrn: null,
    basis: null,
    amount: null,
    outstanding: null,
    conditions: null,
    ...fields,
  };
}

export function buildGiftedAway(fields: Partial<GiftedAway> = {}): GiftedAway {
  return { propertyType: null, name: null, recipient: null, basis: null, area: null, address: null, ...fields };
}

/**
 * A declaration with every field present. `incomeTotal` is computed from `incomes` unless given; the
 * reporting period defaults to `year` (2024).
 */
export function buildPerson(fields: Partial<PersonDeclaration> & { year?: number } = {}): PersonDeclaration {
  const { year = 2024, ...rest } = fields;
  const incomes = rest.incomes ?? [];
  const person: PersonDeclaration = {
    role: 'self',
    roleRaw: null,
    lastName: 'Иванов',
    firstName: 'Иван',
    middleName: 'Иванович',
    birthDate: '1980-01-01',
    gender: null,
    identity: { documentType: null, series: null, number: null, issuedAt: null, issuedBy: null, snils: null },
    registration: null,
    workplace: { organisation: null, position: null, hasWork: null },
    declarant: { lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович', birthDate: '1980-01-01' },
    reportingPeriod: { start: `${year}-01-01`, end: `${year}-12-31` },
    reportDate: `${year}-12-31`,
    signedAt: null,
    isClarifying: false,
    filingBasis: null,
    positionType: null,
    positionApprovedAt: null,
    incomes,
    incomeTotal: roundKopecks(incomes.reduce((s, i) => s + (i.amount ?? 0), 0)),
    expenses: [],
    realEstate: [],
    vehicles: [],
    digitalAssets: [],
    accounts: [],
    shareholdings: [],
    securities: [],
    securitiesDeclaredTotal: null,
    realEstateInUse: [],
    obligations: [],
    giftedAway: [],
    unknown: {},
    ...rest,
  };
  return person;
}
