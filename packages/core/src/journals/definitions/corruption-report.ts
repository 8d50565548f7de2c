import type { JournalDefinition } from '../types.js';
import { area, date, officers, select, text, yesNo } from './common.js';

/**
 * Журнал регистрации сообщений о фактах коррупции: «телефон доверия», электронная приёмная, письменные
 * обращения, прямые линии (domain.md §11.2; measures 6.2 and 6.5). A report with the reporter's name and
 * address is an appeal under 59-ФЗ (answer in 30 days, ст. 12); an anonymous one with information on an
 * offence goes to law enforcement (ст. 11 ч. 1). Confidential: the reporter is protected.
 */
export const corruptionReport: JournalDefinition = {
  code: 'corruption-report',
  title:
    'Журнал регистрации сообщений о фактах коррупции, поступивших по «телефону доверия», через электронную приёмную и иными способами',
  shortTitle: 'Сообщения о коррупции',
  formTitle: 'Регистрационная карточка сообщения о факте коррупции',
  legalBasis: '59-ФЗ ст. 8, 11, 12; 273-ФЗ ст. 6; муниципальное положение о «телефоне доверия»',
  measures: ['6.2', '6.5'],
  subject: 'party',
  subjectLabel: 'Заявитель (если назвался)',
  periodField: 'receivedOn',
  fields: [
    date('receivedOn', 'Дата поступления', { required: true, inList: true }),
    select(
      'channel',
      'Канал',
      [
        ['hotline', '«Телефон доверия»'],
        ['website', 'Электронная приёмная сайта'],
        ['written', 'Письменное обращение'],
        ['reception', 'Личный приём'],
        ['direct_line', '«Прямая линия»'],
        ['gosuslugi', 'Портал «Госуслуги»'],
      ],
      { required: true, inList: true },
    ),
    yesNo('anonymous', 'Анонимное (нет ФИО или адреса для ответа)', { inList: true }),
    text('reporterContact', 'Адрес (телефон, e-mail) для ответа'),
    area('summary', 'Краткое содержание', { required: true, inList: true }),
    text('concerns', 'О ком сообщается (должность, подразделение)'),
    yesNo('aboutCorruption', 'Содержит сведения о фактах коррупции', { stage: 'processing', inList: true }),
    text('forwardedTo', 'Куда направлено (по компетенции, в правоохранительные органы)', { stage: 'processing' }),
    date('forwardedOn', 'Дата направления', { stage: 'processing' }),
    area('result', 'Результат рассмотрения', { stage: 'processing' }),
    date('answeredOn', 'Дата ответа заявителю', { stage: 'processing', inList: true }),
  ],
  statuses: [
    { code: 'registered', label: 'Зарегистрировано' },
    { code: 'in_review', label: 'На рассмотрении' },
    { code: 'answered', label: 'Дан ответ', isFinal: true },
    { code: 'forwarded', label: 'Направлено по компетенции', isFinal: true },
    { code: 'sent_to_law_enforcement', label: 'Направлено в правоохранительные органы', isFinal: true },
    { code: 'no_answer', label: 'Анонимное — без ответа', isFinal: true },
  ],
  initialStatus: 'registered',
  transitions: [
    { action: 'review', label: 'Начать рассмотрение', from: ['registered'], to: 'in_review', roles: officers },
    {
      action: 'answer',
      label: 'Внести ответ',
      from: ['registered', 'in_review'],
      to: 'answered',
      roles: officers,
      requires: ['aboutCorruption', 'result', 'answeredOn'],
    },
    {
      action: 'forward',
      label: 'Направить по компетенции',
      from: ['registered', 'in_review'],
      to: 'forwarded',
      roles: officers,
      requires: ['forwardedTo', 'forwardedOn'],
    },
    {
      action: 'law_enforcement',
      label: 'Направить в правоохранительные органы',
      from: ['registered', 'in_review'],
      to: 'sent_to_law_enforcement',
      roles: officers,
      requires: ['forwardedTo', 'forwardedOn'],
    },
    {
      action: 'no_answer',
      label: 'Анонимное, ответ не дается',
      from: ['registered', 'in_review'],
      to: 'no_answer',
      roles: officers,
      requires: ['aboutCorruption', 'result'],
    },
  ],
  deadlines: [
    {
      code: 'answer',
      title: 'Ответ заявителю',
      rule: 'appeal.answer',
      startsFrom: 'registeredAt',
      metBy: ['answered', 'forwarded', 'sent_to_law_enforcement', 'no_answer'],
      when: { field: 'anonymous', op: 'falsy' },
    },
    {
      code: 'forwarding',
      title: 'Направление по компетенции',
      rule: 'appeal.forwarding',
      startsFrom: 'registeredAt',
      metBy: ['answered', 'forwarded', 'sent_to_law_enforcement', 'no_answer'],
    },
  ],
  readRoles: ['anticorruption_officer', 'admin', 'head'],
  registerRoles: officers,
  isConfidential: true,
  selfService: false,
};
