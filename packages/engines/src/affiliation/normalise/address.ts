/**
 * Russian postal addresses written in any order and abbreviation: «г. Кемерово, ул. Ленина,
 * д. 5, кв. 12», «650000, Кемеровская обл., г Кемерово, ул Ленина, дом 5, квартира 12»,
 * «Кемерово г, Ленина ул, 5-12», «ул.Ленина 5-12», «Октябрьский пр-кт, д.12 корп.2 кв.34».
 * The parser keeps what identifies a dwelling — locality, street, house (with корпус/строение)
 * and flat or office — and drops postal code, region and district, which people omit or spell
 * differently and which never separate two dwellings on their own. Abbreviations follow the
 * ФИАС/ГАР list of address element types (Приказ Минфина России от 05.11.2015 № 171н).
 */
import { cleanText } from './text';

export type Address = {
  raw: string;
  locality?: string;
  street?: string;
  /** Canonical street type (ул, пр-кт, пер, …) or undefined when not written. */
  streetType?: string;
  house?: string;
  /** Flat, office or room number. */
  unit?: string;
  /** The town was missing and was taken from a relative's address of the same dwelling. */
  isLocalityInferred?: boolean;
};

type MarkerKind =
  | 'region'
  | 'district'
  | 'locality'
  | 'street'
  | 'house'
  | 'building'
  | 'structure'
  | 'letter'
  | 'unit'
  | 'skip';

const MARKERS = new Map<string, MarkerKind>();
const STREET_TYPES = new Map<string, string>();
function add(kind: MarkerKind, words: string[], streetType?: string) {
  for (const w of words) {
    MARKERS.set(w, kind);
    if (streetType) STREET_TYPES.set(w, streetType);
  }
}
add('region', ['обл', 'область', 'край', 'респ', 'республика', 'ао', 'автономный', 'округ', 'аобл']);
add('district', [
  'р-н',
  'район',
  'м-н',
  'мр-н',
  'м.р-н',
  'го',
  'г.о',
  'муниципальный',
  'городской',
  'мо',
  'с/с',
  'сельсовет',
  'поселение',
  'с/п',
  'г.п',
]);
add('locality', [
  'г',
  'гор',
  'город',
  'с',
  'село',
  'пгт',
  'п',
  'пос',
  'поселок',
  'рп',
  'дер',
  'деревня',
  'ст-ца',
  'станица',
  'х',
  'хутор',
  'аул',
  'нп',
  'сл',
  'слобода',
  'снт',
  'днп',
  'тер',
]);
add('street', ['ул', 'улица'], 'ул');
add('street', ['пр-кт', 'пр-т', 'просп', 'проспект'], 'пр-кт');
add('street', ['пр'], 'пр');
add('street', ['пр-д', 'проезд'], 'проезд');
add('street', ['пер', 'переулок'], 'пер');
add('street', ['б-р', 'бул', 'бульвар'], 'б-р');
add('street', ['ш', 'шоссе'], 'ш');
add('street', ['пл', 'площадь'], 'пл');
add('street', ['наб', 'набережная'], 'наб');
add('street', ['туп', 'тупик'], 'туп');
add('street', ['ал', 'аллея'], 'ал');
add('street', ['мкр', 'мкр-н', 'микрорайон', 'мк-н'], 'мкр');
add('street', ['кв-л', 'квартал'], 'кв-л');
add('street', ['тракт'], 'тракт');
add('street', ['дор', 'дорога'], 'дор');
add('house', ['д', 'дом', 'зд', 'здание', 'влд', 'вл', 'владение', 'уч', 'участок']);
add('building', ['к', 'корп', 'корпус']);
add('structure', ['стр', 'строение', 'соор', 'сооружение']);
add('letter', ['лит', 'литер', 'литера']);
add('unit', ['кв', 'квартира', 'оф', 'офис', 'пом', 'помещение', 'комн', 'комната', 'ком', 'каб', 'кабинет', 'ком-та']);
add('skip', ['россия', 'рф', 'российская', 'федерация', 'им', 'имени']);

// Street types where a bare number is the name («мкр. 7», «квартал 5»).
const NUMBERED_STREET_TYPES = new Set(['мкр', 'кв-л']);

type Tok = { text: string; isNumber: boolean; isOrdinal: boolean };

function markerOf(tok: Tok | undefined): MarkerKind | undefined {
  return tok && !tok.isNumber ? MARKERS.get(tok.text) : undefined;
}

const HOUSE_LETTER_LATIN: Record<string, string> = { a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е' };

function normaliseNumberPart(text: string): string {
  if (/^\d+$/.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/[a-z]/g, (c) => HOUSE_LETTER_LATIN[c] ?? c)
    .replace(/(корп(ус)?|к)\.?/g, 'к')
    .replace(/(стр(оение)?|с)\.?/g, 'с')
    .replace(/[\s"«»]/g, '');
}

function normaliseStreet(words: string[]): string {
  return words
    .map((w) => w.replace(/^(\d+)-?(я|й|ая|ый|ой|го|е|ий)$/, '$1'))
    .filter((w) => w.length > 1 || /\d/.test(w)) // drop initials: «ул. В.И. Ленина»
    .filter((w) => markerOf({ text: w, isNumber: false, isOrdinal: false }) !== 'skip')
    .sort()
    .join(' ');
}

type Draft = {
  locality?: string;
  street?: string;
  streetType?: string;
  house?: string;
  unit?: string;
  bareGroups: { words: string[]; beforeHouse: boolean }[];
};

function assignNumber(d: Draft, text: string, hasExplicitUnit: boolean) {
  const n = normaliseNumberPart(text);
  if (d.house === undefined) {
    // «5-12» is house 5 flat 12 when no flat is written separately; «5-а» is house 5а.
    const m = /^(\d+[а-я]?(?:[кс]\d+)?)-(\d+[а-я]?)$/.exec(n);
    if (m && !hasExplicitUnit) {
      d.house = m[1];
      d.unit = m[2];
    } else d.house = n.replace(/^(\d+)-([а-я])$/, '$1$2');
  } else if (d.unit === undefined) d.unit = n;
}

// One household or one business centre writes the same address many times; parsing is memoised
// (results are immutable) and the cache is emptied when it grows past a bound.
const CACHE = new Map<string, Address | null>();
const CACHE_LIMIT = 500_000;

/** Parses an address; undefined when nothing that identifies a dwelling is left. */
export function parseAddress(value: string): Address | undefined {
  const cached = CACHE.get(value);
  if (cached !== undefined) return cached ?? undefined;
  const parsed = parseUncached(value);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(value, parsed ?? null);
  return parsed;
}

const RARE_FORMS = /г\.\s?о\.|поселок городского типа|рабочий поселок|м\.\s?р-н/;
// Markers written glued to their number: «д5», «кв12», «корп2».
const GLUED_MARKERS = new Set(['д', 'дом', 'кв', 'оф', 'корп', 'к', 'стр', 'пом', 'уч']);
const UNIT_WORDS = new Set(['кв', 'квартира', 'оф', 'офис', 'пом', 'помещение', 'комн', 'комната', 'каб']);

function makeTok(text: string): Tok {
  const isNumber = text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57;
  return { text, isNumber, isOrdinal: isNumber && /^\d+-?(я|й|ая|ый|ой|го|е|ий)$/.test(text) };
}

/**
 * Splits cleaned address text into segments (by commas) of tokens (by spaces and dots, a dot
 * ending an abbreviation: «ул.Ленина», «д.5»), separating markers glued to numbers («д5») and
 * dropping six-digit postal codes. One pass over the characters.
 */
function scan(text: string): Tok[][] {
  const segments: Tok[][] = [];
  let toks: Tok[] = [];
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    let a = start;
    let b = end;
    while (a < b && text.charCodeAt(a) === 45) a++; // leading and trailing «-»
    while (b > a && text.charCodeAt(b - 1) === 45) b--;
    start = -1;
    if (a >= b) return;
    const word = text.slice(a, b);
    if (b - a === 6 && /^\d{6}$/.test(word)) return; // postal code
    toks.push(makeTok(word));
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59) {
      flush(i);
      segments.push(toks);
      toks = [];
    } else if (c === 32 || c === 46 || c === 8470 /* № */) flush(i);
    else {
      if (start < 0) start = i;
      else if (c >= 48 && c <= 57) {
        const prev = text.charCodeAt(i - 1);
        if (prev >= 0x430 && prev <= 0x44f && GLUED_MARKERS.has(text.slice(start, i))) {
          flush(i);
          start = i;
        }
      }
    }
  }
  flush(text.length);
  segments.push(toks);
  return segments;
}

function parseUncached(value: string): Address | undefined {
  const raw = value.trim();
  if (!raw) return undefined;
  let text = cleanText(raw);
  if (RARE_FORMS.test(text)) {
    text = text
      .replace(/г\.\s?о\./g, 'го ')
      .replace(/поселок городского типа/g, 'пгт')
      .replace(/рабочий поселок/g, 'рп')
      .replace(/м\.\s?р-н/g, 'мр-н');
  }
  const segments = scan(text);
  let hasExplicitUnit = false;
  for (const toks of segments) {
    for (let i = 0; i + 1 < toks.length; i++)
      if (toks[i + 1].isNumber && UNIT_WORDS.has(toks[i].text)) hasExplicitUnit = true;
  }
  const d: Draft = { bareGroups: [] };
  for (const toks of segments) parseSegment(toks, d, hasExplicitUnit);
  // Unmarked words: the group right before the house number is the street, an earlier one the locality.
  const groups = d.bareGroups;
  if (d.street === undefined && groups.length > 0) {
    const idx = groups.findIndex((g) => g.beforeHouse);
    const streetIdx = idx >= 0 ? idx : groups.length - 1;
    d.street = normaliseStreet(groups[streetIdx].words);
    if (d.locality === undefined && streetIdx > 0) d.locality = groups[0].words.join(' ');
  } else if (d.locality === undefined && groups.length > 0) {
    d.locality = groups[0].words.join(' ');
  }
  if (!d.street && d.locality && d.house) d.street = `нп ${d.locality}`; // a village without streets
  if (!d.street || !d.house) return undefined;
  return {
    raw,
    locality: d.locality || undefined,
    street: d.street,
    streetType: d.streetType,
    house: d.house,
    unit: d.unit,
  };
}

function parseSegment(toks: Tok[], d: Draft, hasExplicitUnit: boolean) {
  if (toks.length === 0) return;
  const kinds = toks.map(markerOf);
  if (kinds.includes('region') || kinds.includes('district')) return;
  // «Набережная ул», «ул. Набережная»: of two street types side by side the longer word is the name.
  for (let k = 0; k + 1 < toks.length; k++) {
    if (kinds[k] === 'street' && kinds[k + 1] === 'street') {
      if (toks[k].text.length >= toks[k + 1].text.length) kinds[k] = undefined;
      else kinds[k + 1] = undefined;
    }
  }
  const bare: string[] = [];
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i];
    let kind = kinds[i];
    // «д» is a village (деревня) before a name and a house (дом) before a number.
    if (tok.text === 'д') kind = !toks[i + 1] || !toks[i + 1].isNumber ? 'locality' : 'house';
    if (kind === 'locality' || kind === 'street') {
      const name: string[] = [];
      let j = i + 1;
      const type = kind === 'street' ? STREET_TYPES.get(tok.text) : undefined;
      while (j < toks.length) {
        const t = toks[j];
        const k = kinds[j];
        const after = toks[j + 1];
        // «ул. К. Маркса»: a one-letter word before a name is an initial, not a marker
        const isInitial = t.text.length === 1 && after !== undefined && !after.isNumber && !markerOf(after);
        if (k && k !== 'skip' && !isInitial) break;
        if (!t.isNumber || t.isOrdinal) name.push(t.text);
        else if (toks[j + 1] && !toks[j + 1].isNumber && !markerOf(toks[j + 1]))
          name.push(t.text); // «50 лет Октября»
        else if (name.length === 0 && type && NUMBERED_STREET_TYPES.has(type)) name.push(t.text);
        else break;
        j++;
      }
      // Postfix marker («Кемерово г», «Ленина ул»): the words before it are the name.
      const words = name.length > 0 ? name : bare.splice(0);
      if (kind === 'locality') d.locality ??= words.join(' ');
      else if (d.street === undefined && words.length > 0) {
        d.street = normaliseStreet(words);
        d.streetType = type;
      }
      i = j;
      continue;
    }
    if (kind === 'house' || kind === 'unit' || kind === 'building' || kind === 'structure' || kind === 'letter') {
      const next = toks[i + 1];
      if (next && (next.isNumber || (kind === 'letter' && next.text.length <= 2))) {
        const n = normaliseNumberPart(next.text);
        if (kind === 'house') {
          flushBare(bare, d, true);
          d.house = n;
        } else if (kind === 'unit') d.unit = n;
        else if (d.house !== undefined) d.house += kind === 'building' ? `к${n}` : kind === 'structure' ? `с${n}` : n;
        i += 2;
        continue;
      }
      i += 1;
      continue;
    }
    if (kind === 'skip') {
      i += 1;
      continue;
    }
    if (tok.isNumber && !tok.isOrdinal) {
      flushBare(bare, d, d.house === undefined);
      assignNumber(d, tok.text, hasExplicitUnit);
      // «5 а» — a house letter written apart
      const next = toks[i + 1];
      if (next && /^[а-яa-z]$/.test(next.text) && !markerOf(next) && d.unit === undefined) {
        d.house += normaliseNumberPart(next.text);
        i += 1;
      }
      i += 1;
      continue;
    }
    bare.push(tok.text);
    i += 1;
  }
  flushBare(bare, d, false);
}

function flushBare(bare: string[], d: Draft, beforeHouse: boolean) {
  if (bare.length > 0) d.bareGroups.push({ words: bare.splice(0), beforeHouse });
}

/** Street, house and unit: the key of a dwelling within a locality. */
export function dwellingKey(a: Address): string | undefined {
  return a.unit ? `${a.street}|${a.house}|${a.unit}` : undefined;
}

/** Street and house: the key of a building (or of a private house, which has no flats). */
export function buildingKey(a: Address): string {
  return `${a.street}|${a.house}`;
}

export type AddressRelation = 'same-unit' | 'same-house' | 'same-building' | 'different';
export type LocalityAgreement = 'same' | 'unknown' | 'different';

function sameStreetType(a?: string, b?: string): boolean {
  if (!a || !b || a === b) return true;
  const loose = (x: string, y: string) => x === 'пр' && (y === 'пр-кт' || y === 'проезд');
  return loose(a, b) || loose(b, a);
}

/**
 * Compares two addresses: the same flat or office, the same house when neither names a flat
 * (a private house, or a building whose flat nobody wrote), the same building when only one
 * names a flat, or different. Also says whether the localities agree, are unknown on one side,
 * or differ — «ул. Ленина, 5-12» exists in every Russian town.
 */
export function compareAddresses(a: Address, b: Address): { relation: AddressRelation; locality: LocalityAgreement } {
  const locality: LocalityAgreement =
    !a.locality || !b.locality ? 'unknown' : a.locality === b.locality ? 'same' : 'different';
  if (
    locality === 'different' ||
    a.street !== b.street ||
    a.house !== b.house ||
    !sameStreetType(a.streetType, b.streetType)
  ) {
    return { relation: 'different', locality };
  }
  if (a.unit && b.unit) return { relation: a.unit === b.unit ? 'same-unit' : 'different', locality };
  if (!a.unit && !b.unit) return { relation: 'same-house', locality };
  return { relation: 'same-building', locality };
}
