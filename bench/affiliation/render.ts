/**
 * How real data mangles a person: name forms (case, spacing, ё, initials, order, gender form,
 * Latin transliteration, one typo), phone formats, address spellings, date formats, ИНН typos.
 * Written independently of the engine's normalisers so the benchmark does not grade the engine
 * against its own assumptions.
 */
import { isValidInn } from '../../packages/engines/src/affiliation/normalise/inn';
import type { Rng } from './rng';

// ICAO Doc 9303 as in Russian passports (MVD Order 889 of 2014).
const ICAO: Record<string, string> = {
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
  й: 'i',
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
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};
// GOST 7.79-2000, system B.
const GOST_B: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'j',
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
  х: 'x',
  ц: 'cz',
  ч: 'ch',
  ш: 'sh',
  щ: 'shh',
  ъ: '``',
  ы: "y'",
  ь: '`',
  э: "e'",
  ю: 'yu',
  я: 'ya',
};

export function transliterate(name: string, system: 'icao' | 'gost'): string {
  const table = system === 'icao' ? ICAO : GOST_B;
  let out = '';
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    let t = table[ch];
    if (t === undefined) t = ch;
    // GOST B writes ц as c before e, i, y, j
    if (system === 'gost' && ch === 'ц' && /[еиыйeiyj]/.test(lower[i + 1] ?? '')) t = 'c';
    out += t;
  }
  return out;
}

export function capitalise(s: string): string {
  return s
    .split(/([\s-])/)
    .map((w) => (w.length > 0 ? w[0].toUpperCase() + w.slice(1) : w))
    .join('');
}

const CYR_LETTERS = 'абвгдежзиклмнопрстуфхцчшщыэюя';

/** One keyboard-style typo: a wrong, lost, doubled or swapped letter (rarely the first one). */
export function typo(word: string, rng: Rng): string {
  if (word.length < 4) return word;
  for (let attempt = 0; attempt < 10; attempt++) {
    const i = rng.chance(0.1) ? 0 : rng.int(1, word.length - 1);
    const op = rng.int(0, 3);
    let out = word;
    if (op === 0) {
      const c = rng.pick([...CYR_LETTERS]);
      out = word.slice(0, i) + (i === 0 ? c.toUpperCase() : c) + word.slice(i + 1);
    } else if (op === 1 && i > 0) out = word.slice(0, i) + word.slice(i + 1);
    else if (op === 2) out = word.slice(0, i + 1) + word[i] + word.slice(i + 1);
    else if (i + 1 < word.length && i > 0) out = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (out.toLowerCase() !== word.toLowerCase()) return out;
  }
  return `${word}а`;
}

/** The ИНН with one digit changed or two neighbours swapped, so that the check fails. */
export function innTypo(inn: string, rng: Rng): string {
  for (;;) {
    const i = rng.int(0, inn.length - 1);
    let out: string;
    if (rng.chance(0.7) || i + 1 >= inn.length)
      out = inn.slice(0, i) + String((Number(inn[i]) + rng.int(1, 9)) % 10) + inn.slice(i + 1);
    else out = inn.slice(0, i) + inn[i + 1] + inn[i] + inn.slice(i + 2);
    if (out !== inn && !isValidInn(out)) return out;
  }
}

export type NameColumns = { lastName: string; firstName: string; middleName: string };

export type NameStyle =
  | 'plain'
  | 'upper'
  | 'spacing'
  | 'yo'
  | 'initials-last'
  | 'initials-cols'
  | 'initials-before'
  | 'full-in-last'
  | 'reversed-in-last'
  | 'translit'
  | 'typo';

const init = (s: string) => `${s[0]}.`;

/** Writes a name in one of the forms met in registries. */
export function renderName(last: string, first: string, middle: string, style: NameStyle, rng: Rng): NameColumns {
  switch (style) {
    case 'plain':
      return { lastName: last, firstName: first, middleName: middle };
    case 'upper':
      return { lastName: last.toUpperCase(), firstName: first.toUpperCase(), middleName: middle.toUpperCase() };
    case 'spacing':
      return { lastName: `  ${last.toLowerCase()} `, firstName: ` ${first}`, middleName: `${middle.toLowerCase()}  ` };
    case 'yo': {
      const swap = (s: string) =>
        s.includes('ё') ? s.replace(/ё/g, 'е') : s.includes('Ё') ? s.replace(/Ё/g, 'Е') : s.replace(/е/, 'ё');
      return { lastName: swap(last), firstName: first.replace(/ё/g, 'е'), middleName: middle.replace(/ё/g, 'е') };
    }
    case 'initials-last':
      return { lastName: `${last} ${init(first)}${middle ? init(middle) : ''}`, firstName: '', middleName: '' };
    case 'initials-cols':
      return { lastName: last, firstName: init(first), middleName: middle ? init(middle) : '' };
    case 'initials-before':
      return { lastName: `${init(first)} ${middle ? `${init(middle)} ` : ''}${last}`, firstName: '', middleName: '' };
    case 'full-in-last':
      return { lastName: [last, first, middle].filter(Boolean).join(' '), firstName: '', middleName: '' };
    case 'reversed-in-last':
      return { lastName: [first, middle, last].filter(Boolean).join(' '), firstName: '', middleName: '' };
    case 'translit': {
      const system = rng.chance(0.5) ? 'icao' : 'gost';
      const t = (s: string) => capitalise(transliterate(s, system));
      const upper = system === 'icao' && rng.chance(0.7); // passports print capitals
      const f = (s: string) => (upper ? t(s).toUpperCase() : t(s));
      return { lastName: f(last), firstName: f(first), middleName: middle ? f(middle) : '' };
    }
    case 'typo': {
      const which = rng.int(0, middle ? 2 : 1);
      return {
        lastName: which === 0 ? typo(last, rng) : last,
        firstName: which === 1 ? typo(first, rng) : first,
        middleName: which === 2 ? typo(middle, rng) : middle,
      };
    }
  }
}

/** A ten-digit number as people write it. */
export function renderPhone(digits: string, rng: Rng): string {
  const a = digits.slice(0, 3);
  const b = digits.slice(3, 6);
  const c = digits.slice(6, 8);
  const d = digits.slice(8, 10);
  const isMobile = digits[0] === '9';
  const forms = [
    `+7 (${a}) ${b}-${c}-${d}`,
    `8${digits}`,
    `8-${a}-${b}-${c}-${d}`,
    `+7${digits}`,
    `7 ${a} ${b}${c}${d}`,
    `${a} ${b} ${c} ${d}`,
  ];
  if (!isMobile) {
    const code = digits.slice(0, 4);
    const local = digits.slice(4);
    forms.push(`8 (${code}) ${local.slice(0, 2)}-${local.slice(2, 4)}-${local.slice(4)}`, `(${code}) ${local}`);
  }
  return rng.pick(forms);
}

export function renderDate(iso: string, rng: Rng): string {
  if (rng.chance(0.5)) return iso;
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

export type AddressParts = {
  region: string;
  locality: string;
  locType: 'г' | 'с' | 'пгт' | 'д' | 'п';
  street: string;
  streetType: 'ул' | 'пр-кт' | 'пер' | 'б-р';
  house: string;
  unit?: string;
  unitType?: 'кв' | 'оф' | 'пом';
  postcode: string;
};

const STREET_TYPE_WORD = { ул: 'улица', 'пр-кт': 'проспект', пер: 'переулок', 'б-р': 'бульвар' } as const;
const LOC_TYPE_WORD = { г: 'город', с: 'село', пгт: 'поселок городского типа', д: 'деревня', п: 'поселок' } as const;
const UNIT_WORD = { кв: 'квартира', оф: 'офис', пом: 'помещение' } as const;

/** An address in one of the spellings met in registries and questionnaires. */
export function renderAddress(a: AddressParts, rng: Rng, allowNoLocality = true): string {
  const u = a.unit;
  const ut = a.unitType ?? 'кв';
  // A town left out happens in hand-typed forms, rarely in registries.
  const style = allowNoLocality && rng.chance(0.04) ? 7 : rng.int(0, 6);
  switch (style) {
    case 0:
      return `${a.locType}. ${a.locality}, ${a.streetType}. ${a.street}, д. ${a.house}${u ? `, ${ut}. ${u}` : ''}`;
    case 1:
      return `${a.locality} ${a.locType}, ${a.street} ${a.streetType}, ${u && ut === 'кв' ? `${a.house}-${u}` : `д ${a.house}${u ? `, ${ut} ${u}` : ''}`}`;
    case 2:
      return `${a.postcode}, ${a.region} обл., ${a.locType} ${a.locality}, ${a.streetType} ${a.street}, дом ${a.house}${u ? `, ${UNIT_WORD[ut]} ${u}` : ''}`;
    case 3:
      return `${a.locType}.${a.locality}, ${a.streetType}.${a.street}, д.${a.house}${u ? `, ${ut}.${u}` : ''}`;
    case 4:
      return `Россия, ${a.region} область - Кузбасс, ${LOC_TYPE_WORD[a.locType]} ${a.locality}, ${STREET_TYPE_WORD[a.streetType]} ${a.street}, д. ${a.house}${u ? `, ${ut}. ${u}` : ''}`;
    case 5:
      return `${a.locType} ${a.locality} ${a.streetType} ${a.street} д${a.house}${u ? ` ${ut}${u}` : ''}`.toUpperCase();
    case 6:
      return `${a.postcode}, ${a.locality}, ${a.street} ${a.streetType}, ${a.house}${u ? `, ${ut} ${u}` : ''}`;
    default:
      return `${a.streetType}. ${a.street}, ${u && ut === 'кв' ? `${a.house}-${u}` : `${a.house}${u ? ` ${ut}. ${u}` : ''}`}`;
  }
}
