import type { DraftModel, Sentence } from '../document.js';
import { compile, compileAll, findFirst, tokenIs } from '../pattern.js';
import type { Token } from '../tokenize.js';
import type { SentenceHit } from './types.js';

/*
 * 3и — нормативные коллизии: the act sets two different terms for the same action (or obliges and
 * permits not to do the same thing), so the official may choose which norm to apply (Methodology,
 * п. 3 «и»). Special cases («в случае…», «при…», extensions) are not a collision.
 */

const ACTIONS: Array<[string, ReturnType<typeof compile>]> = [
  ['рассмотрение', compile('рассмотрени*|рассматрива*|рассмотр*')],
  ['выдача', compile('выдач*|выда*|выдает*')],
  ['регистрация', compile('регистраци*|регистрир*')],
  ['уведомление', compile('уведомлени*|уведомля*|информир*')],
  ['предоставление услуги', compile('предоставлени*|предоставля*')],
  // Deciding on an application ends its consideration: «заявление рассматривается в течение 10 дней» and
  // «решение по заявлению принимается в течение 20 дней» set two terms for one final action.
  ['рассмотрение', compile('решени*')],
  ['опубликование', compile('опубликовани*|опубликов*|размещени*')],
];
const OBJECTS = compile(
  'заявлени*|жалоб*|обращени*|заявк*|разрешени*|уведомлени*|услуг*|документ*|решени*|запрос*|ордер*|справк*',
);
const SPECIAL_CASE = compileAll([
  'в случа*',
  'если',
  'при ~2 наличии|направлени*|обжаловани*',
  'исключительн*',
  'продл*|продлен*',
  'не более ?чем на',
  'а также',
  'для ~2 отдельн*|категори*',
]);
// «в течение 3 дней после рассмотрения (со дня заседания комиссии)» — a term counted from another stage.
const LATER_STAGE = compile(
  'после|со|с|от ?дня|даты|момента ~2 рассмотрени*|приняти*|окончани*|завершени*|подписани*|проведени*|заседани*|вынесени*',
);
const PREDICATE = /(ется|ются|ится|ятся|ается|яется)$/;
const UNIT_WORD = /^(дн|ден|рабоч|календарн|месяц|недел)/;
const OBLIGE = compile('обязан*|должн*');
const PERMIT_NOT = compile('вправе|может|могут');

type Term = { sentence: Sentence; from: number; to: number; days: number; unit: string; key: string };

const NUMBER_WORDS: Record<string, number> = {
  одного: 1,
  один: 1,
  двух: 2,
  два: 2,
  трех: 3,
  три: 3,
  четырех: 4,
  пяти: 5,
  пять: 5,
  семи: 7,
  десяти: 10,
  десять: 10,
  пятнадцати: 15,
  двадцати: 20,
  тридцати: 30,
  тридцать: 30,
};

function termsOf(s: Sentence): Term[] {
  const t = s.tokens;
  const out: Term[] = [];
  for (let i = 0; i < t.length; i++) {
    const n = t[i].kind === 'number' && /^\d+$/.test(t[i].norm) ? Number(t[i].norm) : NUMBER_WORDS[t[i].norm];
    if (n === undefined) continue;
    let j = i + 1;
    if (t[j]?.norm === '(') while (j < t.length && t[j].norm !== ')') j++; // «12 (Двенадцати)»
    if (t[j]?.norm === ')') j++;
    let unit = '';
    for (let k = j; k < Math.min(t.length, j + 2); k++) {
      if (UNIT_WORD.test(t[k].norm)) {
        unit = /^рабоч/.test(t[k].norm)
          ? 'раб'
          : /^месяц/.test(t[k].norm)
            ? 'мес'
            : /^недел/.test(t[k].norm)
              ? 'нед'
              : 'дн';
        j = k + 1;
        break;
      }
    }
    if (!unit) continue;
    const key = actionKey(t, i);
    if (key) out.push({ sentence: s, from: i, to: j, days: n, unit, key });
  }
  return out;
}

// The action a term belongs to: the first action word of the clause before the term (or just
// after it), and the first object word other than that action word.
function actionKey(t: Token[], at: number): string | null {
  let from = at;
  while (from > 0 && !(t[from - 1].norm === ';' || t[from - 1].norm === ':')) from--;
  const firstAction = (a: number, b: number): { name: string; index: number } | null => {
    for (let i = a; i < b; i++) {
      const hit = ACTIONS.find(([, p]) => tokenIs(t[i], p));
      if (hit) return { name: hit[0], index: i };
    }
    return null;
  };
  // The predicate («рассматривается», «выдается») names the action better than a noun inside the
  // subject («заявление о предоставлении разрешения»).
  const predicate = (a: number, b: number): { name: string; index: number } | null => {
    for (let i = a; i < b; i++) {
      if (!PREDICATE.test(t[i].norm)) continue;
      const hit = ACTIONS.find(([, p]) => tokenIs(t[i], p));
      if (hit) return { name: hit[0], index: i };
    }
    return null;
  };
  const action = predicate(from, at) ?? firstAction(from, at) ?? firstAction(at, Math.min(t.length, at + 6));
  if (!action) return null;
  const clause = t.slice(from, Math.min(t.length, at + 6));
  const object = clause.find((x) => x !== t[action.index] && tokenIs(x, OBJECTS));
  // A term counted from another stage («со дня принятия решения») belongs to that stage's sequence.
  const stage = findFirst(t, LATER_STAGE, from, Math.min(t.length, at + 10));
  const start = stage ? t[stage.to - 1].stem : '';
  return `${action.name}|${object?.stem ?? ''}|${start}`;
}

/** 3и: two different terms for the same action, or an obligation and a permission not to act. */
export function collisionHits(model: DraftModel): SentenceHit[] {
  const hits: SentenceHit[] = [];
  const seen = new Map<string, Term>();
  for (const s of model.sentences) {
    if (SPECIAL_CASE.some((p) => findFirst(s.tokens, p))) continue;
    for (const term of termsOf(s)) {
      const prev = seen.get(term.key);
      if (!prev) {
        seen.set(term.key, term);
        continue;
      }
      if (prev.days === term.days && prev.unit === term.unit) continue;
      if (prev.sentence === s) continue; // two terms in one sentence are usually two stages
      const first = model.text.slice(prev.sentence.tokens[prev.from].start, prev.sentence.tokens[prev.to - 1].end);
      hits.push({
        code: '3и',
        from: term.from,
        to: term.to,
        score: 0.65,
        reason: `для одного и того же действия установлен иной срок, чем ранее («${first}»), что позволяет выбирать применимую норму`,
        suggestion: 'установить единый срок совершения действия и исключить противоречащую норму',
        rule: '3и.terms',
        sentence: s,
      });
    }
  }
  hits.push(...modalityCollisions(model));
  return hits;
}

function modalityCollisions(model: DraftModel): SentenceHit[] {
  const obliged = new Map<string, Sentence>();
  const out: SentenceHit[] = [];
  for (const s of model.sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length - 1; i++) {
      if (tokenIs(t[i], OBLIGE) && t[i + 1].kind === 'word') obliged.set(t[i + 1].stem.slice(0, 5), s);
      if (tokenIs(t[i], PERMIT_NOT) && t[i + 1]?.norm === 'не' && t[i + 2]?.kind === 'word') {
        const key = t[i + 2].stem.slice(0, 5);
        const o = obliged.get(key);
        if (o && o !== s) {
          out.push({
            code: '3и',
            from: i,
            to: i + 3,
            score: 0.6,
            reason: 'одна норма обязывает совершить действие, другая позволяет его не совершать',
            suggestion: 'устранить противоречие, оставив обязанность с исчерпывающими исключениями',
            rule: '3и.modality',
            sentence: s,
          });
        }
      }
    }
  }
  return out;
}
