import type { JournalDefinition } from '../types.js';
import { area, date, keepers, officers, select, text } from './common.js';

/** Уведомление о намерении выполнять иную оплачиваемую работу (25-ФЗ ст. 11 ч. 2; domain.md §5). */
export const outsideWorkNotice: JournalDefinition = {
  code: 'outside-work-notice',
  title: 'Журнал регистрации уведомлений о намерении выполнять иную оплачиваемую работу',
  shortTitle: 'Иная оплачиваемая работа',
  formTitle: 'Уведомление представителя нанимателя (работодателя) о намерении выполнять иную оплачиваемую работу',
  legalBasis: '25-ФЗ ст. 11 ч. 2; муниципальный порядок уведомления',
  measures: ['1.6'],
  subject: 'employee',
  subjectLabel: 'Муниципальный служащий',
  fields: [
    select(
      'contractType',
      'Основание выполнения работы',
      [
        ['employment', 'Трудовой договор (совместительство)'],
        ['civil', 'Гражданско-правовой договор'],
      ],
      { required: true },
    ),
    text('employerName', 'Организация (лицо), где будет выполняться работа', { required: true, inList: true }),
    { key: 'employerInn', label: 'ИНН организации', type: 'inn' },
    text('employerAddress', 'Адрес организации'),
    select(
      'workKind',
      'Вид деятельности',
      [
        ['teaching', 'Педагогическая'],
        ['scientific', 'Научная'],
        ['creative', 'Творческая'],
        ['accounting', 'Бухгалтерские услуги'],
        ['other', 'Иная'],
      ],
      { required: true, inList: true },
    ),
    area('duties', 'Характер работы, должность, конкретные обязанности', { required: true }),
    date('workStart', 'Дата начала работы', { required: true, inList: true }),
    date('workEnd', 'Дата окончания работы (срок)'),
    text('schedule', 'График (время, свободное от основной работы)'),
    select(
      'result',
      'Результат рассмотрения',
      [
        ['acknowledged', 'Принято к сведению'],
        ['referred', 'Направлено в комиссию (возможен конфликт интересов)'],
        ['conflict', 'Установлен конфликт интересов'],
      ],
      { stage: 'processing', inList: true },
    ),
    area('reviewNote', 'Анализ на предмет конфликта интересов', { stage: 'processing' }),
    date('employeeInformedOn', 'Дата информирования служащего', { stage: 'processing' }),
    text('notes', 'Примечание'),
  ],
  statuses: [
    { code: 'registered', label: 'Зарегистрировано' },
    { code: 'under_review', label: 'Анализ на конфликт интересов' },
    { code: 'acknowledged', label: 'Принято к сведению', isFinal: true },
    { code: 'referred_to_commission', label: 'Направлено в комиссию' },
    { code: 'closed', label: 'Рассмотрено комиссией', isFinal: true },
  ],
  initialStatus: 'registered',
  transitions: [
    { action: 'review', label: 'Начать анализ', from: ['registered'], to: 'under_review', roles: keepers },
    {
      action: 'acknowledge',
      label: 'Принять к сведению',
      from: ['under_review'],
      to: 'acknowledged',
      roles: keepers,
      requires: ['reviewNote'],
    },
    {
      action: 'refer',
      label: 'Направить в комиссию',
      from: ['under_review'],
      to: 'referred_to_commission',
      roles: officers,
      requires: ['reviewNote'],
    },
    {
      action: 'close',
      label: 'Отметить решение комиссии',
      from: ['referred_to_commission'],
      to: 'closed',
      roles: officers,
      requires: ['result'],
    },
  ],
  deadlines: [
    // Local default: notify before the work starts (often 10 working days before): UNCONFIRMED, configurable.
    {
      code: 'notice_before_start',
      title: 'Уведомление до начала работы',
      rule: 'other_work.notice',
      startsFrom: { field: 'workStart' },
      metBy: ['registered', 'under_review', 'acknowledged', 'referred_to_commission', 'closed'],
    },
  ],
  readRoles: ['anticorruption_officer', 'hr_officer', 'admin', 'head'],
  registerRoles: keepers,
  isConfidential: false,
  selfService: true,
  periodField: undefined,
};
