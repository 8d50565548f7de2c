/**
 * Differences between two versions of a declaration (the original and a clarifying package, or two
 * imports of the same person), listed field by field and item by item.
 */
import type { Address, ParsedPackage, PersonDeclaration } from './types.js';

export type DeclarationSection =
  | 'title'
  | 'incomes'
  | 'expenses'
  | 'realEstate'
  | 'vehicles'
  | 'digitalAssets'
  | 'accounts'
  | 'shareholdings'
  | 'securities'
  | 'realEstateInUse'
  | 'obligations'
  | 'giftedAway'
  | 'unknown';

export type DeclarationDifference = {
  section: DeclarationSection;
  change: 'added' | 'removed' | 'changed';
  /** Which item (a readable key such as «ПАО Сбербанк, Текущий, Рубль, 2015-04-13»); empty for the title. */
  item: string;
  /** Which field changed (for `changed`). */
  field?: string;
  before?: unknown;
  after?: unknown;
};

const TITLE_FIELDS = [
  'role',
  'lastName',
  'firstName',
  'middleName',
  'birthDate',
  'gender',
  'identity',
  'registration',
  'workplace',
  'declarant',
  'reportingPeriod',
  'reportDate',
  'signedAt',
  'isClarifying',
  'filingBasis',
  'positionType',
  'positionApprovedAt',
  'incomeTotal',
  'securitiesDeclaredTotal',
] as const satisfies readonly (keyof PersonDeclaration)[];

function addressText(a: Address | null): string {
  if (!a) return '';
  return [a.country, a.region, a.city, a.locality, a.street, a.house, a.building, a.flat, a.text]
    .filter(Boolean)
    .join(', ');
}

const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/**
 * Identity of an item within its section, stable between versions: what a person would say to name it.
 * Also used by the analysis engine to follow property from one year to the next.
 */
export const ITEM_KEYS: {
  [K in Exclude<DeclarationSection, 'title' | 'unknown'>]: (item: PersonDeclaration[K][number]) => string;
} = {
  incomes: (i) => [`строка ${i.line}`, i.otherKind, i.description].filter(Boolean).join(', '),
  expenses: (e) => [e.assetKind, e.name, addressText(e.address)].filter(Boolean).join(', '),
  realEstate: (r) =>
    [r.typeRaw ?? r.kind, r.area === null ? '' : `${r.area} м²`, addressText(r.address)].filter(Boolean).join(', '),
  vehicles: (v) => [v.type, v.make, v.model, s(v.year)].filter(Boolean).join(', '),
  digitalAssets: (d) => [d.kind, d.name, d.operator].filter(Boolean).join(', '),
  accounts: (a) => [a.bank, a.type, a.currency, a.openedAt].filter(Boolean).join(', '),
  shareholdings: (h) => [h.legalForm, h.name, h.inn].filter(Boolean).join(', '),
  securities: (x) => [x.type, x.issuer].filter(Boolean).join(', '),
  realEstateInUse: (r) =>
    [r.typeRaw ?? r.kind, r.area === null ? '' : `${r.area} м²`, addressText(r.address)].filter(Boolean).join(', '),
  obligations: (o) => [o.content, o.counterparty, o.counterpartyInn, o.basis].filter(Boolean).join(', '),
  giftedAway: (g) => [g.propertyType, g.name, g.recipient].filter(Boolean).join(', '),
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function diffItems<T extends object>(
  section: DeclarationSection,
  before: T[],
  after: T[],
  key: (item: T) => string,
  out: DeclarationDifference[],
): void {
  // Items with equal keys are paired in order; exact copies are paired first so a reordering is no change.
  const pending = new Map<string, T[]>();
  for (const item of after) {
    const k = key(item);
    const list = pending.get(k);
    if (list) list.push(item);
    else pending.set(k, [item]);
  }
  const unmatched: T[] = [];
  for (const b of before) {
    const list = pending.get(key(b));
    const exact = list?.findIndex((a) => same(a, b)) ?? -1;
    if (list && exact >= 0) list.splice(exact, 1);
    else unmatched.push(b);
  }
  for (const b of unmatched) {
    const k = key(b);
    const a = pending.get(k)?.shift();
    if (!a) {
      out.push({ section, change: 'removed', item: k, before: b });
      continue;
    }
    const fields = new Set([...Object.keys(b), ...Object.keys(a)]);
    for (const field of fields) {
      const bv = (b as Record<string, unknown>)[field];
      const av = (a as Record<string, unknown>)[field];
      if (!same(bv, av)) out.push({ section, change: 'changed', item: k, field, before: bv, after: av });
    }
  }
  for (const [k, list] of pending) for (const a of list) out.push({ section, change: 'added', item: k, after: a });
}

/**
 * Lists the differences between two versions of one person's declaration (`a` before, `b` after).
 * An empty list means the versions are the same.
 */
export function diffDeclarations(a: PersonDeclaration, b: PersonDeclaration): DeclarationDifference[] {
  const out: DeclarationDifference[] = [];
  for (const field of TITLE_FIELDS) {
    if (!same(a[field], b[field]))
      out.push({ section: 'title', change: 'changed', item: '', field, before: a[field], after: b[field] });
  }
  for (const section of Object.keys(ITEM_KEYS) as (keyof typeof ITEM_KEYS)[]) {
    diffItems(
      section,
      a[section] as object[],
      b[section] as object[],
      ITEM_KEYS[section] as (i: object) => string,
      out,
    );
  }
  const names = new Set([...Object.keys(a.unknown), ...Object.keys(b.unknown)]);
  for (const name of names) {
    const before = a.unknown[name];
    const after = b.unknown[name];
    if (same(before, after)) continue;
    const change = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    out.push({ section: 'unknown', change, item: name, before, after });
  }
  return out;
}

const norm = (x: string | null) => (x ?? '').toLowerCase().replace(/ё/g, 'е').trim();

/** Key that follows a person between versions and years: role, birth date and first name. */
export function personKey(p: Pick<PersonDeclaration, 'role' | 'birthDate' | 'firstName' | 'lastName'>): string {
  return p.role === 'self' ? 'self' : `${p.role}|${p.birthDate ?? norm(p.lastName)}|${norm(p.firstName)}`;
}

export type PackageDifference =
  | { person: string; change: 'added' | 'removed' }
  | { person: string; change: 'changed'; differences: DeclarationDifference[] };

/** Differences between two packages of one family, person by person. */
export function diffPackages(a: ParsedPackage, b: ParsedPackage): PackageDifference[] {
  const label = (p: PersonDeclaration) =>
    `${p.role}: ${[p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ')} (${p.birthDate ?? '?'})`;
  const after = new Map<string, PersonDeclaration[]>();
  for (const p of b.persons) after.set(personKey(p), [...(after.get(personKey(p)) ?? []), p]);
  const out: PackageDifference[] = [];
  for (const p of a.persons) {
    const match = after.get(personKey(p))?.shift();
    if (!match) {
      out.push({ person: label(p), change: 'removed' });
      continue;
    }
    const differences = diffDeclarations(p, match);
    if (differences.length > 0) out.push({ person: label(p), change: 'changed', differences });
  }
  for (const list of after.values()) for (const p of list) out.push({ person: label(p), change: 'added' });
  return out;
}
