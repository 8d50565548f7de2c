import { compile, compileAll, findAll, findFirst } from '../pattern.js';
import {
  ADJ,
  AUTHORITY_WORDS,
  closedSpecifically,
  hasCriteria,
  hasLegalRef,
  privateRightIn,
  provisionHasTerm,
  subjectBefore,
} from './lexicon.js';
import type { Hit, SentenceRule } from './types.js';

/*
 * 3а — широта дискреционных полномочий: no term, condition or ground of a decision, or a term/size
 * left to the official (Methodology, п. 3 «а»).
 */

const OFFICIAL =
  'глав*|руководител*|комисси*|администрац*|начальник*|председател*|должностн*|орган|уполномоченн*|работодател*|директор*|мэр*|специалист*';

const DISCRETION = compile('по|на ?свое|своему усмотрени*|выбор*');
const APPLICANT_CHOICE = compile('заявител*|гражданин*|граждан*|получател*|участник*|лиц');
const TERM_BY_OFFICIAL = compile(
  `в срок|сроки ?, установленн*|определ*|устанавлива*|утвержда*|согласованн* ?с|со ${OFFICIAL}`,
);
const SIZE_BY_OFFICIAL = compile(
  `размер*|сумм*|объем*|срок*|услови*|периодичност*|дат*|время|времени|очередност*|границ* ~5 определя*|устанавлива*|определен*|определяем*|устанавливаем*|назнача*|назначен* ${AUTHORITY_WORDS}`,
);
// «в каждом конкретном случае», «индивидуально» with a decision: the content is settled case by case.
const CASE_BY_CASE = compileAll(['в каждом ?конкретном|отдельном случа*', 'индивидуально']);
const DECIDES = compile(
  'устанавлива*|определя*|реша*|принима*|назнача*|устанавлив*|утвержда*|рассматрива*|предоставля*|выплачива*',
);
// «в любое время», «в любой момент» — an action of the body with no term or occasion.
const ANY_TIME = compile('в любое|любой время|момент');
// «может принять и иное решение» — the set of possible decisions is open.
const OTHER_DECISION = compile('иной|другой|любой решени*|мер*');
const MAY_OR_TAKES = compile('может|могут|вправе|принима*|приня*|примен*');
const RULES_BY_BODY = compile(
  `порядок|порядк*|перечень|перечн*|критери* ~6 определя*|устанавлива* комисси*|должностн*|специалист*|руководител*|начальник* ?самостоятельно`,
);
const SELF = compile('определя*|устанавлива*|осуществля*|принима*|определ* ~4 самостоятельно');
const SELF_BEFORE = compile('самостоятельно ~2 определя*|устанавлива*|принима*|выбира*');
// «по решению специализированной службы» — an adjective may stand before the body.
const BY_DECISION = compile(`по решению|усмотрению|распоряжению ${ADJ} ${ADJ} ${OFFICIAL}|служб*|организатор*`);
const GRANT = compileAll([
  'может|могут|вправе',
  'допуска*',
  'выплачива*|выплачен*',
  'предоставля*|предоставлен*',
  'выделя*|выделен*|распределя*|закрепля*|выда*|переда*',
  'устанавлива*|назнача*',
]);
const CIRCUMSTANCES = compileAll([
  `с учетом конкретн*|сложивш*|фактическ*|индивидуальн*|иных|всех ${ADJ} обстоятельств*|ситуаци*|условий|особенност*`,
  'с учетом мнени*',
  // Evaluative «с учетом …» with no criteria: significance, possibilities, needs, merits of the matter.
  `с учетом ?всех ${ADJ} ${ADJ} значимост*|возможност*|важност*|актуальност*|потребност*|заслуг*|обстановк*|интерес*|приоритет*|эффективност*|ценност*`,
  // «с учетом всех (иных) материалов, сведений» — an open body of evidence the body itself weighs.
  'с учетом всех|иных|прочих|любых ~3 материал*|сведени*|документ*|информаци*|факт*|данн*',
  // «учитывает … и иные заслуживающие внимания обстоятельства»
  `учитыва* ~8 ин*|друг*|прочи* ${ADJ} ?внимани*|значени* обстоятельств*|факт*|сведени*`,
]);
const EXPEDIENCY = compile('целесообразн*|нецелесообразн*');
const OPINION = compile(`по мнению ${OFFICIAL}`);
const EXTENSION = compile('срок* ~4 может|могут ?быть продл*|продлева*|продлен*');
const EXTENSION_CAP = compileAll([
  'не более|свыше|превыша* ?чем ~2 #|один*|одного|два|двух|три|трех|пять|тридцать|тридцати',
  'на #|один*|одного|два|двух|три|трех|пять|десять|тридцать ~1 рабоч*|календарн*|дн*|ден*|месяц*',
]);
const CHOSEN_BY_OFFICIAL = compile(`определенн*|определяем*|отобранн* ${OFFICIAL}`);

const hit = (from: number, to: number, score: number, reason: string, rule: string, suggestion?: string): Hit => ({
  code: '3а',
  from,
  to,
  score,
  reason,
  rule,
  suggestion,
});

/** 3а: discretion words, terms and sizes left to an official, decisions without term or criteria. */
export const discretionRule: SentenceRule = ({ sentence, provision }) => {
  const t = sentence.tokens;
  const hits: Hit[] = [];
  for (const m of findAll(t, DISCRETION)) {
    const next = t[m.to];
    if (next && findFirst([next], APPLICANT_CHOICE)) continue; // «по усмотрению заявителя» is the applicant's choice
    if (subjectBefore(t, m.from) === 'private' && privateRightIn(t)) continue; // «Заявитель вправе по своему усмотрению выбрать…»
    hits.push(
      hit(
        m.from,
        m.to,
        0.75,
        'решение отнесено на усмотрение правоприменителя без критериев',
        '3а.discretion',
        'исключить «по усмотрению», установив исчерпывающие основания и критерии решения',
      ),
    );
  }
  for (const m of findAll(t, TERM_BY_OFFICIAL)) {
    hits.push(
      hit(
        m.from,
        m.to,
        0.7,
        'срок совершения действия не установлен актом, а отдан на усмотрение должностного лица',
        '3а.term-by-official',
        'установить срок непосредственно в акте (в рабочих или календарных днях)',
      ),
    );
  }
  for (const m of findAll(t, SIZE_BY_OFFICIAL)) {
    if (hasCriteriaAfter(t, m.to)) continue;
    hits.push(
      hit(
        m.from,
        m.to,
        0.65,
        'размер (срок, условия) определяется должностным лицом без установленных критериев',
        '3а.size-by-official',
        'установить размер (методику расчета, критерии) в самом акте',
      ),
    );
  }
  for (const m of findAll(t, RULES_BY_BODY)) {
    hits.push(
      hit(
        m.from,
        m.to,
        0.6,
        'порядок (перечень, критерии) определяется органом, применяющим норму, по собственному усмотрению',
        '3а.rules-by-body',
      ),
    );
  }
  for (const p of [SELF, SELF_BEFORE]) {
    for (const m of findAll(t, p)) {
      if (hasLegalRef(t)) continue;
      hits.push(
        hit(
          m.from,
          m.to,
          0.6,
          'правоприменитель самостоятельно определяет содержание решения без критериев',
          '3а.self',
        ),
      );
    }
  }
  const byDecision = findFirst(t, BY_DECISION);
  // A precondition («при наличии свободного участка») does not bound the decision when no term is set
  // for it anywhere in the пункт: the body still decides whether and when.
  const byDecisionScore = !hasCriteria(t) ? 0.6 : !provisionHasTerm(provision) && !hasLegalRef(t) ? 0.5 : 0;
  if (byDecision && GRANT.some((g) => findFirst(t, g)) && byDecisionScore > 0) {
    hits.push(
      hit(
        byDecision.from,
        byDecision.to,
        byDecisionScore,
        'решение принимается должностным лицом без условий и оснований',
        '3а.by-decision',
        'установить условия и основания, при которых принимается решение, и срок его принятия',
      ),
    );
  }
  for (const p of [...CIRCUMSTANCES, EXPEDIENCY]) {
    for (const m of findAll(t, p)) {
      hits.push(
        hit(
          m.from,
          m.to,
          0.6,
          'решение ставится в зависимость от оценочных обстоятельств, определяемых самим правоприменителем',
          '3а.circumstances',
          'заменить оценку обстоятельств исчерпывающим перечнем условий',
        ),
      );
    }
  }
  for (const m of findAll(t, OPINION)) {
    hits.push(hit(m.from, m.to, 0.65, 'последствия наступают по субъективному мнению должностного лица', '3а.opinion'));
  }
  const ext = findFirst(t, EXTENSION);
  if (ext && !EXTENSION_CAP.some((p) => findFirst(t, p)) && !hasLegalRef(t)) {
    hits.push(
      hit(
        ext.from,
        ext.to,
        0.6,
        'продление срока не ограничено ни предельным сроком, ни основаниями',
        '3а.extension',
        'указать основания продления и предельный срок («не более чем на 10 рабочих дней»)',
      ),
    );
  }
  const caseByCase = CASE_BY_CASE.map((p) => findFirst(t, p)).find((m) => m !== null);
  if (caseByCase && findFirst(t, DECIDES) && !hasLegalRef(t))
    hits.push(
      hit(
        caseByCase.from,
        caseByCase.to,
        0.6,
        'содержание решения определяется «в каждом случае» (индивидуально) без критериев, установленных актом',
        '3а.case-by-case',
        'установить в акте методику (критерии), по которой определяется содержание решения',
      ),
    );
  const anyTime = findFirst(t, ANY_TIME);
  if (anyTime && !privateRightIn(t) && !hasCriteria(t))
    hits.push(
      hit(
        anyTime.from,
        anyTime.to,
        0.6,
        'действие органа может быть совершено «в любое время», без оснований и сроков',
        '3а.any-time',
        'указать основания и сроки совершения действия',
      ),
    );
  const other = findFirst(t, OTHER_DECISION);
  if (other && findFirst(t, MAY_OR_TAKES, 0, other.from) && !privateRightIn(t)) {
    const explicitlyOpen = t.slice(other.to, other.to + 4).some((x) => x.norm === 'не');
    if (explicitlyOpen || !closedSpecifically(t, other.to))
      hits.push(
        hit(
          other.from,
          other.to,
          explicitlyOpen ? 0.7 : 0.6,
          'перечень решений (мер), которые может принять орган, открыт',
          '3а.other-decision',
          'установить исчерпывающий перечень решений и оснований для каждого из них',
        ),
      );
  }
  const chosen = findFirst(t, CHOSEN_BY_OFFICIAL);
  if (chosen && !hasCriteria(t)) {
    hits.push(
      hit(
        chosen.from,
        chosen.to,
        0.55,
        'получатель права (блага) определяется должностным лицом без критериев',
        '3а.chosen',
      ),
    );
  }
  // Terms and sizes are sometimes stated in the next sentence of the same пункт.
  if (hits.length > 0 && provision.length > 1 && provisionHasTerm(provision)) {
    for (const h of hits) if (h.rule === '3а.extension') h.score -= 0.2;
  }
  return hits;
};

// «в размере, определяемом главой, исходя из…» — the official applies stated criteria.
function hasCriteriaAfter(t: import('../tokenize.js').Token[], at: number): boolean {
  const rest = t.slice(at, at + 8);
  return rest.some(
    (x) =>
      x.norm === 'исходя' ||
      x.norm === 'согласно' ||
      x.norm === 'формуле' ||
      x.norm === 'методике' ||
      x.norm === 'критериям',
  );
}
