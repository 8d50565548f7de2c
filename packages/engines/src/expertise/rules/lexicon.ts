import type { Sentence } from '../document.js';
import { compile, compileAll, findFirst, type Pattern, tokenIs } from '../pattern.js';
import type { Token } from '../tokenize.js';

/*
 * Shared vocabulary of the rules: who acts (a body or official vs a citizen), what a precise term
 * looks like, what closes a list or a reference. Words are given in any form; the pattern compiler
 * stems them, so every case and number matches.
 */

// Bodies and officials: the «правоприменитель» of the Methodology.
const AUTHORITY = compile(
  'администрац*|глав*|орган|комисси*|комитет*|управлени*|отдел*|департамент*|министерств*|руководител*|начальник*|председател*|специалист*|должностн*|служб*|уполномоченн*|работодател*|организатор*|мэр*|инспектор*|учреждени*|мфц|совет|дум*|сотрудник*|контрольн*|агентств*|заказчик*|оператор*|центр*',
);
// Citizens and organisations: those whose rights the act regulates.
const PRIVATE = compile(
  'заявител*|гражданин*|граждан*|получател*|участник*|претендент*|арендатор*|собственник*|владел*|пользовател*|предпринимател*|субъект*|служащ*|работник*|член*|депутат*|жител*|населени*|потребител*|родител*|инвестор*|правообладател*|нанимател*|лиц|организаци*|хозяйствующ*|кандидат*',
);
const REPRESENTATIVE = compile('представител*');

export type Actor = 'authority' | 'private' | 'unknown';

function actorOf(tokens: Token[], i: number): Actor | null {
  const t = tokens[i];
  if (tokenIs(t, REPRESENTATIVE)) {
    // «представитель нанимателя» is the employer; «представитель заявителя» is the applicant's.
    return tokens[i + 1]?.norm.startsWith('нанимател') ? 'authority' : 'private';
  }
  if (t.norm.startsWith('нанимател') && tokenIs(tokens[i - 1], REPRESENTATIVE)) return 'authority';
  if (tokenIs(t, AUTHORITY)) return 'authority';
  // A citizen in the dative or instrumental («заявителю может быть отказано», «обжаловано
  // заявителем») is the object or agent of a passive, not the holder of the power.
  if (tokenIs(t, PRIVATE)) return OBLIQUE.test(t.norm) ? null : 'private';
  return null;
}

const OBLIQUE = /(ю|у|ам|ям|ем|ом|ами|ями|ой|им|ым)$/;

/**
 * Who is the subject of the predicate at token `at`: the nearest actor noun before it in the same
 * clause, moved left over genitive dependents («член комиссии» → член, «специалист отдела» → специалист).
 */
export function subjectBefore(tokens: Token[], at: number): Actor {
  let i = at - 1;
  for (; i >= 0; i--) {
    const t = tokens[i];
    if (t.kind === 'punct' && (t.norm === ';' || t.norm === ':')) return 'unknown';
    if (actorOf(tokens, i)) break;
  }
  if (i < 0) return 'unknown';
  let head = i;
  for (let j = i - 1; j >= Math.max(0, head - 3); j--) {
    const t = tokens[j];
    if (t.kind === 'punct') break;
    if (actorOf(tokens, j)) head = j;
  }
  return actorOf(tokens, head) ?? 'unknown';
}

/** Actor kind of a single token (null when the word names no actor). */
export const actorAt = actorOf;

const NUMBER_WORDS = new Set(
  'один одного одной одну два двух три трех четыре четырех пять пяти шесть шести семь семи восемь восьми девять девяти десять десяти пятнадцать пятнадцати двадцать двадцати тридцать тридцати сорок сорока шестьдесят шестидесяти девяносто девяноста сто'.split(
    ' ',
  ),
);
const TIME_UNIT = /^(дн|ден|рабоч|календарн|месяц|недел|час|минут|лет|год|сут|квартал)/;
const TERM_PATTERNS = compileAll([
  'в течение',
  'не позднее|позже',
  'незамедлительн*|немедленн*|ежедневн*|еженедельн*|ежемесячн*|ежеквартальн*|ежегодн*|одновременн*',
  'в ?тот ?же день',
  'день поступлени*|обращени*|регистраци*|приняти*|подач*|проведени*|получени*',
  'срок* ~3 указанн*|установленн*|предусмотренн*|определенн* ~2 пункт*|подпункт*|стать*|раздел*|глав*|част*|приложени*|настоящ*',
  'в день',
  'до #',
  'за # ~2 до',
]);

/** True when the tokens state a precise term: «в течение 10 рабочих дней», «не позднее», a date. */
export function hasTerm(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const isNum = t.kind === 'number' || NUMBER_WORDS.has(t.norm);
    if (isNum) {
      if (/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(t.norm)) return true;
      for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
        if (tokens[j].kind === 'word' && TIME_UNIT.test(tokens[j].norm)) return true;
      }
    }
  }
  return TERM_PATTERNS.some((p) => findFirst(tokens, p) !== null);
}

const termCache = new WeakMap<Sentence[], boolean>();

/** True when any sentence of the provision states a precise term (cached per provision). */
export function provisionHasTerm(provision: Sentence[]): boolean {
  let v = termCache.get(provision);
  if (v === undefined) {
    v = provision.some((s) => hasTerm(s.tokens));
    termCache.set(provision, v);
  }
  return v;
}

const LEGAL_REF = compileAll([
  'федеральн* закон*|законом|законов|закона|законами',
  'кодекс*',
  'законодательств*',
  'стать* #',
  '#-фз|фз',
  'закон* ~3 област*|кра*|республик*|субъект*',
]);

/** True when the tokens refer to a law («в соответствии с Федеральным законом», «статьей 39.6 ЗК РФ»). */
export function hasLegalRef(tokens: Token[], from = 0, to = tokens.length): boolean {
  return LEGAL_REF.some((p) => findFirst(tokens, p, from, to) !== null);
}

// «предусмотренные пунктом 2.6 настоящего Регламента», «установленные федеральным законом» — a list
// or a category closed by a reference to a definite norm.
const CLOSURE = compile(
  'предусмотренн*|указанн*|установленн*|перечисленн*|определенн*|утвержденн*|содержащ*|поименованн*|названн* ~3 пункт*|подпункт*|стать*|част*|раздел*|глав*|приложени*|закон*|федеральн*|законодательств*|кодекс*|настоящ*|перечн*|постановлени*|указ*',
);
const CLOSURE_LIST = compile('( ~12 )');
const IDENTITY = compile('удостоверяющ* ?личность');

// A definite reference: a numbered norm or this act itself, not «законодательством» in general.
const SPECIFIC_REF = compileAll([
  'пункт*|подпункт*|стать*|част*|раздел*|глав*|приложени* #|=n|=№',
  'настоящ* регламент*|порядк*|положени*|правил*|постановлени*|решени*',
  'стать*|част*|пункт* ~2 кодекс*|закон*',
]);

/**
 * True when the words after token `at` close an open category by a definite reference («иные
 * основания, предусмотренные пунктом 2.7», «статьей 39.16 Земельного кодекса»). A bare «предусмотренные
 * законодательством» does not close a list of grounds for refusal, which 210-ФЗ ст. 12 requires to be
 * exhaustive in the regulation itself.
 */
export function closedSpecifically(tokens: Token[], at: number): boolean {
  if (deniedAfter(tokens, at)) return true;

  if (!closedAfter(tokens, at)) return false;
  const to = Math.min(tokens.length, at + 12);
  return SPECIFIC_REF.some((p) => findFirst(tokens, p, at, to) !== null);
}

const DENIED = compileAll([
  'не предусмотрен*|установлен*|имеет*|допуска*|требу*|требовать*|нужн*|необходим*|подлеж*',
  'отсутству*|нет',
]);

/** True when the open category is denied: «Иных оснований для отказа не предусмотрено». */
export function deniedAfter(tokens: Token[], at: number): boolean {
  const to = Math.min(tokens.length, at + 5);
  return DENIED.some((p) => findFirst(tokens, p, at, to) !== null);
}

/** True when the words after token `at` close an open category by reference («иные …, предусмотренные пунктом 2.7»). */
export function closedAfter(tokens: Token[], at: number): boolean {
  if (deniedAfter(tokens, at)) return true;

  const to = Math.min(tokens.length, at + 10);
  const m = findFirst(tokens, CLOSURE, at, to);
  // «иным категориям, не указанным в пункте 2.1» — «не» turns the reference into what lies outside the list.
  if (m && m.from - at <= 5) return tokens[m.from - 1]?.norm !== 'не';
  if (findFirst(tokens, IDENTITY, at, Math.min(tokens.length, at + 5))) return true;
  // «иные документы (удостоверение…, военный билет…)» — closed by an explicit list in brackets.
  const l = findFirst(tokens, CLOSURE_LIST, at, Math.min(tokens.length, at + 4));
  return l !== null && tokens.slice(l.from, l.to).filter((t) => t.norm === ',').length >= 1;
}

// Criteria or grounds stated in the sentence.
const CRITERIA = compileAll([
  'при наличии|отсутствии',
  'в случа*',
  'если',
  'на основании|основани*',
  'в соответствии',
  'согласно',
  'по результатам',
  'критери*',
  'при условии|соответствии',
  'исходя из',
  'пункт* #|пунктом|пунктами',
  'не более|менее|превыша*',
]);

/** True when the sentence states conditions, grounds or criteria for the decision. */
export const hasCriteria = (tokens: Token[]): boolean => CRITERIA.some((p) => findFirst(tokens, p) !== null);

/** True when the token just before `at` is «не» (a prohibition, not a permission). */
export const negatedBefore = (tokens: Token[], at: number): boolean => tokens[at - 1]?.norm === 'не';

/** Span helper: the whole sentence. */
export const wholeSentence = (s: Sentence): [number, number] => [0, s.tokens.length];

export type { Pattern };

/** Stems of bodies and officials, for rules that name the deciding authority after a participle or preposition. */
export const AUTHORITY_WORDS =
  'администрац*|глав*|орган|органа|органом|органами|комисси*|комитет*|управлени*|отдел*|департамент*|руководител*|начальник*|председател*|специалист*|должностн*|служб*|уполномоченн*|работодател*|директор*|мэр*|инспектор*|инспекци*|учреждени*|распорядител*|представител*|заказчик*|организатор*';

// «не вправе требовать», «не допускается требовать», «запрещается истребовать» — a prohibition.
const PROHIBITION = compileAll([
  'не вправе|может|могут|допуска*|допустим*|следует',
  'запрещ*|недопустим*',
  'не требу*|истребу*|запрашива*',
]);

/**
 * True when the clause before token `at` is a prohibition addressed to the body («Уполномоченный
 * орган не вправе требовать … иных документов»): the open category is what must NOT be demanded.
 */
export function prohibitedBefore(tokens: Token[], at: number): boolean {
  let from = at;
  while (from > 0 && from > at - 12 && tokens[from - 1].norm !== ';' && tokens[from - 1].norm !== '.') from--;
  return PROHIBITION.some((p) => findFirst(tokens, p, from, at) !== null);
}

const OWN_RIGHT = compileAll([
  'вправе',
  '=имеет|=имеют право',
  'по собственной инициативе',
  'по своему выбору',
  'по выбору',
]);

/**
 * True when the sentence grants a right or a choice to the citizen or organisation itself
 * («Заявитель вправе по своему усмотрению выбрать…», «Кандидат вправе представить по собственной
 * инициативе…»): what follows is the person's option, not a power over them.
 */
export function privateRightIn(tokens: Token[]): boolean {
  for (let k = 0; k < OWN_RIGHT.length; k++) {
    const m = findFirst(tokens, OWN_RIGHT[k]);
    if (!m) continue;
    if (tokens[m.from - 1]?.norm === 'не') continue;
    if (k < 2) {
      if (subjectBefore(tokens, m.from) === 'private') return true;
    } else if (!findFirst(tokens, compile(AUTHORITY_WORDS), 0, m.from) || subjectBefore(tokens, m.from) === 'private')
      return true;
  }
  return false;
}

// «в соответствии с пунктом 1 части 2 статьи 90 Федерального закона № 248-ФЗ» — the provision says it
// reproduces a definite norm of a law; its evaluative words are the law's own.
const REPRODUCES_LAW = compileAll([
  'в соответствии|согласно ~2 пункт*|част*|стать*|подпункт* ~8 закон*|кодекс*|#-фз',
  'предусмотренн*|установленн* ~2 пункт*|част*|стать* # ~6 закон*|кодекс*|#-фз',
]);

/** True when the sentence states that it follows a numbered norm of a law. */
export const reproducesLaw = (tokens: Token[]): boolean => REPRODUCES_LAW.some((p) => findFirst(tokens, p) !== null);

/** True when the token is a noun of a body or official in the instrumental (the agent of a passive). */
const AUTHORITY_P = compile(AUTHORITY_WORDS);
export function authorityAgentAfter(tokens: Token[], at: number, span = 5): boolean {
  for (let i = at; i < Math.min(tokens.length, at + span); i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.norm !== ',') return false;
    if (tokenIs(t, AUTHORITY_P) && /(ом|ем|ой|ей|ами|ями|ым|им)$/.test(t.norm)) return true;
  }
  return false;
}

/**
 * An optional adjective or participle between key words («без проведения открытого конкурса», «по
 * решению специализированной службы»): matched by its ending, any word form.
 */
export const ADJ = '?*ого|*его|*ых|*их|*ой|*ей|*ый|*ий|*ая|*яя|*ое|*ее|*ые|*ие|*ую|*юю|*ым|*им|*ыми|*ими|*ся';

// «только по причине отсутствия свободных мест», «исключительно в случае …», «лишь при наличии …» — the
// act names the ground itself and confines the power to it.
const ONLY_GROUND = compile(
  'только|исключительно|лишь по|в|при|на основани*|причин*|случа*|наличи*|отсутстви*|невозможност*',
);
const OPEN_AFTER = compile('ин*|друг*|прочи*|определяем*|устанавливаем*|усмотрени*|решени*');

/** True when, within a few words after `at`, the power is confined «только» to a ground the act names. */
export function onlyGroundAfter(tokens: Token[], at: number): boolean {
  const m = findFirst(tokens, ONLY_GROUND, at, Math.min(tokens.length, at + 6));
  if (!m) return false;
  return !findFirst(tokens, OPEN_AFTER, m.to, Math.min(tokens.length, m.to + 4));
}
