import { compile, findAll, findFirst } from '../pattern.js';
import type { Token } from '../tokenize.js';
import { hasLegalRef } from './lexicon.js';
import type { Hit, SentenceRule } from './types.js';

/*
 * 3г — чрезмерная свобода подзаконного нормотворчества: blanket and referral norms, especially
 * referrals to acts that do not exist yet (Methodology, п. 3 «г»). A reference to an existing act
 * with its date and number is not this factor.
 */

const ACT = 'акт*|постановлени*|распоряжени*|приказ*|решени*|положени*|порядк*|инструкци*|регламент*';
const WILL_BE = compile('будет|будут ~2 установлен*|определен*|утвержден*|принят*|разработан*|урегулирован*');
const SUBJECT_TO = compile(`подлеж* утверждени*|установлени*|определени*|урегулировани* ~4 ${ACT}`);
const SEPARATE_ACT = compile(`отдельн*|дополнительн* ?муниципальн* ?правов* ${ACT}`);
const NORMATIVE_OBJECT =
  'порядок|порядк*|перечень|перечн*|критери*|основани*|требовани*|услови*|форм*|методик*|правил*|размер*|сроки';
const DELEGATED = compile(
  `${NORMATIVE_OBJECT} ~8 устанавлива*|определя*|утвержда*|регулиру*|устанавлив* ?муниципальн* ?нормативн* ?правов* ?должностн* ${ACT} ~1 администрац*|глав*|руководител*|начальник*|управлени*|орган*|комитет*|учреждени*|отдел*|комисси*|уполномоченн*|специалист*|должностн*|председател*`,
);
const BY_COMMISSION = compile(`${NORMATIVE_OBJECT} ~6 могут ?быть устанавлива*|установлен* решени* комисси*`);
const OTHER_QUESTIONS = compile(`иной|прочий вопрос* ~10 регулиру*|определя*|устанавлива* ?муниципальн* правов* акт*`);
const IN_ORDER_BY = compile(
  'в порядке ?, установленн*|определенн*|утвержденн*|устанавливаем*|определяем* ?муниципальн* ?нормативн* ?правов* ?акт*|постановлени*|распоряжени*|приказ* администрац*|глав*|руководител*|комисси*|орган*',
);
// «Порядок … устанавливается муниципальным правовым актом» — an act with no issuer, date or number.
const BARE_ACT = compile(
  `${NORMATIVE_OBJECT} ~8 устанавлива*|определя*|утвержда*|регулиру* муниципальн*|нормативн*|правов* ?нормативн* ?правов* акт*`,
);
// «Перечень … утверждается в установленном порядке» — who adopts it and how is not said.
const IN_ESTABLISHED_ORDER = compile(
  `${NORMATIVE_OBJECT} ~14 утвержда*|устанавлива*|определя*|утвержден*|установлен* в установленном порядке`,
);
// «законодательными или иными нормативными правовыми актами» (210-ФЗ) covers federal acts and is not a referral.
const OTHER_ACTS = compile('иной муниципальн* ?нормативн* ?правов* акт*');
const CASES_BY_ADMIN = compile('иной случа* ?, установленн*|определенн* администрац*|глав*|руководител*');
const NUMBERED = compile('=№|=n #');

// «постановлением администрации от 14.03.2022 № 215» — an existing, identified act.
function identified(t: Token[], from: number): boolean {
  return (
    findFirst(t, NUMBERED, from, Math.min(t.length, from + 16)) !== null ||
    t.slice(from, from + 16).some((x) => /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(x.norm))
  );
}

const hit = (from: number, to: number, score: number, reason: string, rule: string): Hit => ({
  code: '3г',
  from,
  to,
  score,
  reason,
  rule,
  suggestion: 'урегулировать вопрос непосредственно в акте либо сослаться на действующий акт с указанием реквизитов',
});

/** 3г: referral of rules to acts not yet adopted, blanket delegation to the administration. */
export const referralRule: SentenceRule = ({ sentence }) => {
  const t = sentence.tokens;
  const hits: Hit[] = [];
  for (const m of findAll(t, WILL_BE))
    hits.push(hit(m.from, m.to, 0.8, 'правила отсылают к акту, который еще не принят', '3г.future-act'));
  for (const m of findAll(t, SUBJECT_TO))
    hits.push(
      hit(
        m.from,
        m.to,
        0.7,
        'существенные правила оставлены для последующего подзаконного регулирования',
        '3г.subject-to',
      ),
    );
  for (const m of findAll(t, SEPARATE_ACT))
    if (!identified(t, m.from))
      hits.push(
        hit(m.from, m.to, 0.75, 'вопрос передан в «отдельный» акт, который не назван и не принят', '3г.separate-act'),
      );
  for (const m of findAll(t, DELEGATED)) {
    if (identified(t, m.from)) continue;
    hits.push(
      hit(
        m.from,
        m.to,
        0.6,
        'порядок (перечень, критерии), определяющий права граждан, передан для установления подзаконным актом органа, применяющего норму',
        '3г.delegated',
      ),
    );
  }
  for (const m of findAll(t, BY_COMMISSION))
    hits.push(
      hit(
        m.from,
        m.to,
        0.65,
        'требования могут устанавливаться решением коллегиального органа помимо акта',
        '3г.by-commission',
      ),
    );
  for (const m of findAll(t, OTHER_QUESTIONS))
    hits.push(
      hit(
        m.from,
        m.to,
        0.65,
        'неурегулированные вопросы переданы на усмотрение последующих актов администрации',
        '3г.other-questions',
      ),
    );
  for (const m of findAll(t, IN_ORDER_BY))
    if (!identified(t, m.from))
      hits.push(
        hit(m.from, m.to, 0.55, 'отсылка к порядку, установленному органом, без указания акта', '3г.in-order-by'),
      );
  for (const m of [...findAll(t, BARE_ACT), ...findAll(t, IN_ESTABLISHED_ORDER)])
    if (!identified(t, m.from) && !hasLegalRef(t))
      hits.push(
        hit(
          m.from,
          m.to,
          0.6,
          'правила отнесены к акту, который не назван (не указаны орган, дата и номер)',
          '3г.unnamed-act',
        ),
      );
  for (const m of findAll(t, OTHER_ACTS))
    if (!identified(t, m.from))
      hits.push(hit(m.from, m.to, 0.55, 'отсылка к неопределенным «иным» муниципальным актам', '3г.other-acts'));
  for (const m of findAll(t, CASES_BY_ADMIN))
    hits.push(
      hit(m.from, m.to, 0.6, 'случаи определяются актами администрации помимо настоящего акта', '3г.cases-by-admin'),
    );
  return hits;
};
