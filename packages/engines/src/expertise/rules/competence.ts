import { compile, compileAll, findAll, findFirst } from '../pattern.js';
import { hasLegalRef } from './lexicon.js';
import type { Hit, SentenceRule } from './types.js';

/*
 * 3д — принятие акта за пределами компетенции and 3е — заполнение законодательных пробелов
 * (Methodology, п. 3 «д», «е»). A municipal act cannot set administrative liability (КоАП РФ ст. 1.1,
 * 1.3.1), taxes (НК РФ ст. 12, 387: rates are set by the representative body), fees for services not
 * provided by law (210-ФЗ ст. 8), grounds of dismissal (ТК РФ ст. 5), nor give orders to federal
 * bodies; it cannot regulate «until a law is adopted».
 */

const FINE = compile('штраф*');
const FINE_CONTEXT = compileAll(['в размере', 'налага*|налож*|взыска*|взыскива*', 'рубл*']);
const KOAP = compile('кодекс* ~4 административн* правонарушени*');
const LIABILITY_BY_ACT = compile(
  'административн* ответственност* ~8 настоящ* решени*|постановлени*|положени*|правил*|порядк*',
);
const OBLIGED = 'обязан*|должн*|обеспечива*|обязуются';
const FEDERAL_BODY_OBLIGED = compileAll([
  `внутренних дел ~3 ${OBLIGED}`,
  `полици*|прокуратур*|прокурор*|суд|суды|мвд|омвд|росреестр*|мчс|следствен* ~3 ${OBLIGED}`,
  `налогов* орган* ~3 ${OBLIGED}`,
  `военн* комиссариат* ~3 ${OBLIGED}`,
]);
const TAX_BY_ADMIN = compile(
  'налог* ~4 устанавлива*|установлен*|определя* постановлени*|распоряжени* ?глав*|администрац*',
);
const FEE = compileAll(['взима*|взыма* ?плат*', 'уплачива*|вносит* ~2 плат*|сбор*', 'за плату']);
const FEE_FOR_SERVICE = compile('выдач*|справк*|выписк*|оформлени*|услуг*|копи*|предоставлени*');
const NO_FEE = compileAll(['не взима*', 'бесплатн*', 'без взимани*']);
const EXTRA_DISMISSAL = compile('дополнительн* основани* ~3 прекращени*|расторжени*|увольнени*|лишени*');
const UNTIL_LAW = compile('до принятия|вступления ~3 закон*|законодательств*|нормативн*');
const UNREGULATED = compile(
  'в части|вопросам|случаях ?, не урегулированн*|регулируем* ~3 федеральн*|законодательств*|закон*',
);
const UNREGULATED_ADJ = compile('неурегулированн* ~3 федеральн*|законодательств*|закон*');
const GAP = compile('в отсутствие|отсутствия ~2 правов*|законодательн* регулировани*');
// «Жители поселения обязаны ежегодно представлять в администрацию сведения…» — a duty of the public that no law gives the municipality power to impose.
const PUBLIC_REPORTING = compile(
  'жител*|граждан*|населени*|собственник*|владельц* ~4 обязан* ~4 представля*|представ*|сообща*|сообщ*|уведомля* ~6 администраци*|орган* ~6 сведени*|информаци*|отчет*|данн*',
);
// «Дополнительные ограничения … могут устанавливаться распоряжением главы» — restrictions of rights are a matter of law.
const EXTRA_RESTRICTIONS = compile(
  'дополнительн* ограничени*|запрет*|обязанност* ~8 устанавлива*|установлен*|вводит*|вводя*|устанавлив*',
);
const DEMAND_DOCS = compile(
  'обязан* ~3 предъявля*|представля* ~2 по требованию ~2 должностн* ~2 администрац*|органа|местного',
);

const d = (from: number, to: number, score: number, reason: string, rule: string, suggestion: string): Hit => ({
  code: '3д',
  from,
  to,
  score,
  reason,
  rule,
  suggestion,
});
const e = (from: number, to: number, score: number, reason: string, rule: string): Hit => ({
  code: '3е',
  from,
  to,
  score,
  reason,
  rule,
  suggestion:
    'исключить положение: до принятия закона, делегирующего полномочие, орган не вправе устанавливать такие правила',
});

/** 3д and 3е: matters outside the municipal body's competence; rules made in place of a missing law. */
export const competenceRule: SentenceRule = ({ sentence }) => {
  const t = sentence.tokens;
  const hits: Hit[] = [];
  const koap = findFirst(t, KOAP) !== null;
  for (const m of findAll(t, FINE)) {
    if (koap || !FINE_CONTEXT.some((p) => findFirst(t, p))) continue;
    hits.push(
      d(
        m.from,
        m.to,
        0.75,
        'муниципальный акт устанавливает административный штраф, хотя административная ответственность устанавливается КоАП РФ и законами субъектов',
        '3д.fine',
        'исключить санкцию; указать, что ответственность наступает в соответствии с КоАП РФ и законом субъекта РФ',
      ),
    );
  }
  for (const m of findAll(t, LIABILITY_BY_ACT)) {
    if (koap) continue;
    hits.push(
      d(
        m.from,
        m.to,
        0.75,
        'порядок привлечения к административной ответственности установлен муниципальным актом',
        '3д.liability',
        'заменить отсылкой к КоАП РФ и закону субъекта РФ',
      ),
    );
  }
  for (const m of FEDERAL_BODY_OBLIGED.flatMap((p) => findAll(t, p))) {
    hits.push(
      d(
        m.from,
        m.to,
        0.65,
        'муниципальный акт возлагает обязанности на федеральные органы, не подчиненные органу местного самоуправления',
        '3д.federal-body',
        'исключить обязанности федеральных органов либо сформулировать как предложение о взаимодействии',
      ),
    );
  }
  for (const m of findAll(t, TAX_BY_ADMIN)) {
    hits.push(
      d(
        m.from,
        m.to,
        0.7,
        'налоги и льготы по ним устанавливает представительный орган (НК РФ ст. 12, 387), а не администрация',
        '3д.tax',
        'установить налоговые ставки решением представительного органа',
      ),
    );
  }
  if (!NO_FEE.some((p) => findFirst(t, p)) && findFirst(t, FEE_FOR_SERVICE)) {
    for (const p of FEE) {
      const m = findFirst(t, p);
      if (!m || hasLegalRef(t)) continue;
      hits.push(
        d(
          m.from,
          m.to,
          0.55,
          'взимание платы за муниципальную услугу (документ) не предусмотрено законом (ст. 8 Федерального закона № 210-ФЗ)',
          '3д.fee',
          'исключить плату либо сослаться на закон, который ее предусматривает',
        ),
      );
      hits.push({
        code: '4а',
        from: m.from,
        to: m.to,
        score: 0.6,
        reason: 'на заявителя возложена плата, не предусмотренная законом',
        rule: '4а.fee',
        suggestion: 'предусмотреть бесплатное предоставление услуги',
      });
      break;
    }
  }
  for (const m of findAll(t, EXTRA_DISMISSAL)) {
    hits.push(
      d(
        m.from,
        m.to,
        0.65,
        'основания прекращения трудовых отношений устанавливаются трудовым законодательством, а не муниципальным актом',
        '3д.labour',
        'исключить дополнительные основания',
      ),
    );
    hits.push(
      e(
        m.from,
        m.to,
        0.55,
        'муниципальный акт дополняет закон правилом, на установление которого нет делегации',
        '3е.extra-grounds',
      ),
    );
  }
  for (const m of findAll(t, PUBLIC_REPORTING)) {
    if (hasLegalRef(t)) continue;
    hits.push(
      d(
        m.from,
        m.to,
        0.55,
        'муниципальный акт возлагает на граждан обязанность, не основанную на законе',
        '3д.public-duty',
        'исключить обязанность либо указать закон, который ее устанавливает',
      ),
    );
  }
  for (const m of findAll(t, DEMAND_DOCS)) {
    hits.push(
      d(
        m.from,
        m.to,
        0.5,
        'органы местного самоуправления не наделены правом требовать от граждан предъявления документов',
        '3д.demand-docs',
        'исключить обязанность граждан предъявлять документы по требованию должностных лиц',
      ),
    );
  }
  for (const m of findAll(t, EXTRA_RESTRICTIONS)) {
    if (hasLegalRef(t)) continue;
    hits.push(
      d(
        m.from,
        m.to,
        0.55,
        'ограничения и запреты для граждан (служащих) устанавливаются законом, а не муниципальным актом',
        '3д.restrictions',
        'исключить положение либо указать закон, который устанавливает ограничение',
      ),
    );
    hits.push(
      e(
        m.from,
        m.to,
        0.5,
        'муниципальный акт вводит ограничения прав, на установление которых нет делегации',
        '3е.restrictions',
      ),
    );
  }
  for (const p of [UNTIL_LAW, UNREGULATED, UNREGULATED_ADJ, GAP]) {
    for (const m of findAll(t, p))
      hits.push(
        e(m.from, m.to, 0.75, 'акт устанавливает общеобязательные правила на период отсутствия закона', '3е.gap'),
      );
  }
  return hits;
};
