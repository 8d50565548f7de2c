import type { Sentence } from '../document.js';
import { compile, compileAll, findFirst, type Match } from '../pattern.js';
import { hasCriteria, hasLegalRef, provisionHasTerm } from './lexicon.js';
import type { Hit, SentenceRule } from './types.js';

/*
 * 3ж — отсутствие или неполнота административных процедур: an action of a body towards a citizen
 * with no term, no sequence or no reference to the procedure (Methodology, п. 3 «ж»). Only
 * decision-type actions are checked, and only when no term is stated anywhere in the same пункт, so
 * that a well-drafted regulation with terms in its own sentences is not flagged.
 */

const DECISION = compileAll([
  'принима*|принять|примет* ~2 решени* о|об',
  'решени* о|об ~10 принима*|=принято|=принят|=принята',
  'рассматрива*|рассматрив* ~3 заявлени*|жалоб*|обращени*|заявк*|документ*',
  'заявлени*|жалоб*|обращени*|заявк* ~4 рассматрива*|рассматрив*',
  'на рассмотрение ~3 комисси*|глав*|руководител*',
  'доводит*|довод* ~2 до сведения',
  'информиру*|уведомля* заявител*|гражданин*|граждан*',
  'направля*|сообща*|выда* заявител*',
  'проверк*|обследовани* ~6 проводит*|провод*|осуществля*',
  'провод* ~3 проверк*|обследовани*',
  'после согласовани*',
  'составля* акт*',
  'направляют*|передает*|передают* на подпись|рассмотрение',
  'осуществля* ~3 на основании решени* ~3 комисси*|глав*|администрац*|руководител*',
]);
const DECISION_ANY = compileAll([
  'принима*|принять|примет* ~3 решени*',
  'решени* ~10 принима*|=принято|=принят|=принята',
  'на основании решени* ~3 комисси*|глав*|администрац*|руководител*',
]);
const GRANT_DECISION = compile(
  'решени* о|об ~2 предоставлени*|включени*|продлени*|выдач*|согласовани*|выплат*|признани*|назначени*|переустройств*|оказани*',
);
const ESTABLISHED_ORDER = compile('в установленном порядке');
// «Порядок рассмотрения заявлений … не определен» — the act says itself that the procedure is missing.
// «осуществляется по согласованию с администрацией» — an approval with no procedure or term.
const APPROVAL = compile(
  'по согласованию ?с|со администрац*|глав*|руководител*|управлени*|отдел*|комитет*|уполномоченн*',
);
// «в местах, согласованных с администрацией» — the participle form of the same approval.
const APPROVED_BY = compile(
  'согласованн*|одобренн* с|со администрац*|глав*|руководител*|управлени*|отдел*|комитет*|уполномоченн*|орган*',
);
const NOT_DEFINED = compile('порядок|сроки|срок ~6 не определен*|установлен*|урегулирован*');
// «в установленный срок», «в сроки, установленные законодательством» — a term that the act does not state.
const ESTABLISHED_TERM = compileAll([
  'в установленн* срок*',
  'в срок|сроки ?, установленн*|предусмотренн* ?действующ* законодательств*',
]);
const DECIDING_VERB = compile(
  'рассматрива*|рассмотр*|приним*|согласовыва*|согласу*|провод*|составля*|выда*|информир*|уведомля*|определя*|принима*',
);
const DESCRIPTIVE = compileAll(['явля*', 'большинств*|голос*|кворум*|правомочн*', '=результатом', '=основанием']);
// A provision listing the grounds of a decision («принимается в случае, если:») is not about its procedure.
const GROUNDS = compileAll(['в случа*', 'если', 'при наличии|отсутствии', 'основани* ~3 явля*', 'критери*']);
const REFERENCE = compile('в соответствии с|со пункт*|раздел*|глав*|подраздел*|регламент*');

const hit = (code: '3ж' | '3а', m: Match, score: number, reason: string, rule: string): Hit => ({
  code,
  from: m.from,
  to: m.to,
  score,
  reason,
  rule,
  suggestion:
    code === '3ж'
      ? 'установить срок совершения действия (в рабочих днях), последовательность действий, ответственное лицо и форму результата'
      : 'установить срок принятия решения и исчерпывающие условия (критерии) его принятия',
});

const criteriaIn = (provision: Sentence[]) => provision.some((s) => hasCriteria(s.tokens));

/** 3ж (and 3а for decisions on rights): actions of a body with no term or procedure. */
export const proceduresRule: SentenceRule = ({ sentence, provision }) => {
  const t = sentence.tokens;
  const hits: Hit[] = [];
  const termless = !provisionHasTerm(provision);
  const estTerm = ESTABLISHED_TERM.map((p) => findFirst(t, p)).find((m) => m !== null);
  if (estTerm && termless && findFirst(t, DECIDING_VERB)) {
    hits.push(
      hit(
        '3а',
        estTerm,
        0.55,
        'срок действия органа обозначен отсылкой к «установленному сроку», который в акте не назван',
        '3а.established-term',
      ),
    );
  }
  const approval = findFirst(t, APPROVAL) ?? findFirst(t, APPROVED_BY);
  if (approval && termless && !hasLegalRef(t) && !findFirst(t, REFERENCE)) {
    hits.push(
      hit(
        '3ж',
        approval,
        0.5,
        'действие требует «согласования» органа, порядок и срок которого не установлены',
        '3ж.approval',
      ),
    );
  }
  const undefinedOrder = findFirst(t, NOT_DEFINED);
  if (undefinedOrder)
    hits.push(
      hit('3ж', undefinedOrder, 0.7, 'порядок (срок) совершения действия актом не определен', '3ж.not-defined'),
    );
  const est = findFirst(t, ESTABLISHED_ORDER);
  if (est && findFirst(t, DECIDING_VERB) && !hasLegalRef(t)) {
    hits.push(
      hit(
        '3ж',
        est,
        termless ? 0.55 : 0.45,
        'действие органа отнесено к «установленному порядку», который в акте не определен',
        '3ж.established-order',
      ),
    );
  }
  if (
    !termless ||
    hasLegalRef(t) ||
    DESCRIPTIVE.some((p) => findFirst(t, p)) ||
    GROUNDS.some((p) => findFirst(t, p)) ||
    findFirst(t, REFERENCE)
  )
    return hits;
  for (const p of DECISION) {
    const m = findFirst(t, p);
    if (!m) continue;
    hits.push(
      hit(
        '3ж',
        m,
        0.55,
        'для действия органа в отношении заявителя не установлены срок и порядок его совершения',
        '3ж.no-term',
      ),
    );
    const grant = findFirst(t, GRANT_DECISION);
    const decision = DECISION_ANY.map((d) => findFirst(t, d)).find((x) => x !== null);
    if (decision && !criteriaIn(provision)) {
      hits.push(hit('3а', decision, 0.55, 'решение принимается без срока, условий и оснований', '3а.decision-no-term'));
    }
    if (grant && !criteriaIn(provision)) {
      hits.push(
        hit(
          '3а',
          grant,
          0.6,
          'решение о предоставлении права (блага) принимается без срока, условий и критериев',
          '3а.decision-no-term',
        ),
      );
    }
    break;
  }
  return hits;
};
