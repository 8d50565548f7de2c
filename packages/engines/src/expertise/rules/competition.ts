import { compile, compileAll, findAll, findFirst } from '../pattern.js';
import { ADJ, hasCriteria, hasLegalRef } from './lexicon.js';
import type { Hit, SentenceRule } from './types.js';

/*
 * 3з — отказ от конкурсных (аукционных) процедур: a right or benefit (property, land, a trading
 * place, a subsidy) granted administratively instead of through a tender (Methodology, п. 3 «з»;
 * 135-ФЗ ст. 17.1, ЗК РФ ст. 39.3, 39.6). Cases where a law allows granting without a tender are not
 * this factor.
 */

// An adjective may stand before the tender («без проведения открытого конкурса», «без публичных торгов»).
const WITHOUT_TENDER = compile(`без ?проведени* ${ADJ} ${ADJ} торг*|конкурс*|аукцион*|отбор*|процедур*`);
// «как на торгах, так и без их проведения», «минуя торги», «вне конкурса».
const WITHOUT_IT = compile('без ~1 их|его|ее проведени*');
const BYPASS = compile('минуя|помимо|вне торг*|конкурс*|аукцион*|отбор*');
// «организации, первой подавшей заявление» — first come, first served.
const FIRST_COME = compile('перв* ~2 подавш*|обративш*|представивш*|направивш*|поступивш*|зарегистрированн*');
// «за земельные участки, предоставленные без торгов» — describes objects already granted, grants nothing.
const GRANTED_PARTICIPLE = compile('предоставленн*|переданн*|заключенн*|проданн*');
const REFUSAL = compile('отказ*');
const QUEUE = compile('в порядке очередности ~2 поступлени*|подачи|регистраци*');
const GRANT_OBJECT = compile(
  'аренд*|пользовани*|собственност*|размещени*|установк*|имуществ*|участ*|объект*|право|права|договор*|мест*|субсиди*',
);
const GRANT_VERB = compile('предоставля*|предоставлен*|переда*|передач*|заключа*|выда*|распределя*|определя*');
const ADMINISTRATIVE_BASIS = compileAll([
  'по решению|согласованию|заявлению|распоряжению|указанию|ходатайству',
  'на основании решени*|постановлени*|распоряжени*|заявлени*',
  'по результатам переговоров',
  'путем ?прямых переговоров',
  'самостоятельно',
  'решени* о|об передач*',
  // «распределяются между заявителями администрацией района» — the body itself allocates the right
  'распределя*|предоставля*|переда* ~4 администрац*|глав*|комисси*|комитет*',
]);
const TENDER = compile('торг*|аукцион*|конкурс*|отбор*|конкурентн*');
const RIGHT_GRANT = compile(
  'аренд*|безвозмездн*|размещени*|установк*|эксплуатаци*|субсиди*|поддержк*|управлени*|заключени*|имуществ*|нежил*|земельн*',
);
const RECIPIENT_CHOSEN = compileAll([
  'субсиди*|поддержк*|грант* ~8 определенн*|определяем*|отобранн*|выбранн* ~1 глав*|администрац*|руководител*|комисси*',
  'получател*|победител* ~4 определя*|определен*|отбира*|выбира*|устанавлива* ~2 глав*|администрац*|руководител*',
  // «организациям, перечень которых утверждается распоряжением главы администрации»
  'перечень|перечн*|список ~2 которых ~2 утвержда*|определя*|устанавлива* ~3 глав*|администрац*|руководител*',
]);
// «соглашение заключается с лицом, определенным главой округа»
const CONTRACT_WITH_CHOSEN = compile(
  'заключа* ~6 с ~3 определенн*|выбранн*|отобранн* глав*|администрац*|руководител*|комисси*',
);
const CHOICE_BY_BODY = compile('выбор ~6 осуществля* ~2 администрац*|глав*|орган*|самостоятельно');

const hit = (from: number, to: number, score: number, reason: string, rule: string): Hit => ({
  code: '3з',
  from,
  to,
  score,
  reason,
  rule,
  suggestion:
    'предусмотреть предоставление права (блага) по результатам торгов (конкурса, аукциона) или конкурсного отбора с объективными критериями',
});

/** 3з: rights and benefits granted administratively instead of by tender. */
export const competitionRule: SentenceRule = ({ sentence }) => {
  const t = sentence.tokens;
  const hits: Hit[] = [];
  const lawful = hasLegalRef(t);
  const withoutIt = findFirst(t, WITHOUT_IT);
  const extra = [...(withoutIt && findFirst(t, TENDER) ? [withoutIt] : []), ...findAll(t, BYPASS)];
  for (const m of [...findAll(t, WITHOUT_TENDER), ...extra]) {
    if (lawful || findFirst(t, REFUSAL, 0, m.from)) continue;
    if (m.from > 0 && findFirst(t, GRANTED_PARTICIPLE, Math.max(0, m.from - 2), m.from)) continue;
    hits.push(
      hit(
        m.from,
        m.to,
        0.75,
        'право (благо) предоставляется без торгов в случаях, не основанных на законе',
        '3з.without-tender',
      ),
    );
  }
  const first = findFirst(t, FIRST_COME);
  if (first && findFirst(t, GRANT_OBJECT) && !lawful)
    hits.push(
      hit(
        first.from,
        first.to,
        0.65,
        'право получает тот, кто первым обратился, а не победитель конкурентной процедуры',
        '3з.first-come',
      ),
    );
  const queue = findFirst(t, QUEUE);
  if (queue && findFirst(t, GRANT_OBJECT) && !lawful) {
    hits.push(
      hit(
        queue.from,
        queue.to,
        0.7,
        'ограниченное право распределяется по очередности заявлений, а не на конкурентной основе',
        '3з.queue',
      ),
    );
  }
  const verb = findFirst(t, GRANT_VERB);
  if (verb && !findFirst(t, TENDER) && !lawful && findFirst(t, RIGHT_GRANT)) {
    for (const p of ADMINISTRATIVE_BASIS) {
      const m = findFirst(t, p);
      if (!m) continue;
      hits.push(
        hit(
          m.from,
          m.to,
          0.6,
          'предоставление права (имущества, места, субсидии) осуществляется в административном порядке, без торгов или конкурсного отбора',
          '3з.administrative',
        ),
      );
      break;
    }
  }
  const chosen = RECIPIENT_CHOSEN.map((p) => findFirst(t, p)).find((m) => m !== null) ?? null;
  if (chosen && !findFirst(t, TENDER) && !hasCriteria(t))
    hits.push(
      hit(
        chosen.from,
        chosen.to,
        0.6,
        'получатель поддержки определяется должностным лицом вместо конкурсного отбора',
        '3з.recipient',
      ),
    );
  const contract = findFirst(t, CONTRACT_WITH_CHOSEN);
  if (contract && !findFirst(t, TENDER))
    hits.push(
      hit(
        contract.from,
        contract.to,
        0.65,
        'контрагент договора (соглашения) определяется должностным лицом вместо конкурса',
        '3з.contract',
      ),
    );
  const choice = findFirst(t, CHOICE_BY_BODY);
  if (choice && !findFirst(t, TENDER))
    hits.push(hit(choice.from, choice.to, 0.6, 'выбор контрагента осуществляется органом без конкурса', '3з.choice'));
  return hits;
};
