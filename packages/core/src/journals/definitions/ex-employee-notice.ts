import type { JournalDefinition } from '../types.js';
import { area, date, keepers, officers, select, text, yesNo } from './common.js';

/**
 * Сообщение работодателя о заключении трудового (гражданско-правового) договора с бывшим служащим
 * (273-ФЗ ст. 12 ч. 4; ТК РФ ст. 64.1; ПП РФ от 21.01.2015 № 29; domain.md §8). The subject is the former
 * employee; the two-year window is checked against the dismissal date.
 */
export const exEmployeeNotice: JournalDefinition = {
  code: 'ex-employee-notice',
  title:
    'Журнал учета сообщений работодателей о заключении трудовых (гражданско-правовых) договоров с гражданами, замещавшими должности муниципальной службы',
  shortTitle: 'Сообщения работодателей',
  formTitle:
    'Сообщение о заключении трудового (гражданско-правового) договора с гражданином, замещавшим должность муниципальной службы',
  legalBasis: '273-ФЗ ст. 12 ч. 4; ТК РФ ст. 64.1; постановление Правительства РФ от 21.01.2015 № 29',
  measures: ['1.9'],
  subject: 'employee',
  subjectLabel: 'Бывший муниципальный служащий',
  periodField: undefined,
  fields: [
    text('incomingNumber', 'Входящий номер письма', { inList: true }),
    date('letterDate', 'Дата письма работодателя', { required: true }),
    text('employerName', 'Работодатель (наименование)', { required: true, inList: true }),
    { key: 'employerInn', label: 'ИНН работодателя', type: 'inn' },
    text('employerAddress', 'Адрес работодателя'),
    text('formerPosition', 'Должность муниципальной службы до увольнения', { required: true }),
    date('dismissedOn', 'Дата увольнения с муниципальной службы', { required: true }),
    select(
      'contractType',
      'Вид договора',
      [
        ['employment', 'Трудовой договор'],
        ['civil', 'Гражданско-правовой договор'],
      ],
      { required: true, inList: true },
    ),
    text('contractNumber', 'Номер договора'),
    date('contractDate', 'Дата заключения договора', { required: true, inList: true }),
    text('newPosition', 'Должность / предмет договора', { required: true }),
    { key: 'contractAmount', label: 'Сумма гражданско-правового договора, руб.', type: 'money' },
    yesNo('consentGiven', 'Ранее дано согласие комиссии'),
    date('consentDate', 'Дата решения комиссии о согласии'),
    select(
      'conclusion',
      'Вывод мотивированного заключения',
      [
        ['not_subject', 'Не подлежит рассмотрению на заседании комиссии'],
        ['refer', 'Подлежит рассмотрению на заседании комиссии'],
      ],
      { stage: 'processing', inList: true },
    ),
    area('conclusionText', 'Мотивированное заключение', { stage: 'processing' }),
    date('conclusionOn', 'Дата мотивированного заключения', { stage: 'processing' }),
    area('commissionDecision', 'Решение комиссии', { stage: 'processing' }),
    date('prosecutorInformedOn', 'Дата информирования прокуратуры и работодателя', { stage: 'processing' }),
  ],
  statuses: [
    { code: 'registered', label: 'Зарегистрировано' },
    { code: 'concluded', label: 'Подготовлено мотивированное заключение' },
    { code: 'referred_to_commission', label: 'Направлено в комиссию' },
    { code: 'closed', label: 'Рассмотрено', isFinal: true },
  ],
  initialStatus: 'registered',
  transitions: [
    {
      action: 'conclude',
      label: 'Подготовить мотивированное заключение',
      from: ['registered'],
      to: 'concluded',
      roles: keepers,
      requires: ['conclusion', 'conclusionText', 'conclusionOn'],
    },
    {
      action: 'close',
      label: 'Завершить (не подлежит рассмотрению)',
      from: ['concluded'],
      to: 'closed',
      roles: officers,
    },
    {
      action: 'refer',
      label: 'Направить в комиссию',
      from: ['concluded'],
      to: 'referred_to_commission',
      roles: officers,
    },
    {
      action: 'decide',
      label: 'Внести решение комиссии',
      from: ['referred_to_commission'],
      to: 'closed',
      roles: officers,
      requires: ['commissionDecision'],
    },
  ],
  deadlines: [
    // 273-ФЗ ст. 12 ч. 4: the employer reports within 10 days of the contract (late → КоАП ст. 19.29).
    {
      code: 'employer_notice',
      title: 'Сообщение работодателя (10 дней)',
      rule: 'ex_employee.employer_notice',
      startsFrom: { field: 'contractDate' },
      metBy: ['registered'],
    },
    // Указ № 821 п. 16.4: motivated conclusion within 7 working days of receipt.
    {
      code: 'conclusion',
      title: 'Мотивированное заключение',
      rule: 'ex_employee.motivated_conclusion',
      startsFrom: 'registeredAt',
      metBy: ['concluded', 'referred_to_commission', 'closed'],
    },
  ],
  readRoles: ['anticorruption_officer', 'hr_officer', 'admin', 'head', 'commission_member'],
  registerRoles: keepers,
  isConfidential: false,
  selfService: false,
};
