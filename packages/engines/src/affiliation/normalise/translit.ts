/**
 * Script-independent spelling of Russian names ("skeleton").
 *
 * A name may reach us in Cyrillic or in one of the Latin transliterations met in Russian data:
 * ICAO Doc 9303 as used in Russian passports since 2014 (MVD Order 889: я → ia, й → i, х → kh,
 * ц → ts, щ → shch, ъ → ie), GOST 7.79-2000 system B (я → ya, й → j, х → x, ц → cz/c, щ → shh,
 * ы → y', ь → `) and the BGN/PCGN style of older passports and foreign registries (я → ya,
 * й → y, е after a vowel → ye). Each is mapped onto one lossy Latin skeleton in which the letters
 * the systems disagree on collapse (е/ё/э → e, и/й → i, ъ/ь → nothing), so "Мария", "MARIIA" and
 * "Mariya" all become "mariia".
 */

const CYR_TO_SKELETON: Record<string, string> = {
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
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  // Ukrainian and Belarusian letters appear in names of people born outside Russia.
  і: 'i',
  ї: 'i',
  є: 'e',
  ў: 'u',
  ґ: 'g',
};

// Latin letters that look like Cyrillic ones; mixed-script tokens ("Ивaнов" with a Latin a) are
// a common artefact of keyboard layouts and OCR.
const LAT_TO_CYR_HOMOGLYPH: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};
const CYR_TO_LAT_HOMOGLYPH: Record<string, string> = Object.fromEntries(
  Object.entries(LAT_TO_CYR_HOMOGLYPH).map(([lat, cyr]) => [cyr, lat]),
);

// Per-character tables indexed by UTF-16 code: 1 = Cyrillic letter, 2 = Latin letter.
const CLASS = new Uint8Array(0x500);
for (const ch of Object.keys(CYR_TO_SKELETON)) CLASS[ch.charCodeAt(0)] = 1;
for (let c = 97; c <= 122; c++) CLASS[c] = 2;
const classOf = (code: number) => (code < 0x500 ? CLASS[code] : 0);
const SKELETON_BY_CODE: (string | undefined)[] = [];
for (const [ch, sk] of Object.entries(CYR_TO_SKELETON)) SKELETON_BY_CODE[ch.charCodeAt(0)] = sk;

export type Script = 'cyr' | 'lat' | 'none';

/** Which script a lower-case token is written in (after homoglyph repair). */
export function scriptOf(token: string): Script {
  let lat = false;
  for (let i = 0; i < token.length; i++) {
    const k = classOf(token.charCodeAt(i));
    if (k === 1) return 'cyr';
    if (k === 2) lat = true;
  }
  return lat ? 'lat' : 'none';
}

/**
 * Repairs a lower-case token that mixes Cyrillic and Latin look-alike letters, converting the
 * minority script to the majority one. Tokens in one script are returned unchanged.
 */
export function repairHomoglyphs(token: string): string {
  let cyr = 0;
  let lat = 0;
  for (let i = 0; i < token.length; i++) {
    const k = classOf(token.charCodeAt(i));
    if (k === 1) cyr++;
    else if (k === 2) lat++;
  }
  if (cyr === 0 || lat === 0) return token;
  const table = cyr >= lat ? LAT_TO_CYR_HOMOGLYPH : CYR_TO_LAT_HOMOGLYPH;
  let out = '';
  for (const ch of token) out += table[ch] ?? ch;
  return out;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function latinToSkeleton(s: string): string {
  // Drop diacritics (ë, é) and the apostrophes GOST/BGN use for ь and ъ.
  const t = s.normalize('NFD').replace(/[\u0300-\u036f'`’ʹʺ"]/g, '');
  let out = '';
  let i = 0;
  while (i < t.length) {
    const rest = t.slice(i, i + 4);
    const ch = t[i];
    const next = t[i + 1] ?? '';
    const prev = out[out.length - 1] ?? '';
    if (rest.startsWith('shch')) {
      out += 'shch';
      i += 4;
      continue;
    }
    if (rest.startsWith('shh')) {
      out += 'shch';
      i += 3;
      continue;
    }
    if (ch === 'c' && next === 'z') {
      out += 'ts';
      i += 2;
      continue;
    }
    if ((ch === 'y' || ch === 'j') && (next === 'a' || next === 'u')) {
      out += `i${next}`; // я, ю in GOST B / BGN / ISO 9 style
      i += 2;
      continue;
    }
    if ((ch === 'y' || ch === 'j') && (next === 'e' || next === 'o')) {
      out += 'e'; // е after a vowel or ь, ё
      i += 2;
      continue;
    }
    if (ch === 'c') {
      out += next === 'h' ? 'ch' : 'ts';
      i += next === 'h' ? 2 : 1;
      continue;
    }
    if (ch === 'x') {
      out += 'kh';
      i += 1;
      continue;
    } // GOST 7.79 B: х → x
    if (ch === 'j') {
      out += 'i';
      i += 1;
      continue;
    } // GOST 7.79 B: й → j
    if (ch === 'w') {
      out += 'v';
      i += 1;
      continue;
    }
    if (ch === 'h') {
      // h closes the digraphs zh, kh, ch, sh (already emitted as their first letter); alone it is х.
      if (prev === 'z' || prev === 'k' || prev === 's') {
        out += 'h';
        i += 1;
        continue;
      }
      out += 'kh';
      i += 1;
      continue;
    }
    if (ch === 'y') {
      // BGN writes й as y after a vowel (Sergey, Maykov); otherwise y is ы.
      out += VOWELS.has(prev) && prev !== 'y' ? 'i' : 'y';
      i += 1;
      continue;
    }
    if (ch >= 'a' && ch <= 'z') out += ch;
    i += 1;
  }
  return out;
}

function cyrillicToSkeleton(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const mapped = SKELETON_BY_CODE[code];
    if (mapped !== undefined) out += mapped;
    else if (code >= 97 && code <= 122) out += s[i];
  }
  return out;
}

/**
 * Maps a lower-case name token in either script to its skeleton. Non-letters are dropped, so
 * hyphenated surnames compare without the hyphen.
 */
export function toSkeleton(token: string): string {
  const fixed = repairHomoglyphs(token);
  return scriptOf(fixed) === 'cyr' ? cyrillicToSkeleton(fixed) : latinToSkeleton(fixed);
}
