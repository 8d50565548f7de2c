import { compile, compileAll, findAll, findFirst, tokenIs } from '../pattern.js';
import type { Token } from '../tokenize.js';
import { closedAfter, privateRightIn, prohibitedBefore } from './lexicon.js';
import type { Hit, RuleContext, SentenceRule } from './types.js';

/*
 * 4а — завышенные требования к лицу: open or excessive lists of documents and requirements,
 * documents that the authorities already hold (210-ФЗ ст. 7 ч. 1 п. 2), notarised copies where the
 * law does not require them (Methodology, п. 4 «а»).
 */

const OPEN_DOCS = compile(
  'иной|другой|прочий|дополнительн*|любы*|соответствующ* документ*|сведени*|справк*|материал*|информаци*|бумаг*',
);
const DOC_CONTEXT = compile(
  'прилага*|представля*|представ*|подава*|подает*|заявител*|запрос*|запраш*|требова*|предъявля*|предоставля*|обязан*|обраща*',
);
const INTERAGENCY = compileAll(['межведомствен*', 'в распоряжении', 'самостоятельно', 'по собственной инициативе']);
const NEEDED_BY_BODY = compile(
  'документ* ?, необходим* учреждени*|орган*|администраци*|специалист*|комисси*|организаци*',
);
const DEMANDER = 'специалист*|должностн*|администрац*|орган*|комисси*|уполномоченн*|учреждени*|организатор*';
const ON_DEMAND = compileAll([`по требованию|запросу|усмотрению ${DEMANDER}`, `согласно|по требовани* ${DEMANDER}`]);
// «документы, перечень которых определяется администрацией», «все необходимые документы».
const LIST_BY_BODY = compile(
  'документ* ~3 перечень|перечн*|состав ~3 определя*|устанавлива*|утвержда* ~2 администрац*|глав*|орган*|комисси*|специалист*|руководител*|организатор*',
);
const ALL_NEEDED = compile('все|всех|любые|любых необходим* ~3 документ*|сведени*|справк*|материал*');
const ETC = compileAll(['и так далее', 'и тому подобн*', 'и т . д', 'и т . п', 'и др .', 'и прочее|прочие']);
const STATE_HELD = compileAll([
  'выписк* ~2 из ~2 единого|егрн|егрюл|егрип|реестр*',
  'кадастров* паспорт*|выписк*',
  'справк* ~4 налогов*|задолженност*|инспекци*',
  'свидетельств* о государственной регистрации',
  'технич* паспорт*',
]);
const VOLUNTARY = compileAll([
  'вправе',
  'по собственной инициативе',
  'запрашива*|запросит*|запрашивает*',
  'межведомствен*',
]);
const NOTARIAL = compileAll([
  'нотариальн* ~2 заверенн*|удостоверенн*|засвидетельствованн*|копи*',
  'заверенн*|засвидетельствованн* нотариальн*',
]);
const ALTERNATIVE = compile('либо|или');
const POWER_OF_ATTORNEY = compile('доверенност*');
const BURDENSOME = compileAll([
  'характеристик*',
  'рекомендательн* письм*',
  'гарантийн* письм*',
  'справк* из банк*',
  'согласованн* с главой|администрацией|руководител*',
]);
const IN_PERSON_ONLY = compileAll([
  'лично ~8 не допуска*',
  'только лично',
  'не допуска* ~6 почт*|электронн*',
  'почт*|электронн* ~3 не допуска*',
  'через ~2 представител* ~3 не допуска*',
]);
const NOMINATION = compile('награжд*|наград*|поощрени*|звани*|ходатайств*|кандидат*|присвоени*|конкурс*');
// «документы, в том числе: …» — an open list.
const INCLUDING = compile('документ*|сведени* ~4 в том числе');

const hit = (from: number, to: number, score: number, reason: string, rule: string, suggestion: string): Hit => ({
  code: '4а',
  from,
  to,
  score,
  reason,
  rule,
  suggestion,
});

const EXHAUSTIVE = 'установить исчерпывающий перечень документов с указанием их реквизитов';

// The requirement must be stated in the same clause («…; иные документы по требованию специалиста»
// after «К заявлению прилагаются:») — not in a neighbouring clause about copies or interagency requests.
function clauseHasDocContext(ctx: RuleContext, at: number): boolean {
  const t = ctx.sentence.tokens;
  let from = at;
  while (from > 0 && t[from - 1].norm !== ';') from--;
  let to = at;
  while (to < t.length && t[to].norm !== ';') to++;
  if (findFirst(t, DOC_CONTEXT, from, to)) return true;
  const colon = t.findIndex((x) => x.norm === ':');
  if (colon >= 0 && colon < at && findFirst(t, DOC_CONTEXT, 0, colon)) return true;
  return ctx.lead !== null && findFirst(ctx.lead.tokens, DOC_CONTEXT) !== null;
}

// What the applicant submits (as opposed to what is issued to the applicant: «выписка выдается заявителю»).
const SUBMIT = compile(
  'прилага*|прилож*|представля*|представ*|подава*|подает*|предъявля*|требу*|требова*|запраш*|истребу*',
);
// «получения дополнительной информации» — information the applicant receives, not gives.
const RECEIVE = compile('получени*|получить|получа*|получит*|выда*|выдач*');

/** 4а: open, excessive or burdensome requirements to the applicant. */
export const requirementsRule: SentenceRule = (ctx) => {
  const t = ctx.sentence.tokens;
  const hits: Hit[] = [];
  // A prohibition («не вправе требовать иные документы»), the applicant's own option («вправе представить
  // по собственной инициативе») or something the applicant receives is not a requirement.
  const ownRight = privateRightIn(t);
  const docContext = (at: number) =>
    !ownRight &&
    !prohibitedBefore(t, at) &&
    !(at > 0 && t[at - 1] && RECEIVE_BEFORE(t, at)) &&
    clauseHasDocContext(ctx, at);
  const interagency = INTERAGENCY.some((p) => findFirst(t, p));
  for (const m of findAll(t, OPEN_DOCS)) {
    if (!docContext(m.from) || interagency) continue;
    if (closedAfter(t, m.to)) continue;
    if (t[m.from].norm.startsWith('соответствующ') && /(ам|ям)$/.test(t[m.from + 1]?.norm ?? '')) continue;
    // «копия паспорта либо иного документа, удостоверяющего личность» is a legally closed category.
    hits.push(
      hit(
        m.from,
        m.to,
        0.7,
        'перечень документов (сведений), которые должен представить заявитель, оставлен открытым',
        '4а.open-list',
        EXHAUSTIVE,
      ),
    );
  }
  for (const m of findAll(t, NEEDED_BY_BODY)) {
    if (closedAfter(t, m.to) || prohibitedBefore(t, m.from)) continue;
    hits.push(
      hit(
        m.from,
        m.to,
        0.65,
        'от заявителя требуются документы, «необходимые» органу, без их перечня',
        '4а.needed-by-body',
        EXHAUSTIVE,
      ),
    );
  }
  for (const m of findAll(t, INCLUDING)) {
    if (!docContext(m.from) || interagency) continue;
    hits.push(
      hit(
        m.from,
        m.to,
        0.6,
        'перечень документов вводится словами «в том числе», то есть не является исчерпывающим',
        '4а.including',
        EXHAUSTIVE,
      ),
    );
  }
  for (const m of findAll(t, LIST_BY_BODY)) {
    hits.push(
      hit(
        m.from,
        m.to,
        0.65,
        'перечень документов, требуемых от заявителя, определяется самим органом, а не актом',
        '4а.list-by-body',
        EXHAUSTIVE,
      ),
    );
  }
  for (const m of findAll(t, ALL_NEEDED)) {
    if (closedAfter(t, m.to) || prohibitedBefore(t, m.from)) continue;
    hits.push(
      hit(
        m.from,
        m.to,
        0.65,
        'от заявителя требуются «все необходимые» документы без их перечня',
        '4а.all-needed',
        EXHAUSTIVE,
      ),
    );
  }
  for (const m of ON_DEMAND.flatMap((p) => findAll(t, p))) {
    if (!docContext(m.from)) continue;
    hits.push(
      hit(
        m.from,
        m.to,
        0.7,
        'состав представляемых документов определяется требованием должностного лица',
        '4а.on-demand',
        EXHAUSTIVE,
      ),
    );
  }
  for (const p of ETC) {
    const m = findFirst(t, p);
    if (m && docContext(m.from)) {
      hits.push(hit(m.from, m.to, 0.65, 'перечень требований незакрыт («и т.д.», «и т.п.»)', '4а.etc', EXHAUSTIVE));
    }
  }
  if (!VOLUNTARY.some((p) => findFirst(t, p))) {
    for (const p of STATE_HELD) {
      const m = findFirst(t, p);
      if (m && docContext(m.from) && findFirst(t, SUBMIT)) {
        hits.push(
          hit(
            m.from,
            m.to,
            0.65,
            'от заявителя требуется документ, находящийся в распоряжении государственных органов (п. 2 ч. 1 ст. 7 Федерального закона № 210-ФЗ)',
            '4а.state-held',
            'исключить требование; получать документ в порядке межведомственного взаимодействия, оставив заявителю право представить его по собственной инициативе',
          ),
        );
        break;
      }
    }
  }
  for (const p of NOTARIAL) {
    const m = findFirst(t, p);
    if (!m || findFirst(t, POWER_OF_ATTORNEY)) continue;
    if (alternativeNear(t, m.from, m.to)) continue; // «в копиях, заверенных нотариально или организацией» — a choice
    hits.push(
      hit(
        m.from,
        m.to,
        0.6,
        'требование нотариального заверения копий обременяет заявителя сверх закона',
        '4а.notarial',
        'допустить представление копий с предъявлением подлинников',
      ),
    );
    break;
  }
  // A reference (характеристика) is the usual part of a nomination for an award, a title or a post,
  // not an excessive demand on an applicant for a service.
  const nomination = findFirst(t, NOMINATION) || (ctx.lead !== null && findFirst(ctx.lead.tokens, NOMINATION));
  for (const p of BURDENSOME) {
    const m = findFirst(t, p);
    if (m && t[m.from].norm.startsWith('характеристик') && nomination) continue;
    if (m && docContext(m.from))
      hits.push(
        hit(
          m.from,
          m.to,
          0.55,
          'требуется документ, не предусмотренный законом и трудновыполнимый для заявителя',
          '4а.burdensome',
          EXHAUSTIVE,
        ),
      );
  }
  for (const p of IN_PERSON_ONLY) {
    const m = findFirst(t, p);
    if (m)
      hits.push(
        hit(
          m.from,
          m.to,
          0.6,
          'заявитель лишен предусмотренных законом способов подачи документов (почтой, в электронной форме)',
          '4а.in-person',
          'допустить подачу документов лично, почтой, через МФЦ и в электронной форме',
        ),
      );
  }
  return hits;
};

function RECEIVE_BEFORE(t: Token[], at: number): boolean {
  for (let i = Math.max(0, at - 2); i < at; i++) if (tokenIs(t[i], RECEIVE)) return true;
  return false;
}

function alternativeNear(t: Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from - 4); i < Math.min(t.length, to + 3); i++) if (tokenIs(t[i], ALTERNATIVE)) return true;
  return false;
}
