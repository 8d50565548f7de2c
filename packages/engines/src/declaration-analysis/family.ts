/**
 * Helpers shared by the rules: sums over a family, following a person across years, the sources of
 * figures in the form's terms, money formatting, text markers and name matching.
 */
import { personKey } from '../spravki-bk/diff.js';
import type { DeclarantRole, IncomeKind, PersonDeclaration, PersonName } from '../spravki-bk/types.js';
import type { RuleContext } from './rule.js';

const money = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** «1 234 567,89 ₽», with plain spaces (ICU's narrow no-break spaces break search and copy-paste). */
export function rub(amount: number): string {
  return `${money.format(amount).replace(/[\u00a0\u202f]/g, ' ')} ₽`;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function fullName(p: PersonName): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
}

export const ROLE_GENITIVE: Record<DeclarantRole, string> = {
  self: 'служащего',
  spouse: 'супруга (супруги)',
  minor_child: 'несовершеннолетнего ребёнка',
};

/**
 * Where a figure comes from, in the form's terms: «раздел 1, строка 2» for this year's form of the person
 * the finding is about; «справка супруга (супруги) Рябов Фёдор Сергеевич за 2023 г., раздел 4» otherwise.
 */
export function src(ctx: Pick<RuleContext, 'year'>, year: number, where: string, person?: PersonDeclaration): string {
  const when = year === ctx.year ? '' : ` за ${year} г.`;
  if (person) return `справка ${ROLE_GENITIVE[person.role]} ${fullName(person)}${when}, ${where}`;
  return when ? `справка${when}, ${where}` : where;
}

/** Sum of a person's income of one kind (a line of section 1). */
export function lineAmount(p: PersonDeclaration, kind: IncomeKind): number {
  return round2(p.incomes.reduce((s, i) => (i.kind === kind ? s + (i.amount ?? 0) : s), 0));
}

/** Total income (line 7) of the family members with the given roles. */
export function incomeOf(persons: PersonDeclaration[], roles?: DeclarantRole[]): number {
  return round2(persons.reduce((s, p) => (!roles || roles.includes(p.role) ? s + p.incomeTotal : s), 0));
}

/** Balances on the reporting date of the family's accounts (section 4). */
export function balancesOf(persons: PersonDeclaration[]): number {
  return round2(persons.reduce((s, p) => s + p.accounts.reduce((t, a) => t + (a.balance ?? 0), 0), 0));
}

/** The person's form in another year's family (by role, birth date and first name). */
export function samePerson(
  p: PersonDeclaration,
  others: PersonDeclaration[] | undefined,
): PersonDeclaration | undefined {
  if (!others) return undefined;
  const key = personKey(p);
  return others.find((o) => personKey(o) === key);
}

/** The latest year before the reporting one for which the family's forms are given. */
export function latestPrevious(ctx: RuleContext): { year: number; persons: PersonDeclaration[] } | null {
  let best: number | null = null;
  for (const year of ctx.previous.keys()) if (year < ctx.year && (best === null || year > best)) best = year;
  return best === null ? null : { year: best, persons: ctx.previous.get(best) ?? [] };
}

/** Income of the given roles in each of the `count` years before `beforeYear` that are known. */
export function incomesBefore(
  ctx: RuleContext,
  beforeYear: number,
  count: number,
  roles: DeclarantRole[],
): { year: number; income: number }[] {
  const out: { year: number; income: number }[] = [];
  for (let year = beforeYear - 1; year >= beforeYear - count; year--) {
    const persons = year === ctx.year ? ctx.persons : ctx.previous.get(year);
    if (persons) out.push({ year, income: incomeOf(persons, roles) });
  }
  return out;
}

export function norm(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** All texts describing an income (its kind, category, description, explanation). */
export function incomeText(i: PersonDeclaration['incomes'][number]): string {
  return [i.otherKind, i.category, i.description, i.explanation].filter(Boolean).join('; ');
}

/** A gift: «дарение», «подарок», «в дар» (not «государственный»). */
export const GIFT_MARKER = /(?:^|[^а-яё])(?:по)?дар/i;
/** A sale or other alienation for money. */
export const SALE_MARKER = /продаж|продан|реализац|отчужд/i;
/** Entrepreneurship: «предпринимательская деятельность», «ИП», peasant farm. */
export const ENTREPRENEUR_MARKER = /предпринимат|(?:^|[^а-яё])ип(?:[^а-яё]|$)|фермерск/i;
/** Paid work: employment or civil contracts, fees, lectures, services. */
export const PAID_WORK_MARKER =
  /работ|труд|договор|гонорар|преподав|вознагражд|совместит|услуг|подряд|гпх|лекци|консульт/i;
/** Incomes of line 6 that are not work: pensions, benefits, sales, inheritance, rent, refunds… */
export const NOT_WORK_MARKER =
  /пенси|пособи|стипенд|алимент|вычет|продаж|наслед|страхов|компенсац|субсид|материнск|социальн|возврат|процент|выигрыш|аренд|найм|кэшбэк|кешбэк/i;

/** Surname without the feminine ending, so «Рябова» and «Рябов», «Зелинская» and «Зелинский» compare equal. */
function surnameStem(s: string): string {
  const n = norm(s);
  if (/(ов|ев|ин|ын)а$/.test(n)) return n.slice(0, -1);
  if (/(ск|цк)ая$/.test(n)) return `${n.slice(0, -2)}ий`;
  return n;
}

/** A person's name as forms and HR data give it. */
export type NameLike = {
  lastName: string | null;
  firstName: string | null;
  middleName?: string | null;
  birthDate?: string | null;
};

/** True when a name written in one line («Фамилия Имя Отчество») is the given person. */
export function nameMatches(written: string, person: NameLike): boolean {
  const [last, first, middle] = norm(written).split(' ');
  if (!last || !first || !person.lastName || !person.firstName) return false;
  if (surnameStem(last) !== surnameStem(person.lastName) || first !== norm(person.firstName)) return false;
  return !middle || !person.middleName || middle === norm(person.middleName);
}

/** True when two persons are the same by birth date and first name, or by full name when a date is missing. */
export function samePersonByName(a: NameLike, b: NameLike): boolean {
  if (!a.firstName || !b.firstName || norm(a.firstName) !== norm(b.firstName)) return false;
  if (a.birthDate && b.birthDate) return a.birthDate === b.birthDate;
  if (!a.lastName || !b.lastName || surnameStem(a.lastName) !== surnameStem(b.lastName)) return false;
  return !a.middleName || !b.middleName || norm(a.middleName) === norm(b.middleName);
}

/** INN digits only (10 for organisations, 12 for persons), for comparing lists typed differently. */
export function normInn(inn: string | null | undefined): string {
  return (inn ?? '').replace(/\D/g, '');
}
