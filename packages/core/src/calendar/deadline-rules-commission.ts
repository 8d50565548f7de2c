/**
 * Federal default deadlines of the commission on conduct and conflict of interest, conflict-of-interest
 * notifications and former employees (domain.md §1, §2, §8, §9; Appendix A). For municipal employees
 * Указ № 821 applies through the municipal regulation on the commission that reproduces it.
 */
import type { DeadlineRule } from './deadline-rule.js';

const DECREE_821 = 'Указ Президента РФ от 01.07.2010 № 821';

/** Commission, conflict of interest, former employees, register of dismissed for loss of trust. */
export const commissionDeadlineRules = {
  // §1 Commission on conduct and conflict of interest
  'commission.set_meeting_date': {
    kind: 'calendar_days',
    amount: 10,
    shift: 'next',
    basis: `${DECREE_821}, п. 17`,
    origin: 'federal',
    description: 'Назначение даты заседания комиссии — 10 дней со дня поступления информации председателю',
  },
  'commission.meeting': {
    kind: 'calendar_days',
    amount: 20,
    shift: 'next',
    basis: `${DECREE_821}, п. 17`,
    origin: 'federal',
    description: 'Заседание комиссии — не позднее 20 дней со дня поступления информации',
  },
  'commission.income_applications': {
    kind: 'months',
    amount: 1,
    shift: 'next',
    basis: `${DECREE_821}, п. 17.1`,
    origin: 'federal',
    description:
      'Рассмотрение заявлений о невозможности представить сведения о доходах супруги (супруга) и детей и по 79-ФЗ — не позднее месяца со дня истечения срока представления сведений',
  },
  'commission.protocol_copies': {
    kind: 'calendar_days',
    amount: 7,
    shift: 'next',
    basis: `${DECREE_821}, п. 33`,
    origin: 'federal',
    description:
      'Направление копий протокола представителю нанимателя и служащему — 7 календарных дней со дня заседания',
  },
  'commission.head_decision': {
    kind: 'months',
    amount: 1,
    shift: 'next',
    basis: `${DECREE_821}, п. 34`,
    origin: 'federal',
    description:
      'Сообщение представителя нанимателя комиссии о принятом по протоколу решении — месяц со дня поступления протокола',
  },
  'commission.law_enforcement': {
    kind: 'calendar_days',
    amount: 3,
    shift: 'next',
    basis: `${DECREE_821}, п. 36`,
    origin: 'federal',
    description:
      'Передача информации о правонарушении (преступлении) в правоохранительные органы — 3 дня, при необходимости немедленно',
  },
  'commission.consent_appeal': {
    kind: 'calendar_days',
    amount: 7,
    shift: 'next',
    basis: '273-ФЗ, ст. 12, ч. 3',
    origin: 'federal',
    description: 'Рассмотрение обращения бывшего служащего о даче согласия — 7 дней со дня поступления',
  },
  'commission.consent_written_notice': {
    kind: 'working_days',
    amount: 1,
    shift: 'next',
    basis: '273-ФЗ, ст. 12, ч. 3',
    origin: 'federal',
    description: 'Письменное уведомление гражданина о решении комиссии — в течение рабочего дня',
  },
  'commission.consent_oral_notice': {
    kind: 'working_days',
    amount: 3,
    shift: 'next',
    basis: '273-ФЗ, ст. 12, ч. 3',
    origin: 'federal',
    description: 'Устное уведомление гражданина о решении комиссии — 3 рабочих дня',
  },

  // §2 Conflict of interest
  'coi.notice': {
    kind: 'working_days',
    amount: 1,
    shift: 'next',
    basis: '273-ФЗ, ст. 11, ч. 2; муниципальный порядок',
    origin: 'local_default',
    isUnconfirmed: true,
    description:
      'Уведомление о возникновении личной заинтересованности — не позднее рабочего дня, следующего за днём, когда стало известно',
    note: 'Закон требует уведомить, как только стало известно; срок в 1 рабочий день — типовой местный',
  },
  'coi.motivated_conclusion': {
    kind: 'working_days',
    amount: 7,
    shift: 'next',
    basis: `${DECREE_821}, п. 16.4`,
    origin: 'federal',
    description: 'Мотивированное заключение по уведомлению (обращению) — 7 рабочих дней со дня поступления',
  },
  'coi.motivated_conclusion_with_requests': {
    kind: 'calendar_days',
    amount: 45,
    shift: 'next',
    basis: `${DECREE_821}, п. 16.4`,
    origin: 'federal',
    extension: { amount: 30, basis: `${DECREE_821}, п. 16.4` },
    description:
      'Мотивированное заключение при направлении запросов — 45 дней со дня поступления уведомления (обращения)',
  },

  // §8 Former employees
  'ex_employee.employer_notice': {
    kind: 'calendar_days',
    amount: 10,
    shift: 'next',
    basis: '273-ФЗ, ст. 12, ч. 4; ПП РФ от 21.01.2015 № 29',
    origin: 'federal',
    description: 'Сообщение работодателя о заключении договора с бывшим служащим — 10 дней со дня заключения договора',
  },
  'ex_employee.motivated_conclusion': {
    kind: 'working_days',
    amount: 7,
    shift: 'next',
    basis: `${DECREE_821}, п. 16.4`,
    origin: 'federal',
    description: 'Мотивированное заключение по сообщению работодателя — 7 рабочих дней со дня поступления',
  },
  'ex_employee.restriction_period': {
    // A window, not a duty to act: its end is not moved off a weekend.
    kind: 'months',
    amount: 24,
    shift: 'none',
    basis: '273-ФЗ, ст. 12, ч. 1',
    origin: 'federal',
    description: 'Ограничения после увольнения — 2 года со дня увольнения',
  },
  'loss_of_trust.register_term': {
    kind: 'months',
    amount: 60,
    shift: 'none',
    basis: '273-ФЗ, ст. 15; ПП РФ от 05.03.2018 № 228',
    origin: 'federal',
    description: 'Нахождение в реестре лиц, уволенных в связи с утратой доверия, — 5 лет с даты акта об увольнении',
  },
} satisfies Record<string, DeadlineRule>;
