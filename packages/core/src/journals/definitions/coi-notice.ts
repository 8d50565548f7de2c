import type { JournalDefinition } from '../types.js';
import { area, date, keepers, officers, select, text, yesNo } from './common.js';

/** Уведомление о возникновении личной заинтересованности (273-ФЗ ст. 11; Указ № 650; domain.md §2). */
export const coiNotice: JournalDefinition = {
  code: 'coi-notice',
  title:
    'Журнал регистрации уведомлений о возникновении личной заинтересованности при исполнении должностных обязанностей, которая приводит или может привести к конфликту интересов',
  shortTitle: 'Конфликт интересов',
  formTitle:
    'Уведомление о возникновении личной заинтересованности при исполнении должностных обязанностей, которая приводит или может привести к конфликту интересов',
  legalBasis: '273-ФЗ ст. 11; 25-ФЗ ст. 14.1; Указ Президента РФ от 22.12.2015 № 650; Указ № 821 п. 16.3–16.5',
  measures: ['1.1', '1.2'],
  subject: 'employee',
  subjectLabel: 'Уведомитель',
  fields: [
    area('circumstances', 'Обстоятельства, являющиеся основанием возникновения личной заинтересованности', {
      required: true,
      inList: true,
    }),
    area(
      'affectedDuties',
      'Должностные обязанности, на исполнение которых влияет или может повлиять личная заинтересованность',
      { required: true },
    ),
    area('proposedMeasures', 'Предлагаемые меры по предотвращению или урегулированию конфликта интересов'),
    yesNo('attendMeeting', 'Намереваюсь лично присутствовать на заседании комиссии'),
    date('awareOn', 'Дата, когда стало известно о личной заинтересованности'),
    date('referredForReviewOn', 'Дата направления на предварительное рассмотрение', { stage: 'processing' }),
    select(
      'conclusion',
      'Вывод мотивированного заключения',
      [
        ['no_conflict', 'Конфликт интересов отсутствует'],
        ['conflict_measures', 'Личная заинтересованность может привести к конфликту интересов — рекомендованы меры'],
        ['conflict_breach', 'Не приняты меры по урегулированию — имеются признаки нарушения'],
      ],
      { stage: 'processing', inList: true },
    ),
    area('conclusionText', 'Мотивированное заключение', { stage: 'processing' }),
    date('conclusionOn', 'Дата мотивированного заключения', { stage: 'processing' }),
    date('commissionMeetingOn', 'Дата заседания комиссии', { stage: 'processing' }),
    area('commissionDecision', 'Решение комиссии', { stage: 'processing' }),
    area('measuresTaken', 'Принятые меры', { stage: 'processing' }),
    text('notes', 'Примечание'),
  ],
  statuses: [
    { code: 'registered', label: 'Зарегистрировано' },
    { code: 'preliminary_review', label: 'Предварительное рассмотрение' },
    { code: 'concluded', label: 'Подготовлено мотивированное заключение' },
    { code: 'referred_to_commission', label: 'Направлено в комиссию' },
    { code: 'closed', label: 'Рассмотрено', isFinal: true },
  ],
  initialStatus: 'registered',
  transitions: [
    {
      action: 'start_review',
      label: 'Начать предварительное рассмотрение',
      from: ['registered'],
      to: 'preliminary_review',
      roles: keepers,
    },
    {
      action: 'conclude',
      label: 'Подготовить мотивированное заключение',
      from: ['preliminary_review'],
      to: 'concluded',
      roles: keepers,
      requires: ['conclusion', 'conclusionText', 'conclusionOn'],
    },
    {
      action: 'refer',
      label: 'Направить в комиссию',
      from: ['concluded'],
      to: 'referred_to_commission',
      roles: officers,
    },
    {
      action: 'close',
      label: 'Завершить рассмотрение',
      from: ['concluded', 'referred_to_commission'],
      to: 'closed',
      roles: officers,
      requires: ['measuresTaken'],
    },
  ],
  deadlines: [
    // Указ № 821 п. 16.4: the motivated conclusion within 7 working days of receipt.
    {
      code: 'conclusion',
      title: 'Мотивированное заключение',
      rule: 'coi.motivated_conclusion',
      startsFrom: 'registeredAt',
      metBy: ['concluded', 'referred_to_commission', 'closed'],
    },
  ],
  readRoles: ['anticorruption_officer', 'hr_officer', 'admin', 'head', 'commission_member'],
  registerRoles: keepers,
  isConfidential: false,
  selfService: true,
};
