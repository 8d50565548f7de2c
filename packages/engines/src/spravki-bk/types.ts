/**
 * Structured model of a «Справки БК» package: one package holds the declarant's form and the forms of the
 * spouse and minor children (one `Справка` per person). Sections follow the form approved by Decree 460
 * (Указ Президента РФ от 23.06.2014 № 460, as amended by Decree 778 of 10.12.2020 on digital assets).
 *
 * Conventions: amounts are numbers in roubles (null when the field is absent or unreadable), dates are ISO
 * `YYYY-MM-DD` (the program's empty date `0001-01-01` becomes null), free text is trimmed (null when empty).
 * Fields the parser does not know are kept in `extra` (per item) or `unknown` (per form / package) as raw
 * values, so a newer program version never loses data and never fails the import.
 */

/** Whose information the form holds (`ЗаполняетсяНа`). */
export type DeclarantRole = 'self' | 'spouse' | 'minor_child';

/** Section 1 income lines 1–6 of the form; line 7 (total) is computed. */
export type IncomeKind = 'main_work' | 'teaching_science' | 'creative' | 'deposits' | 'securities' | 'other';

/** A raw XML node kept as is (unknown element). */
export type RawNode = {
  tag: string;
  name?: string;
  attrs?: Record<string, string>;
  text?: string;
  children?: RawNode[];
};

/** A raw value: the text of a leaf `Атрибут`, or the whole node when it has structure. */
export type RawValue = string | RawNode;

export type Address = {
  country?: string;
  postalCode?: string;
  region?: string;
  district?: string;
  city?: string;
  locality?: string;
  street?: string;
  house?: string;
  building?: string;
  structure?: string;
  flat?: string;
  additional?: string;
  kladr?: string;
  /** The program's printable form (`ДляПечати`), kept only when no structured part exists. */
  text?: string;
};

export type Income = {
  kind: IncomeKind;
  /** Line of section 1 (1–6). */
  line: 1 | 2 | 3 | 4 | 5 | 6;
  amount: number | null;
  kindRaw: string | null;
  /** `ВидИногоДохода`: the type of other income on line 6 (pension, sale of property, gift, …). */
  otherKind: string | null;
  category: string | null;
  description: string | null;
  explanation: string | null;
  extra?: Record<string, RawValue>;
};

export type FundsSource = { source: string | null; amount: number | null };

/** Section 2: a deal that acquired property (230-ФЗ ст. 3 ч. 1). */
export type Expense = {
  assetKind: string | null;
  name: string | null;
  amount: number | null;
  basis: string | null;
  sources: FundsSource[];
  area: number | null;
  address: Address | null;
  extra?: Record<string, RawValue>;
};

export type RealEstateKind = 'land' | 'house' | 'apartment' | 'garage' | 'dacha' | 'other';
export type OwnershipKind = 'individual' | 'shared' | 'joint';

/** Section 3.1: real estate owned. */
export type RealEstate = {
  kind: RealEstateKind;
  typeRaw: string | null;
  name: string | null;
  ownership: OwnershipKind | null;
  ownershipRaw: string | null;
  share: string | null;
  area: number | null;
  address: Address | null;
  country: string | null;
  isForeign: boolean;
  /** `ОснованиеПриобретенияИИсточникСредств`: basis of acquisition and source of funds. */
  basis: string | null;
  coOwners: string[];
  extra?: Record<string, RawValue>;
};

/** Section 6.1: real estate in use. */
export type RealEstateInUse = {
  kind: RealEstateKind;
  typeRaw: string | null;
  name: string | null;
  area: number | null;
  address: Address | null;
  country: string | null;
  isForeign: boolean;
  useKind: string | null;
  from: string | null;
  to: string | null;
  basis: string | null;
  /** Who provided the object (`ТипПредоставившейСтороны`, `ФИО` / name, birth date, INN). */
  providerType: string | null;
  providerName: string | null;
  providerBirthDate: string | null;
  providerInn: string | null;
  extra?: Record<string, RawValue>;
};

/** Section 3.2: vehicles. */
export type Vehicle = {
  type: string | null;
  make: string | null;
  model: string | null;
  year: number | null;
  ownership: OwnershipKind | null;
  ownershipRaw: string | null;
  share: string | null;
  registrationPlace: string | null;
  basis: string | null;
  extra?: Record<string, RawValue>;
};

/** Section 4: accounts in banks and other credit organisations. */
export type Account = {
  bank: string | null;
  type: string | null;
  currency: string | null;
  openedAt: string | null;
  /** Balance on the reporting date, roubles. */
  balance: number | null;
  /** `СуммаПоступившихСредств`: stated only when the year's inflow exceeds the 3-year income. */
  inflow: number | null;
  /** `СуммаНеПревышаетОбщийДоход` (Да/Нет) when present. */
  inflowWithinIncome: boolean | null;
  statementDate: string | null;
  explanation: string | null;
  country: string | null;
  isForeign: boolean;
  extra?: Record<string, RawValue>;
};

export type DigitalAssetKind = 'financial_asset' | 'utilitarian_right' | 'currency';

/** Sections 3.3–3.5: digital financial assets, utilitarian digital rights, digital currency. */
export type DigitalAsset = {
  kind: DigitalAssetKind;
  name: string | null;
  acquiredAt: string | null;
  quantity: number | null;
  operator: string | null;
  country: string | null;
  extra?: Record<string, RawValue>;
};

/** Section 5.1: shares and other participation in commercial organisations and funds. */
export type Shareholding = {
  name: string | null;
  legalForm: string | null;
  inn: string | null;
  address: Address | null;
  country: string | null;
  isForeign: boolean;
  charterCapital: number | null;
  participation: string | null;
  basis: string | null;
  shareType: string | null;
  shareCount: number | null;
  nominal: number | null;
  totalValue: number | null;
  extra?: Record<string, RawValue>;
};

/** Section 5.2: other securities. */
export type Security = {
  type: string | null;
  issuer: string | null;
  nominal: number | null;
  quantity: number | null;
  totalValue: number | null;
  country: string | null;
  isForeign: boolean;
  extra?: Record<string, RawValue>;
};

/** Section 6.2: term financial obligations (only those of 500 000 ₽ and more are reported). */
export type Obligation = {
  /** Whether the person is the creditor or the debtor (`КредиторИлиДолжник`). */
  role: 'creditor' | 'debtor' | null;
  content: string | null;
  counterparty: string | null;
  counterpartyInn: string | null;
  counterpartyOgrn: string | null;
  basis: string | null;
  amount: number | null;
  outstanding: number | null;
  conditions: string | null;
  extra?: Record<string, RawValue>;
};

/** Section 7: property alienated during the year by a gratuitous deal (given away). */
export type GiftedAway = {
  propertyType: string | null;
  name: string | null;
  recipient: string | null;
  basis: string | null;
  area: number | null;
  address: Address | null;
  extra?: Record<string, RawValue>;
};

/** Identity document and SNILS: personal data, kept for matching people and never printed by default. */
export type PersonIdentity = {
  documentType: string | null;
  series: string | null;
  number: string | null;
  issuedAt: string | null;
  issuedBy: string | null;
  snils: string | null;
};

export type PersonName = {
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  birthDate: string | null;
};

/** One `Справка`: the form about one person. */
export type PersonDeclaration = PersonName & {
  role: DeclarantRole;
  roleRaw: string | null;
  gender: 'male' | 'female' | null;
  identity: PersonIdentity;
  registration: Address | null;
  workplace: { organisation: string | null; position: string | null; hasWork: boolean | null };
  /** The declarant (the employee), repeated in every form of the package. */
  declarant: PersonName;
  reportingPeriod: { start: string | null; end: string | null };
  reportDate: string | null;
  signedAt: string | null;
  /** `Уточнение` = Да: clarifying information submitted after the original. */
  isClarifying: boolean;
  filingBasis: string | null;
  positionType: string | null;
  positionApprovedAt: string | null;
  incomes: Income[];
  /** Line 7: the sum of lines 1–6, rounded to kopecks. */
  incomeTotal: number;
  expenses: Expense[];
  realEstate: RealEstate[];
  vehicles: Vehicle[];
  digitalAssets: DigitalAsset[];
  accounts: Account[];
  shareholdings: Shareholding[];
  securities: Security[];
  securitiesDeclaredTotal: number | null;
  realEstateInUse: RealEstateInUse[];
  obligations: Obligation[];
  giftedAway: GiftedAway[];
  /** Form-level elements the parser does not know, by their `Имя` (or tag). */
  unknown: Record<string, RawValue>;
};

export type ParseWarning = { path: string; line: number; column: number; message: string };

export type ParsedPackage = {
  /** `xsb`: the program's container (signature + Base64); `xml`: plain XML. */
  format: 'xsb' | 'xml';
  /** Text encoding found (of the XML inside the container for `xsb`); `text` when parsed from a string. */
  encoding: string;
  packageVersion: string | null;
  program: string | null;
  /** SHA-256 of the decoded XML text: the same package gives the same hash whatever its container. */
  contentHash: string;
  /** True when any form of the package is clarifying (`Уточнение` = Да). */
  isClarifying: boolean;
  hasSelfForm: boolean | null;
  hasSpouseForm: boolean | null;
  persons: PersonDeclaration[];
  unknown: Record<string, RawValue>;
  warnings: ParseWarning[];
};
