import { compile, compileAll, findAll, findFirst, tokenIs } from '../pattern.js';
import type { Token } from '../tokenize.js';
import {
  authorityAgentAfter,
  closedSpecifically,
  hasCriteria,
  negatedBefore,
  onlyGroundAfter,
  subjectBefore,
} from './lexicon.js';
import type { Hit, SentenceRule } from './types.js';

/*
 * 3б — определение компетенции по формуле «вправе»: a body or official «вправе»/«может»/«имеет
 * право» act towards citizens or organisations where the act should oblige it (Methodology, п. 3 «б»).
 * The citizen's own rights («заявитель вправе…») and internal powers («комиссия вправе приглашать…»)
 * are not this factor.
 */

const MODAL = compileAll(['вправе', 'име* право|права', 'может|могут|мог*', 'оставля* за собой право']);
const BE = compile('быть');
// «Непредставление документов может являться основанием для отказа» — refusal left to discretion.
const MAY_BE_GROUND = compile('может|могут явля*|служ*|быть основани* ~3 отказ*|возврат*|отклонени*|прекращени*');
// Actions that decide on citizens' and organisations' rights.
const AUTHORITY_ACTION = compile(
  'отказ*|отклон*|приостан*|прекрат*|прекращ*|запрос*|запраш*|истреб*|потребова*|требова*|продл*|продлев*|возвра*|верну*|отозва*|отзыв*|аннулир*|расторг*|изъ*|изым*|провод*|провест*|проверя*|предостав*|выда*|приня*|приним*|устан*|определ*|измен*|освобо*|сократ*|сокращ*|увелич*|уменьш*|перенес*|перенос*|оставить|оставл*|рассматр*|рассмотр*|демонтир*|снест*|снос*|закры*|взыск*|взим*|налож*|налага*|отмен*|исключ*|снят*|снима*|переда*|согласов*|разреш*|назнач*|выплач*|выплат*|отчужд*|заключ*|ограничи*|запрет*|обязать|не|досрочн*|пересматр*|пересмотр*|корректир*|призна*|допуст*|отстран*|сниж*|снизить|повыс*|повыш*|лиш*|применя*|применить|вынес*|вынос*',
);
// Powers that do not act upon citizens: organising the body's own work, going to court.
const INTERNAL_ACTION = compile(
  'приглаш*|изложи*|обрати*|участв*|созда*|заслуш*|внос*|привлека*|привлечь|осуществлять|пользова*|знакоми*|получа*|присутств*',
);
// What the citizen does: lodging, appealing, presenting.
const APPLICANT_ACTION = compile(
  'обжалован*|обжалова*|подан*|подать|подава*|представлен*|направлен*|отозван*|использован*|реализован*|оспорен*',
);
const SKIP_ADVERBS = compile(
  'также|дополнительно|самостоятельно|в|том|числе|по|своему|своим|своей|усмотрению|распоряжением|решением|приказом|постановлением|,|при|этом|только',
);
const INTERAGENCY = compile('межведомствен*|органы|органов|организаций|организации');
const FROM_APPLICANT = compile('заявител*|дополнительн*');
const EXTENSION_CAP = compileAll([
  'не более ?чем ~2 #|один*|одного|тридцат*',
  'на #|один*|одного|два|двух|три|трех|пять|десять|тридцать ~1 рабоч*|календарн*|дн*|ден*|месяц*',
]);

// «может быть отказано только по основаниям, предусмотренным пунктом 3.9» — closed grounds.
const GROUND_WORD = compile('основани*|случа*');

function closedGroundsAfter(t: Token[], at: number): boolean {
  for (let i = at; i < Math.min(t.length, at + 8); i++) {
    if (t[i].norm === ';') return false;
    if (tokenIs(t[i], GROUND_WORD) && closedSpecifically(t, i + 1)) return true;
  }
  return false;
}

function actionAfter(t: Token[], at: number): number {
  for (let i = at; i < Math.min(t.length, at + 6); i++) {
    if (tokenIs(t[i], SKIP_ADVERBS)) continue;
    if (t[i].kind === 'word') return i;
  }
  return -1;
}

/** 3б: permissive wording of a power exercised towards citizens and organisations. */
export const mayFormulaRule: SentenceRule = ({ sentence }) => {
  const t = sentence.tokens;
  const hits: Hit[] = [];
  for (const modal of MODAL) {
    for (const m of findAll(t, modal)) {
      if (negatedBefore(t, m.from)) continue; // «не вправе», «не может» — a prohibition
      let at = m.to;
      const passive = tokenIs(t[at], BE);
      if (passive) at += 1;
      const ai = actionAfter(t, at);
      if (ai < 0) continue;
      const action = t[ai];
      if (passive && tokenIs(action, APPLICANT_ACTION)) continue; // «может быть обжаловано заявителем»
      // «Прием граждан может быть перенесен должностным лицом» — the agent of the passive holds the power.
      const subject = passive && authorityAgentAfter(t, ai + 1) ? 'authority' : subjectBefore(t, m.from);
      if (subject === 'private') continue; // the citizen's own right
      if (tokenIs(action, INTERNAL_ACTION)) continue;
      const isAuthorityAction = tokenIs(action, AUTHORITY_ACTION);
      if (!isAuthorityAction) continue;
      let score = subject === 'authority' ? 0.75 : passive ? 0.65 : 0.55;
      if (/^запр/.test(action.norm) && !findFirst(t, FROM_APPLICANT) && findFirst(t, INTERAGENCY)) score = 0.4; // interagency requests
      if (/^продл|^продлев|^увелич/.test(action.norm) && EXTENSION_CAP.some((p) => findFirst(t, p))) score -= 0.35; // bounded extension
      if (action.norm === 'не' && subject !== 'authority') continue;
      if (closedGroundsAfter(t, ai + 1) || onlyGroundAfter(t, ai + 1)) score -= 0.3;
      const to = Math.min(t.length, ai + 1);
      const ground = hasCriteria(t)
        ? 'даже при указанных условиях решение остается на усмотрении органа'
        : 'условия и основания совершения действия не определены';
      hits.push({
        code: '3б',
        from: m.from,
        to,
        score,
        reason: `полномочие в отношении граждан и организаций сформулировано диспозитивно; ${ground}`,
        suggestion:
          'заменить «вправе» («может») на обязанность («обязан», «принимает решение») с исчерпывающим перечнем оснований и сроком',
        rule: '3б.may',
      });
    }
  }
  for (const m of findAll(t, MAY_BE_GROUND)) {
    if (negatedBefore(t, m.from)) continue;
    hits.push({
      code: '3б',
      from: m.from,
      to: m.to,
      score: 0.65,
      reason: 'обстоятельство лишь «может» служить основанием отказа — отказать или нет, решает орган',
      suggestion:
        'установить, что обстоятельство является основанием для отказа (обязательным), исчерпывающим перечнем',
      rule: '3б.may-be-ground',
    });
  }
  return hits;
};
