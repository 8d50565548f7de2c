/**
 * The information on the commission's work for the website section «Противодействие коррупции»
 * (Приказ Минтруда России от 07.10.2013 № 530н; domain.md §1.9): without personal data — the date of the
 * meeting, the kind of question and the decision. Built only from codes, never from free text, so a name
 * typed into a decision's reasons cannot leak into the publication.
 */
import { formatDateRu, type IsoDate } from '../calendar/iso-date.js';
import { type CommissionGround, findDecision, groundDefs } from './grounds.js';

export type SummaryItem = {
  ground: CommissionGround;
  decision: string | null;
  outcome: 'decided' | 'postponed' | null;
};
export type SummaryMeeting = { meetingDate: string; items: SummaryItem[] };

/** Generic wording of each ground for the public: no names, positions or subdivisions. */
const publicGround: Record<CommissionGround, string> = {
  '16a_2': 'о достоверности и полноте сведений о доходах, об имуществе и обязательствах имущественного характера',
  '16a_3': 'о соблюдении муниципальным служащим требований к служебному поведению',
  '16b_2':
    'о даче согласия гражданину, замещавшему должность муниципальной службы, на замещение должности в организации',
  '16b_3':
    'о невозможности по объективным причинам представить сведения о доходах супруги (супруга) и несовершеннолетних детей',
  '16b_4': 'о невозможности выполнить требования Федерального закона от 07.05.2013 № 79-ФЗ',
  '16b_5':
    'об уведомлении о возникновении личной заинтересованности, которая приводит или может привести к конфликту интересов',
  '16v': 'по представлению, касающемуся соблюдения требований к служебному поведению и мер по предупреждению коррупции',
  '16g': 'о достоверности и полноте сведений о расходах',
  '16d': 'об уведомлении организации о заключении договора с гражданином, замещавшим должность муниципальной службы',
};

/** Lines of the public summary of one meeting. */
export function meetingSummaryLines(m: SummaryMeeting): string[] {
  const lines = [
    `${formatDateRu(m.meetingDate.slice(0, 10) as IsoDate)} — заседание комиссии. Рассмотрено вопросов: ${m.items.length}.`,
  ];
  m.items.forEach((it, i) => {
    const decision =
      it.outcome === 'postponed'
        ? 'рассмотрение отложено'
        : it.decision
          ? `решение: ${(findDecision(it.ground, it.decision)?.label ?? 'принято решение').replace(/^./, (c) => c.toLowerCase())}`
          : 'решение не принято';
    lines.push(
      `${i + 1}. Вопрос ${publicGround[it.ground]} (${groundDefs[it.ground].basis.split(';')[0]}) — ${decision}.`,
    );
  });
  return lines;
}

/** The public summary of a period: totals and each meeting. */
export function periodSummaryLines(meetings: readonly SummaryMeeting[], subjects: number): string[] {
  const items = meetings.reduce((s, m) => s + m.items.length, 0);
  return [
    `Проведено заседаний комиссии: ${meetings.length}; рассмотрено вопросов: ${items}; в отношении муниципальных служащих (граждан): ${subjects}.`,
    ...meetings.flatMap((m) => meetingSummaryLines(m)),
  ];
}
