import { compile, compileAll, findAll, findFirst } from '../pattern.js';
import { AUTHORITY_WORDS, hasLegalRef } from './lexicon.js';
import type { Hit, SentenceRule } from './types.js';

/*
 * 3в — выборочное изменение объема прав: exceptions from the general procedure for some citizens or
 * organisations at an official's discretion (Methodology, п. 3 «в»). Exceptions fixed by a law or by
 * a definite norm of the act are not this factor.
 */

const OFFICIAL = AUTHORITY_WORDS;
const EXCEPTIONAL = compile('исключительн*|особ*|отдельн* случа*');
const DISCRETION_CUE = compileAll([
  `по решению|согласованию|разрешению|ходатайству|усмотрению|распоряжению`,
  'с разрешения|согласия',
  'может|могут|вправе',
  'допуска*',
]);
const EXCEPT_DEFINED_BY_OFFICIAL = compile(
  `за исключением случаев|случаях ?, установленн*|определенн*|определяем*|устанавливаем*|предусмотренн* ${OFFICIAL}|решени*|распоряжени*|приказ*`,
);
// «в иных (других, отдельных) случаях, определяемых главой» — the cases of the exception are set by the official.
const CASES_BY_OFFICIAL = compile(
  `в иных|других|отдельн*|особ* случаях ?, определяем*|устанавливаем*|определенн*|установленн* ${OFFICIAL}|решени*|распоряжени*|приказ*`,
);
// «иным категориям граждан, не указанным в пункте 2.1» — the right is extended beyond the act's own list.
const BEYOND_LIST = compile(
  'ин*|друг*|прочи* категори*|лиц*|граждан*|заявител*|получател*|организаци* ~3 не указанн*|предусмотренн*|перечисленн*|поименованн*',
);
const NOT_APPLY = compile(
  `не распространя*|применя* ~5 определенн*|определяем*|установленн*|устанавливаем* ${OFFICIAL}`,
);
const BY_OFFICIAL = compile(`по решению|согласованию|разрешению|ходатайству|усмотрению|распоряжению ?с|со ${OFFICIAL}`);
const WITH_CONSENT = compile(`с разрешения|согласия ${OFFICIAL}`);
// «может быть снижен для отдельных арендаторов распоряжением главы»
const BY_ACT_OF_OFFICIAL = compile(`решением|распоряжением|приказом|постановлением ${OFFICIAL}`);
const SELECTED_FEW = compile(
  'отдельн*|некоторы*|конкретн* арендатор*|заявител*|получател*|граждан*|лиц*|организаци*|категори*|субъект*|служащ*',
);
const DEVIATION = compileAll([
  'освобо*|отступлени*|отступа*|сократ*|сокращ*|сниж*|снижен*|повыш*|изменен*|измен*|увелич*|уменьш*|внеочередн*|первоочередн*|отсроч*|рассроч*|иные|иной|иных|льгот*|преимуществ*|исключени*|допуска*|предоставлен*|предоставля*',
  'вне очеред*',
  'не распространя*|применя*',
]);
const SELECTED = compile('категори*|заявител*|получател*|граждан*|лиц*|организаци*|арендатор*');
const INDIVIDUAL = compile('в индивидуальном порядке');
const MAY_EXEMPT = compile('вправе|может|могут ~2 освобод*|освобожда*');
const CAP = compile('не более ?чем ~2 #|один*|одного|тридцат*');
// «Конкурс может не проводиться…», «требования могут не применяться…» — the general rule is optional.
const MAY_NOT_APPLY = compile(
  'может|могут ?быть не провод*|применя*|распространя*|требова*|взима*|проводит*|применят*',
);
// «в первоочередном (приоритетном) порядке организациям, …» — a preference not tied to a definite norm.
const PRIORITY = compile('первоочередн*|приоритетн*|преимуществен*|внеочередн*');
const SPECIFIC = compile('пункт*|подпункт*|стать*|част*|приложени*|раздел* #');
const OTHER_SIZES = compile('могут|может ?быть устанавлива*|установлен* иные|иной|иных размер*|срок*|услови*|порядок');

const hit = (from: number, to: number, score: number, reason: string, rule: string): Hit => ({
  code: '3в',
  from,
  to,
  score,
  reason,
  rule,
  suggestion:
    'исключить возможность отступления от общего порядка по усмотрению должностного лица либо закрепить исчерпывающий перечень случаев (категорий) и условий',
});

/** 3в: exceptions from the general rule granted at an official's discretion. */
export const exceptionsRule: SentenceRule = ({ sentence }) => {
  const t = sentence.tokens;
  const hits: Hit[] = [];
  // An exception fixed by law or bounded by a precise limit («не более чем на 30 дней») is not discretion.
  const lawBased = hasLegalRef(t) || findFirst(t, CAP) !== null;
  for (const m of findAll(t, EXCEPTIONAL)) {
    if (!DISCRETION_CUE.some((p) => findFirst(t, p))) continue;
    hits.push(
      hit(
        m.from,
        m.to,
        lawBased ? 0.35 : 0.65,
        'исключение из общего порядка допускается в неопределенных («исключительных», «отдельных») случаях по решению правоприменителя',
        '3в.exceptional',
      ),
    );
  }
  for (const p of [CASES_BY_OFFICIAL, BEYOND_LIST]) {
    const m = findFirst(t, p);
    if (m && !hasLegalRef(t))
      hits.push(
        hit(
          m.from,
          m.to,
          0.6,
          'право предоставляется сверх установленного перечня (в случаях, определяемых должностным лицом)',
          '3в.beyond-list',
        ),
      );
  }
  for (const p of [EXCEPT_DEFINED_BY_OFFICIAL, NOT_APPLY]) {
    for (const m of findAll(t, p))
      hits.push(
        hit(
          m.from,
          m.to,
          0.75,
          'случаи исключения из общего правила определяет само должностное лицо',
          '3в.defined-by-official',
        ),
      );
  }
  for (const p of [BY_OFFICIAL, WITH_CONSENT]) {
    for (const m of findAll(t, p)) {
      if (!DEVIATION.some((p) => findFirst(t, p))) continue;
      hits.push(
        hit(
          m.from,
          m.to,
          lawBased ? 0.35 : 0.6,
          'отступление от общего порядка (льгота, очередность, иной срок) зависит от решения должностного лица',
          '3в.by-official',
        ),
      );
    }
  }
  const byAct = findFirst(t, BY_ACT_OF_OFFICIAL);
  if (byAct && findFirst(t, SELECTED_FEW) && DEVIATION.some((p) => findFirst(t, p)) && !lawBased) {
    hits.push(
      hit(byAct.from, byAct.to, 0.6, 'для отдельных лиц общий порядок изменяется актом должностного лица', '3в.by-act'),
    );
  }
  const ind = findFirst(t, INDIVIDUAL);
  if (ind)
    hits.push(
      hit(
        ind.from,
        ind.to,
        0.6,
        'условия устанавливаются «в индивидуальном порядке», то есть для отдельных лиц по усмотрению',
        '3в.individual',
      ),
    );
  const exempt = findFirst(t, MAY_EXEMPT);
  if (exempt && findFirst(t, SELECTED))
    hits.push(
      hit(
        exempt.from,
        exempt.to,
        0.7,
        'должностное лицо по своему выбору освобождает отдельных лиц от общей обязанности',
        '3в.exempt',
      ),
    );
  const mayNot = findFirst(t, MAY_NOT_APPLY);
  if (mayNot && !lawBased)
    hits.push(
      hit(
        mayNot.from,
        mayNot.to,
        0.6,
        'общее правило (процедура) может не применяться — когда, решает правоприменитель',
        '3в.may-not-apply',
      ),
    );
  const priority = findFirst(t, PRIORITY);
  if (priority && !lawBased && !findFirst(t, SPECIFIC))
    hits.push(
      hit(
        priority.from,
        priority.to,
        0.55,
        'преимущество (очередность) предоставляется категории, не определенной актом исчерпывающим образом',
        '3в.priority',
      ),
    );
  const other = findFirst(t, OTHER_SIZES);
  if (other)
    hits.push(
      hit(
        other.from,
        other.to,
        0.6,
        'наряду с общим правилом допускается установление «иных» размеров (сроков, условий) без критериев',
        '3в.other-sizes',
      ),
    );
  return hits;
};
