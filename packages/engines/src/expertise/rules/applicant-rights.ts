import type { Sentence } from '../document.js';
import { compile, compileAll, findAll, findFirst } from '../pattern.js';
import type { Token } from '../tokenize.js';
import { closedAfter, closedSpecifically, hasCriteria, hasTerm, negatedBefore, onlyGroundAfter } from './lexicon.js';
import type { Hit, RuleContext, SentenceRule } from './types.js';

/*
 * 4б — злоупотребление правом заявителя: the applicant's rights are not clearly regulated — refusal
 * without stated grounds or with open grounds, no appeal, requirements the applicant cannot know
 * (Methodology, п. 4 «б»).
 */

const REFUSAL_WORD = compile('отказ*|отклон*|возвра*|верну*|оставля*|оставлен*|прекращ*|прекрат*|отзыв*|аннулир*');
const REFUSAL_ALL = [
  REFUSAL_WORD,
  compile('не принима*|рассматрива*|допуска*|выда*|выдан*|согласов*|утвержда*|регистрир*'),
  compile('к рассмотрению не'),
];
const isRefusal = (tokens: Token[]) => REFUSAL_ALL.some((p) => findFirst(tokens, p) !== null);
const IMPROPER = compile('надлежащ*|ненадлежащ* образом');
const WITHOUT_REASONS = compile(
  'без объяснени*|указани*|обосновани*|мотивировк*|пояснени* ~2 причин*|основани*|мотив*',
);
const OPEN_GROUNDS = compile('иной|другой|прочий основани*|случа*|причин*|обстоятельств*');
const GROUNDS_INCLUDING = compile('основани* ~6 в том числе');
const MAY_REFUSE = compileAll(['может|могут ?быть отказа*', 'вправе|может|могут отказа*|отклони*|верну*|возврати*']);
const NO_APPEAL = compileAll([
  'обжаловани* не подлеж*',
  'не подлеж* обжаловани*',
  'явля* окончательн*',
  'обжалованию не',
]);
const UNSTATED_REQUIREMENTS = compile('не ?соответству*|соответствующ*|отвечающ*|отвечают|соответствуют ~2 требовани*');
const REQUIREMENT_REF = compile(
  'пункт*|подпункт*|стать*|настоящ*|приложени*|форм*|регламент*|законодательств*|закон*|указанн*|установленн*|утвержденн*|предусмотренн*|=п|=ст',
);
// «в случае несоответствия проекта архитектурному облику» — a ground of refusal measured against nothing named.
const MISMATCH = compile('несоответстви*');
// «несоответствие … требованиям (нормам, стандартам)» — measured against requirements (see UNSTATED_REQUIREMENTS).
const MEASURED_AGAINST = compile('требовани*|норм*|правил*|стандарт*|регламент*');
// Grounds of ч. 3–5 ст. 11 Федерального закона № 59-ФЗ for leaving an appeal unanswered.
const LAW_59_GROUNDS = compile('нецензурн*|оскорбительн*|угроз*|прочтени*|неоднократн*|повторн*|фамили*|почтов*|тайн*');
const MAY_LEAVE = compile('может|могут ?быть оставл*|оставить');
const LEFT_UNANSWERED = compile('оставля*|оставлен* без ответа|рассмотрени*');
// «при наличии замечаний документы возвращаются» — a ground of refusal that the act does not define.
const VAGUE_GROUND = compile('при наличии|выявлени* ~3 замечани*|недостатк*|недочет*|претензи*');
const DISCRETION = compileAll(['по мнению', 'по усмотрению', 'вправе']);
const ONLY_WITH_PERMISSION = compile('только с разрешения|согласия глав*|руководител*|администрац*|должностн*');
// «повторное обращение допускается … по решению главы» — the applicant's right depends on a permission.
const REAPPLY_BY_DECISION = compile(
  'повторн* обращени*|подач* ~8 по решению|разрешению|согласованию глав*|руководител*|администрац*|комисси*',
);
const NOT_PROVIDED_IN_OTHER_CASES = compile('не предоставля* ~3 иной|другой случа*');
const POSITIVE_DECISION = compile('решени* о|об');
const REFUSAL_DECISION = compile('решени* об отказ* ~10 принима*|принято|принят');
const GROUNDS_IN_PROVISION = compileAll([
  'основани* ~4 явля*',
  'в следующих случаях',
  'при наличии ~3 основани*',
  'в случа*',
  'если',
]);

const hit = (from: number, to: number, score: number, reason: string, rule: string, suggestion: string): Hit => ({
  code: '4б',
  from,
  to,
  score,
  reason,
  rule,
  suggestion,
});
const GROUNDS = 'установить исчерпывающий перечень оснований отказа и обязанность сообщать заявителю мотивы отказа';

const inRefusalContext = (ctx: RuleContext): boolean =>
  isRefusal(ctx.sentence.tokens) || (ctx.lead !== null && isRefusal(ctx.lead.tokens));
const groundsIn = (provision: Sentence[]) =>
  provision.some((s) => GROUNDS_IN_PROVISION.some((p) => findFirst(s.tokens, p)));

/** 4б: refusal without grounds or with open grounds, excluded appeal, undefined requirements. */
export const applicantRightsRule: SentenceRule = (ctx) => {
  const t = ctx.sentence.tokens;
  const hits: Hit[] = [];
  const refusal = inRefusalContext(ctx);
  for (const m of findAll(t, WITHOUT_REASONS)) {
    if (refusal)
      hits.push(
        hit(m.from, m.to, 0.85, 'отказ допускается без сообщения заявителю его причин', '4б.no-reasons', GROUNDS),
      );
  }
  if (refusal) {
    for (const m of findAll(t, OPEN_GROUNDS)) {
      if (closedSpecifically(t, m.to)) continue;
      hits.push(
        hit(
          m.from,
          m.to,
          closedAfter(t, m.to) ? 0.6 : 0.8,
          'перечень оснований отказа открыт («иные основания»), что позволяет отказать по любому основанию',
          '4б.open-grounds',
          GROUNDS,
        ),
      );
    }
  }
  const including = findFirst(t, GROUNDS_INCLUDING);
  if (including && refusal)
    hits.push(
      hit(
        including.from,
        including.to,
        0.65,
        'основания отказа перечислены «в том числе», то есть перечень не исчерпывающий',
        '4б.including',
        GROUNDS,
      ),
    );
  for (const p of MAY_REFUSE) {
    for (const m of findAll(t, p)) {
      if (negatedBefore(t, m.from) || hasCriteria(t) || onlyGroundAfter(t, m.to)) continue;
      hits.push(
        hit(m.from, m.to, 0.6, 'возможность отказа установлена без оснований отказа', '4б.refusal-no-grounds', GROUNDS),
      );
    }
  }
  for (const p of NO_APPEAL) {
    const m = findFirst(t, p);
    if (m)
      hits.push(
        hit(
          m.from,
          m.to,
          0.8,
          'заявитель лишен права обжаловать решение, гарантированного законом',
          '4б.no-appeal',
          'предусмотреть досудебное (внесудебное) и судебное обжалование решения',
        ),
      );
  }
  for (const m of findAll(t, UNSTATED_REQUIREMENTS)) {
    if (findFirst(t, REQUIREMENT_REF, m.to, Math.min(t.length, m.to + 6))) continue;
    hits.push(
      hit(
        m.from,
        m.to,
        0.6,
        'заявителю предъявляются «требования», которые в акте не названы',
        '4б.unstated-requirements',
        'указать конкретные требования (пункт акта), несоответствие которым влечет отказ',
      ),
    );
  }
  const vague = findFirst(t, VAGUE_GROUND);
  if (vague && refusal && !findFirst(t, REQUIREMENT_REF, vague.to, Math.min(t.length, vague.to + 6))) {
    hits.push(
      hit(
        vague.from,
        vague.to,
        0.6,
        'основание возврата (отказа) сформулировано неопределенно — какие «замечания» влекут отказ, не установлено',
        '4б.vague-ground',
        GROUNDS,
      ),
    );
  }
  const improper = findFirst(t, IMPROPER);
  if (improper && refusal) {
    hits.push(
      hit(
        improper.from,
        improper.to,
        0.6,
        'основание отказа («оформлено ненадлежащим образом») оценочное: требования к оформлению не названы',
        '4б.improper',
        'указать конкретные требования к оформлению (пункт акта, форма) и основания возврата',
      ),
    );
  }
  const notProvided = findFirst(t, NOT_PROVIDED_IN_OTHER_CASES);
  if (notProvided && !closedAfter(t, notProvided.to)) {
    hits.push(
      hit(
        notProvided.from,
        notProvided.to,
        0.75,
        'в праве на услугу можно отказать в неопределенных «иных случаях»',
        '4б.other-cases',
        GROUNDS,
      ),
    );
  }
  const mismatch = findFirst(t, MISMATCH);
  if (
    mismatch &&
    refusal &&
    !findFirst(t, REQUIREMENT_REF, mismatch.to, Math.min(t.length, mismatch.to + 10)) &&
    !findFirst(t, MEASURED_AGAINST, mismatch.to, Math.min(t.length, mismatch.to + 6))
  )
    hits.push(
      hit(
        mismatch.from,
        mismatch.to,
        0.55,
        'основание отказа — «несоответствие» чему-то, что в акте не определено и не названо',
        '4б.mismatch',
        'указать конкретные требования (пункт акта, утвержденный документ), несоответствие которым влечет отказ',
      ),
    );
  const unanswered = findFirst(t, LEFT_UNANSWERED);
  if (
    unanswered &&
    findFirst(t, MAY_LEAVE) &&
    !findFirst(t, LAW_59_GROUNDS) &&
    !DISCRETION.some((p) => findFirst(t, p))
  )
    hits.push(
      hit(
        unanswered.from,
        unanswered.to,
        0.6,
        'обращение может быть оставлено без ответа по основаниям, которых нет в ст. 11 Федерального закона № 59-ФЗ',
        '4б.unanswered',
        'ограничить случаи оставления обращения без ответа случаями, предусмотренными ст. 11 Федерального закона № 59-ФЗ',
      ),
    );
  if (unanswered && DISCRETION.some((p) => findFirst(t, p))) {
    hits.push(
      hit(
        unanswered.from,
        unanswered.to,
        0.7,
        'обращение может быть оставлено без ответа по усмотрению должностного лица',
        '4б.unanswered',
        'ограничить случаи оставления обращения без ответа случаями, предусмотренными ст. 11 Федерального закона № 59-ФЗ',
      ),
    );
  }
  const permission = findFirst(t, ONLY_WITH_PERMISSION) ?? findFirst(t, REAPPLY_BY_DECISION);
  if (permission)
    hits.push(
      hit(
        permission.from,
        permission.to,
        0.6,
        'реализация права заявителя поставлена в зависимость от разрешения должностного лица',
        '4б.permission',
        'исключить разрешительный порядок реализации права',
      ),
    );
  const decision = findFirst(t, REFUSAL_DECISION);
  // «Решение о присвоении … или об отказе в нем принимается в течение 10 рабочих дней» sets the term of
  // both outcomes: a procedural norm; the grounds of refusal belong to their own пункт.
  const termOfBothOutcomes =
    decision !== null && hasTerm(t) && findFirst(t, POSITIVE_DECISION, 0, decision.from) !== null;
  if (decision && !groundsIn(ctx.provision) && !termOfBothOutcomes) {
    hits.push(
      hit(decision.from, decision.to, 0.55, 'основания для отказа не установлены', '4б.refusal-decision', GROUNDS),
    );
  }
  return hits;
};
