/**
 * Parsing and normalisation of Russian personal names (ФИО).
 *
 * Real registries write one person as «ИВАНОВ ИВАН ИВАНОВИЧ», «Иванов И.И.», «И. И. Иванов»,
 * «Иван Иванович Иванов», «IVANOV IVAN» or with the surname in the other gender form
 * («Иванова» for a woman entered with the male form of the family name). This module turns the
 * three name columns into parts with a script-independent skeleton (see translit.ts), a
 * gender-neutral surname stem and the person's gender when the name tells it.
 */
import { cleanText, needsNfkc } from './text';
import { repairHomoglyphs, type Script, scriptOf, toSkeleton } from './translit';

export type Gender = 'm' | 'f' | 'u';

export type NamePart = {
  /** The text as given, trimmed. */
  raw: string;
  /** Lower case, ё → е, homoglyphs repaired, letters and hyphens only. */
  clean: string;
  /** Script-independent skeleton (translit.ts). */
  skel: string;
  script: Script;
  /** A one-letter initial («И.»), compared only by its first letter. */
  isInitial: boolean;
  /** Gender-neutral stem, were this part a surname (surnameStem). */
  stem: string;
  /** Gender this word tells as a patronymic, a first name and a surname. */
  genderAs: { middle: Gender; first: Gender; last: Gender };
};

export type PersonName = {
  last?: NamePart;
  first?: NamePart;
  middle?: NamePart;
  /** Gender-neutral surname skeleton: Иванов/Иванова → "ivanov", Покровский/Покровская → "pokrovsk". */
  surnameStem?: string;
  gender: Gender;
  /** Parsed from one free-form string where the surname and the first name could be swapped. */
  isOrderUncertain: boolean;
  /** A former surname given in brackets: «Иванова (Сидорова)», «Иванова (урожд. Сидорова)». */
  formerLast?: NamePart;
};

type Token = { text: string; isInitial: boolean };

// Turkic patronymic particles: «Алиев Рашид Гасан оглы».
const PATRONYMIC_PARTICLES = new Set(['оглы', 'кызы', 'угли', 'кизи', 'ogly', 'kyzy', 'ugli', 'kizi', 'ogli']);
// Latin two-letter initials of one Cyrillic letter (Ж., Х., Ч., Ш., Ю., Я., Ц.).
const LATIN_DIGRAPH_INITIALS = new Set(['zh', 'kh', 'ch', 'sh', 'yu', 'ya', 'iu', 'ia', 'ts', 'ju', 'ja']);

const MALE_FIRST_NAMES_IN_A = new Set([
  'nikita',
  'ilia',
  'ilya',
  'kuzma',
  'foma',
  'luka',
  'savva',
  'danila',
  'gavrila',
  'foka',
  'mikola',
  'iona',
  'sila',
]);
const FEMALE_FIRST_NAMES_NOT_IN_A = new Set([
  'liubov',
  'ninel',
  'iudif',
  'esfir',
  'rakhil',
  'assol',
  'agnes',
  'karmen',
  'nelli',
  'aigul',
  'gulnaz',
]);

const TOKEN = /([^\s.,;]+)(\.?)/g;

function isLetter(code: number): boolean {
  return (
    (code >= 0x410 && code <= 0x44f) ||
    code === 0x401 ||
    code === 0x451 ||
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code > 0xbf && code !== 0xd7 && code !== 0xf7 && code < 0x250) ||
    (code >= 0x400 && code < 0x500)
  );
}

function tokenize(field: string | undefined): Token[] {
  if (!field) return [];
  const text = needsNfkc(field) ? field.normalize('NFKC') : field;
  const tokens: Token[] = [];
  // A dot ends an initial; commas and spaces separate parts.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let word = m[1];
    if (/^[-'`]|[-'`]$/.test(word)) word = word.replace(/^[-'`]+|[-'`]+$/g, '');
    let letters = 0;
    for (let i = 0; i < word.length; i++) if (isLetter(word.charCodeAt(i))) letters++;
    if (letters === 0) continue;
    const isInitial =
      letters === 1 || (letters === 2 && m[2] === '.' && LATIN_DIGRAPH_INITIALS.has(word.toLowerCase()));
    tokens.push({ text: word, isInitial });
  }
  return tokens;
}

// Names repeat (a few hundred first names and patronymics, tens of thousands of surnames), so
// parts are memoised; the cache is emptied when it grows past a bound.
const PART_CACHE = new Map<string, NamePart>();
const PART_CACHE_LIMIT = 500_000;

function makePart(raw: string, isInitial: boolean): NamePart {
  const key = isInitial ? `.${raw}` : raw;
  const cached = PART_CACHE.get(key);
  if (cached) return cached;
  const lower = repairHomoglyphs(cleanText(raw));
  const clean = lower.replace(/[^\p{L}-]/gu, '');
  const skel = toSkeleton(clean);
  const part: NamePart = {
    raw: raw.trim(),
    clean,
    skel,
    script: scriptOf(clean),
    isInitial,
    stem: isInitial ? skel : surnameStem(skel),
    genderAs: isInitial
      ? { middle: 'u', first: 'u', last: 'u' }
      : { middle: genderOfPatronymic(skel), first: genderOfFirstName(skel), last: genderOfSurname(skel) },
  };
  if (PART_CACHE.size >= PART_CACHE_LIMIT) PART_CACHE.clear();
  PART_CACHE.set(key, part);
  return part;
}

function joinParts(tokens: Token[]): NamePart | undefined {
  if (tokens.length === 0) return undefined;
  if (tokens.length === 1) return makePart(tokens[0].text, tokens[0].isInitial);
  return makePart(tokens.map((t) => t.text).join(' '), false);
}

/** True when a skeleton looks like a patronymic (отчество). */
export function isPatronymicLike(skel: string): boolean {
  return skel.length >= 5 && /(ovich|evich|ich|ovna|evna|ichna|inichna|ogly|kyzy|ugli|kizi)$/.test(skel);
}

const SURNAME_ENDINGS =
  /(ov|ev|in|yn|ova|eva|ina|yna|skii|skaia|skoi|tskii|tskaia|enko|uk|iuk|ikh|ykh|ian|dze|shvili|aia|oi|yi)$/;

function looksLikeSurname(skel: string): boolean {
  return skel.length >= 4 && SURNAME_ENDINGS.test(skel);
}

/**
 * Gender-neutral stem of a surname skeleton. Only the declinable Russian patterns change with
 * gender (-ов/-ова, -ев/-ева, -ин/-ина, -ын/-ына, adjectival -ский/-ская/-ской, -ой/-ая, -ый/-ая);
 * -енко, -их/-ых, -ян, -дзе and foreign surnames are the same for both and stay unchanged.
 */
export function surnameStem(skel: string): string {
  let m = /^(.{2,}sk)(?:ii|oi|yi|aia)$/.exec(skel);
  if (m) return m[1];
  m = /^(.{2,}(?:ov|ev|in|yn))a$/.exec(skel);
  if (m) return m[1];
  m = /^(.{3,})(?:ii|oi|yi|aia)$/.exec(skel);
  if (m) return m[1];
  return skel;
}

function genderOfPatronymic(skel: string): Gender {
  if (/(ovna|evna|ichna|kyzy|kizi)$/.test(skel)) return 'f';
  if (/(ich|ogly|ugli|ogli)$/.test(skel)) return 'm';
  return 'u';
}

function genderOfSurname(skel: string): Gender {
  if (/(ova|eva|ina|yna|aia)$/.test(skel)) return 'f';
  if (/(ov|ev|in|yn|ii|oi|yi)$/.test(skel)) return 'm';
  return 'u';
}

function genderOfFirstName(skel: string): Gender {
  if (MALE_FIRST_NAMES_IN_A.has(skel)) return 'm';
  if (FEMALE_FIRST_NAMES_NOT_IN_A.has(skel)) return 'f';
  if (/(a|ia)$/.test(skel)) return 'f';
  return /[bcdfghklmnprstvzi]$/.test(skel) ? 'm' : 'u';
}

function inferGender(first?: NamePart, middle?: NamePart, last?: NamePart): Gender {
  if (middle && middle.genderAs.middle !== 'u') return middle.genderAs.middle;
  if (first && first.genderAs.first !== 'u') return first.genderAs.first;
  return last ? last.genderAs.last : 'u';
}

/** Attaches «оглы»/«кызы» to the father's name before it. */
function mergeParticles(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && PATRONYMIC_PARTICLES.has(cleanText(t.text))) {
      out[out.length - 1] = { text: `${prev.text} ${t.text}`, isInitial: false };
    } else out.push(t);
  }
  return out;
}

const skelOf = (t: Token) => toSkeleton(cleanText(t.text));

type Parsed = { last?: Token[]; first?: Token; middle?: Token; isOrderUncertain: boolean };

/** Free-form ФИО in one string, in any of the orders met in practice. */
function parseFreeForm(all: Token[]): Parsed {
  const tokens = mergeParticles(all);
  const full = tokens.filter((t) => !t.isInitial);
  const initials = tokens.filter((t) => t.isInitial);
  if (initials.length > 0 && full.length >= 1) {
    // «Иванов И.И.», «И. И. Иванов», «Иванов Иван И.»
    if (full.length === 1) return { last: full, first: initials[0], middle: initials[1], isOrderUncertain: false };
    return { last: [full[0]], first: full[1], middle: full[2] ?? initials[0], isOrderUncertain: false };
  }
  if (full.length === 0) return { first: initials[0], middle: initials[1], isOrderUncertain: false };
  if (full.length === 1) return { last: full, isOrderUncertain: false };
  const skels = full.map(skelOf);
  const n = full.length;
  if (n === 2) {
    if (isPatronymicLike(skels[1]) && !looksLikeSurname(skels[1]))
      return { first: full[0], middle: full[1], isOrderUncertain: false };
    const s0 = looksLikeSurname(skels[0]);
    const s1 = looksLikeSurname(skels[1]);
    if (s1 && !s0) return { last: [full[1]], first: full[0], isOrderUncertain: false };
    return { last: [full[0]], first: full[1], isOrderUncertain: !s0 || s1 };
  }
  // Three or more: the patronymic fixes the order — last position means «Фамилия Имя Отчество»,
  // second position means «Имя Отчество Фамилия».
  if (isPatronymicLike(skels[n - 1]))
    return { last: full.slice(0, n - 2), first: full[n - 2], middle: full[n - 1], isOrderUncertain: false };
  if (isPatronymicLike(skels[1]))
    return { last: full.slice(2), first: full[0], middle: full[1], isOrderUncertain: false };
  return { last: full.slice(0, n - 2), first: full[n - 2], middle: full[n - 1], isOrderUncertain: true };
}

/**
 * Builds a normalised name from the three name columns. Any column may be empty or hold more
 * than its part (the whole ФИО in the surname column, «И.И.» in the first-name column).
 */
export function parsePersonName(lastName?: string, firstName?: string, middleName?: string): PersonName | undefined {
  if (lastName?.includes('(')) {
    const former = formerSurname(lastName);
    const name = parsePersonName(lastName.replace(/\([^)]*\)?/g, ' '), firstName, middleName);
    if (name && former) name.formerLast = makePart(former, false);
    return name;
  }
  // Fast path for the common case: one plain word in each column.
  if (isPlainWord(lastName) && isPlainWord(firstName) && (isPlainWord(middleName) || !middleName)) {
    return finish(
      makePart(lastName as string, false),
      makePart(firstName as string, false),
      middleName ? makePart(middleName, false) : undefined,
      false,
    );
  }
  const l = tokenize(lastName);
  const f = tokenize(firstName);
  const m = tokenize(middleName);
  if (l.length + f.length + m.length === 0) return undefined;
  let parsed: Parsed;
  const isStructured = l.length <= 1 && f.length <= 1 && mergeParticles(m).length <= 1;
  if (isStructured) {
    parsed = { last: l, first: f[0], middle: mergeParticles(m)[0], isOrderUncertain: false };
  } else if (l.length <= 1 && m.length === 0 && f.length === 2 && (f[0].isInitial || isPatronymicLike(skelOf(f[1])))) {
    // «Иванов» + «И.И.» or «Иван Иванович» in the first-name column
    parsed = { last: l, first: f[0], middle: f[1], isOrderUncertain: false };
  } else if (l.length >= 2 && l.every((t) => !t.isInitial) && f.length + m.length > 0) {
    // a double surname written with a space, the other columns filled
    parsed = { last: l, first: f[0], middle: mergeParticles(m)[0], isOrderUncertain: false };
  } else {
    parsed = parseFreeForm([...l, ...f, ...m]);
  }
  const last = parsed.last && parsed.last.length > 0 ? joinParts(parsed.last) : undefined;
  const first = parsed.first ? makePart(parsed.first.text, parsed.first.isInitial) : undefined;
  const middle = parsed.middle ? makePart(parsed.middle.text, parsed.middle.isInitial) : undefined;
  return finish(last, first, middle, parsed.isOrderUncertain);
}

// Words that introduce a former surname in brackets (anketa item «прежние фамилии»).
const FORMER_MARKERS = /^(урожд|урожденная|урожденный|до|брака|девичья|девич|фамилия|ранее|прежняя|бывшая|быв)$/;

/** The surname in brackets of «Иванова (урожд. Сидорова)», if any. */
function formerSurname(field: string): string | undefined {
  const inner = /\(([^)]*)\)?/.exec(field)?.[1];
  if (!inner) return undefined;
  const words = inner
    .split(/[\s.,:]+/)
    .filter((w) => w && !FORMER_MARKERS.test(cleanText(w)) && /^[\p{L}-]{2,}$/u.test(w));
  return words[words.length - 1];
}

const PLAIN_WORD = /^[А-Яа-яЁёA-Za-z][А-Яа-яЁёA-Za-z-]+$/;

function isPlainWord(v: string | undefined): boolean {
  return v !== undefined && PLAIN_WORD.test(v);
}

function finish(
  last: NamePart | undefined,
  first: NamePart | undefined,
  middle: NamePart | undefined,
  isOrderUncertain: boolean,
): PersonName | undefined {
  const name: PersonName = {
    last: last?.skel ? last : undefined,
    first: first?.skel ? first : undefined,
    middle: middle?.skel ? middle : undefined,
    gender: inferGender(first, middle, last),
    isOrderUncertain,
  };
  if (name.last && !name.last.isInitial) name.surnameStem = name.last.stem;
  if (!name.last && !name.first && !name.middle) return undefined;
  return name;
}

/** The same name with surname and first name swapped (for free-form strings of uncertain order). */
export function swapSurnameAndFirst(name: PersonName): PersonName {
  const last = name.first;
  const first = name.last;
  return {
    ...name,
    last,
    first,
    surnameStem: last && !last.isInitial ? last.stem : undefined,
    gender: inferGender(first, name.middle, last),
    isOrderUncertain: false,
  };
}

/** The same name under another surname (a former one). */
export function withSurname(name: PersonName, last: NamePart): PersonName {
  return { ...name, last, surnameStem: last.stem, formerLast: undefined };
}

/** Human-readable form for evidence: «Иванов И. И.». */
export function formatName(name: PersonName): string {
  const part = (p?: NamePart) => (p ? (p.isInitial ? `${p.raw.replace(/\.$/, '')}.` : p.raw) : '');
  return [part(name.last), part(name.first), part(name.middle)].filter(Boolean).join(' ');
}
