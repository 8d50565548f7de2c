/**
 * The manual entry and correction form: the sections of the official form (Указ № 460 as amended by Указ
 * № 778) as structured fields, turned into the same declaration model the «Справки БК» parser produces.
 */
import {
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
  type IncomeKind,
  isForeignCountry,
  type PersonDeclaration,
  type PersonName,
} from '@antikor/engines/spravki-bk';
import { z } from 'zod';

const text = (max = 500) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);
const money = z
  .number({ message: 'Укажите сумму числом' })
  .min(0, 'Сумма не может быть отрицательной')
  .max(1e13)
  .nullish()
  .transform((v) => v ?? null);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата в формате ГГГГ-ММ-ДД')
  .nullish()
  .transform((v) => v ?? null);
const ownership = z
  .enum(['individual', 'shared', 'joint'])
  .nullish()
  .transform((v) => v ?? null);
const OWNERSHIP_RU = { individual: 'Индивидуальная', shared: 'Долевая', joint: 'Совместная' } as const;
const REAL_ESTATE_RU = {
  land: 'Земельный участок',
  house: 'Жилой дом',
  apartment: 'Квартира',
  garage: 'Гараж',
  dacha: 'Дача',
  other: 'Иное недвижимое имущество',
} as const;
const realEstateKind = z.enum(['land', 'house', 'apartment', 'garage', 'dacha', 'other']);
const INCOME_KINDS: IncomeKind[] = ['main_work', 'teaching_science', 'creative', 'deposits', 'securities', 'other'];

export const manualForm = z.object({
  role: z.enum(['self', 'spouse', 'minor_child']),
  lastName: z.string().trim().min(1, 'Укажите фамилию').max(100),
  firstName: z.string().trim().min(1, 'Укажите имя').max(100),
  middleName: text(100),
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Укажите дату рождения'),
  position: text(300),
  workplace: text(300),
  /** Section 1: lines 1–6 (line 7, the total, is computed). */
  incomes: z
    .array(
      z.object({
        line: z.number().int().min(1).max(6),
        amount: z.number().min(0, 'Доход не может быть отрицательным').max(1e13),
        otherKind: text(300),
      }),
    )
    .max(50)
    .default([]),
  /** Section 2: deals over the 230-ФЗ threshold. */
  expenses: z
    .array(z.object({ assetKind: text(200), name: text(300), amount: money, basis: text(500), source: text(500) }))
    .max(30)
    .default([]),
  /** Section 3.1. */
  realEstate: z
    .array(
      z.object({
        kind: realEstateKind,
        name: text(200),
        ownership,
        share: text(20),
        area: money,
        country: text(100),
        address: text(500),
        basis: text(500),
      }),
    )
    .max(50)
    .default([]),
  /** Section 3.2. */
  vehicles: z
    .array(
      z.object({
        type: text(100),
        make: text(100),
        model: text(100),
        year: z
          .number()
          .int()
          .min(1900)
          .max(2100)
          .nullish()
          .transform((v) => v ?? null),
        ownership,
        registrationPlace: text(300),
      }),
    )
    .max(30)
    .default([]),
  /** Sections 3.3–3.5. */
  digitalAssets: z
    .array(
      z.object({
        kind: z.enum(['financial_asset', 'utilitarian_right', 'currency']),
        name: text(200),
        acquiredAt: isoDate,
        quantity: money,
        operator: text(300),
      }),
    )
    .max(30)
    .default([]),
  /** Section 4. */
  accounts: z
    .array(
      z.object({
        bank: text(300),
        type: text(100),
        currency: text(50),
        openedAt: isoDate,
        balance: money,
        inflow: money,
        country: text(100),
      }),
    )
    .max(50)
    .default([]),
  /** Section 5.1. */
  shareholdings: z
    .array(
      z.object({
        name: text(300),
        legalForm: text(100),
        inn: text(12),
        charterCapital: money,
        participation: text(50),
        basis: text(300),
      }),
    )
    .max(30)
    .default([]),
  /** Section 5.2. */
  securities: z
    .array(z.object({ type: text(100), issuer: text(300), nominal: money, quantity: money, totalValue: money }))
    .max(30)
    .default([]),
  /** Section 6.1. */
  realEstateInUse: z
    .array(
      z.object({
        kind: realEstateKind,
        area: money,
        country: text(100),
        address: text(500),
        useKind: text(200),
        from: isoDate,
        to: isoDate,
        basis: text(300),
        providerName: text(300),
      }),
    )
    .max(30)
    .default([]),
  /** Section 6.2 (500 000 ₽ and more). */
  obligations: z
    .array(
      z.object({
        content: text(300),
        counterparty: text(300),
        counterpartyInn: text(12),
        basis: text(300),
        amount: money,
        outstanding: money,
        conditions: text(300),
      }),
    )
    .max(30)
    .default([]),
  /** Section 7: property given away by gratuitous deals. */
  giftedAway: z
    .array(z.object({ propertyType: text(200), name: text(300), recipient: text(300), basis: text(300) }))
    .max(30)
    .default([]),
});
export type ManualForm = z.output<typeof manualForm>;

const foreign = (country: string | null) => ({ country, isForeign: isForeignCountry(country) });

/** The form as a declaration of the reporting year (the same model as a parsed package). */
export function formToDeclaration(
  f: ManualForm,
  ctx: { reportingYear: number; declarant: PersonName; isClarifying: boolean },
): PersonDeclaration {
  return buildPerson({
    year: ctx.reportingYear,
    role: f.role,
    lastName: f.lastName,
    firstName: f.firstName,
    middleName: f.middleName,
    birthDate: f.birthDate,
    workplace: { organisation: f.workplace, position: f.position, hasWork: f.workplace ? true : null },
    declarant: ctx.declarant,
    isClarifying: ctx.isClarifying,
    filingBasis: 'ВРамкахДекларационнойКомпании',
    incomes: f.incomes.map((i) =>
      buildIncome(INCOME_KINDS[i.line - 1], i.amount, i.otherKind ? { otherKind: i.otherKind } : {}),
    ),
    expenses: f.expenses.map((e) =>
      buildExpense({
        assetKind: e.assetKind,
        name: e.name,
        amount: e.amount,
        basis: e.basis,
        sources: e.source ? [{ source: e.source, amount: null }] : [],
      }),
    ),
    realEstate: f.realEstate.map((r) =>
      buildRealEstate({
        kind: r.kind,
        typeRaw: REAL_ESTATE_RU[r.kind],
        name: r.name,
        ownership: r.ownership,
        ownershipRaw: r.ownership ? OWNERSHIP_RU[r.ownership] : null,
        share: r.share,
        area: r.area,
        address: r.address ? { text: r.address } : null,
        ...foreign(r.country),
        basis: r.basis,
      }),
    ),
    vehicles: f.vehicles.map((v) =>
      buildVehicle({
        type: v.type,
        make: v.make,
        model: v.model,
        year: v.year,
        ownership: v.ownership,
        ownershipRaw: v.ownership ? OWNERSHIP_RU[v.ownership] : null,
        registrationPlace: v.registrationPlace,
      }),
    ),
    digitalAssets: f.digitalAssets.map((d) =>
      buildDigitalAsset({
        kind: d.kind,
        name: d.name,
        acquiredAt: d.acquiredAt,
        quantity: d.quantity,
        operator: d.operator,
      }),
    ),
    accounts: f.accounts.map((a) =>
      buildAccount({
        bank: a.bank,
        type: a.type,
        currency: a.currency ?? 'Рубль',
        openedAt: a.openedAt,
        balance: a.balance,
        inflow: a.inflow,
        ...foreign(a.country),
      }),
    ),
    shareholdings: f.shareholdings.map((h) =>
      buildShareholding({
        name: h.name,
        legalForm: h.legalForm,
        inn: h.inn,
        charterCapital: h.charterCapital,
        participation: h.participation,
        basis: h.basis,
      }),
    ),
    securities: f.securities.map((s) =>
      buildSecurity({
        type: s.type,
        issuer: s.issuer,
        nominal: s.nominal,
        quantity: s.quantity,
        totalValue: s.totalValue,
      }),
    ),
    realEstateInUse: f.realEstateInUse.map((r) =>
      buildRealEstateInUse({
        kind: r.kind,
        typeRaw: REAL_ESTATE_RU[r.kind],
        area: r.area,
        address: r.address ? { text: r.address } : null,
        ...foreign(r.country),
        useKind: r.useKind,
        from: r.from,
        to: r.to,
        basis: r.basis,
        providerName: r.providerName,
      }),
    ),
    obligations: f.obligations.map((o) =>
      buildObligation({
        content: o.content,
        counterparty: o.counterparty,
        counterpartyInn: o.counterpartyInn,
        basis: o.basis,
        amount: o.amount,
        outstanding: o.outstanding,
        conditions: o.conditions,
      }),
    ),
    giftedAway: f.giftedAway.map((g) =>
      buildGiftedAway({ propertyType: g.propertyType, name: g.name, recipient: g.recipient, basis: g.basis }),
    ),
  });
}

/** A declaration back as the form (to correct it); parts the form does not have stay in the stored version. */
export function declarationToForm(p: PersonDeclaration): ManualForm {
  const country = (c: string | null) => c;
  const addr = (a: { text?: string; city?: string; street?: string; house?: string; region?: string } | null) =>
    a ? (a.text ?? [a.region, a.city, a.street, a.house].filter(Boolean).join(', ')) || null : null;
  return {
    role: p.role,
    lastName: p.lastName ?? '',
    firstName: p.firstName ?? '',
    middleName: p.middleName,
    birthDate: p.birthDate ?? '',
    position: p.workplace.position,
    workplace: p.workplace.organisation,
    incomes: p.incomes
      .filter((i) => (i.amount ?? 0) > 0)
      .map((i) => ({ line: i.line, amount: i.amount ?? 0, otherKind: i.otherKind })),
    expenses: p.expenses.map((e) => ({
      assetKind: e.assetKind,
      name: e.name,
      amount: e.amount,
      basis: e.basis,
      source:
        e.sources
          .map((s) => s.source)
          .filter(Boolean)
          .join('; ') || null,
    })),
    realEstate: p.realEstate.map((r) => ({
      kind: r.kind,
      name: r.name,
      ownership: r.ownership,
      share: r.share,
      area: r.area,
      country: country(r.country),
      address: addr(r.address),
      basis: r.basis,
    })),
    vehicles: p.vehicles.map((v) => ({
      type: v.type,
      make: v.make,
      model: v.model,
      year: v.year,
      ownership: v.ownership,
      registrationPlace: v.registrationPlace,
    })),
    digitalAssets: p.digitalAssets.map((d) => ({
      kind: d.kind,
      name: d.name,
      acquiredAt: d.acquiredAt,
      quantity: d.quantity,
      operator: d.operator,
    })),
    accounts: p.accounts.map((a) => ({
      bank: a.bank,
      type: a.type,
      currency: a.currency,
      openedAt: a.openedAt,
      balance: a.balance,
      inflow: a.inflow,
      country: a.country,
    })),
    shareholdings: p.shareholdings.map((h) => ({
      name: h.name,
      legalForm: h.legalForm,
      inn: h.inn,
      charterCapital: h.charterCapital,
      participation: h.participation,
      basis: h.basis,
    })),
    securities: p.securities.map((s) => ({
      type: s.type,
      issuer: s.issuer,
      nominal: s.nominal,
      quantity: s.quantity,
      totalValue: s.totalValue,
    })),
    realEstateInUse: p.realEstateInUse.map((r) => ({
      kind: r.kind,
      area: r.area,
      country: r.country,
      address: addr(r.address),
      useKind: r.useKind,
      from: r.from,
      to: r.to,
      basis: r.basis,
      providerName: r.providerName,
    })),
    obligations: p.obligations.map((o) => ({
      content: o.content,
      counterparty: o.counterparty,
      counterpartyInn: o.counterpartyInn,
      basis: o.basis,
      amount: o.amount,
      outstanding: o.outstanding,
      conditions: o.conditions,
    })),
    giftedAway: p.giftedAway.map((g) => ({
      propertyType: g.propertyType,
      name: g.name,
      recipient: g.recipient,
      basis: g.basis,
    })),
  };
}
