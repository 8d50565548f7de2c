import type { JournalDefinition } from '../types.js';
import { area, date, legalKeepers, select, text } from './common.js';

/** Административные дела по главе 22 КАС РФ (domain.md §13): the law-enforcement practice review (measure 2.1). */
export const courtCase: JournalDefinition = {
  code: 'court-case',
  title: 'Реестр административных дел, производство по которым урегулировано главой 22 КАС РФ',
  shortTitle: 'Административные дела',
  formTitle: 'Карточка административного дела (глава 22 КАС РФ)',
  legalBasis: 'КАС РФ гл. 22, ст. 227 ч. 9; 273-ФЗ ст. 6 п. 2.1',
  measures: ['2.1'],
  subject: 'party',
  subjectLabel: 'Административный истец',
  periodField: undefined,
  fields: [
    text('court', 'Суд', { required: true, inList: true }),
    text('caseNumber', 'Номер дела', { required: true, inList: true }),
    date('filedOn', 'Дата поступления иска', { required: true }),
    area('challengedAct', 'Оспариваемое решение, действие (бездействие)', { required: true, inList: true }),
    text('officials', 'Должностные лица (подразделение), чьи действия оспариваются'),
    select(
      'outcome',
      'Результат',
      [
        ['pending', 'На рассмотрении'],
        ['unlawful', 'Признано незаконным'],
        ['dismissed', 'В удовлетворении отказано'],
        ['terminated', 'Производство прекращено'],
      ],
      { inList: true },
    ),
    date('decisionOn', 'Дата решения', { stage: 'processing' }),
    date('inForceOn', 'Дата вступления в законную силу', { stage: 'processing' }),
    area('remedialActions', 'Меры по устранению нарушений и причин', { stage: 'processing' }),
    date('reportedToCourtOn', 'Дата сообщения в суд об исполнении (ч. 9 ст. 227 КАС РФ)', {
      stage: 'processing',
      inList: true,
    }),
  ],
  statuses: [
    { code: 'pending', label: 'На рассмотрении' },
    { code: 'decided_unlawful', label: 'Признано незаконным — исполнение решения' },
    { code: 'executed', label: 'Решение исполнено, суд уведомлён', isFinal: true },
    { code: 'dismissed', label: 'В удовлетворении отказано', isFinal: true },
    { code: 'terminated', label: 'Производство прекращено', isFinal: true },
  ],
  initialStatus: 'pending',
  transitions: [
    {
      action: 'unlawful',
      label: 'Признано незаконным',
      from: ['pending'],
      to: 'decided_unlawful',
      roles: legalKeepers,
      requires: ['decisionOn', 'inForceOn'],
    },
    {
      action: 'report_execution',
      label: 'Сообщить в суд об исполнении',
      from: ['decided_unlawful'],
      to: 'executed',
      roles: legalKeepers,
      requires: ['remedialActions', 'reportedToCourtOn'],
    },
    {
      action: 'dismiss',
      label: 'В удовлетворении отказано',
      from: ['pending'],
      to: 'dismissed',
      roles: legalKeepers,
      requires: ['decisionOn'],
    },
    {
      action: 'terminate',
      label: 'Производство прекращено',
      from: ['pending'],
      to: 'terminated',
      roles: legalKeepers,
      requires: ['decisionOn'],
    },
  ],
  deadlines: [
    // КАС РФ ст. 227 ч. 9: report execution to the court within one month of the decision entering into force.
    {
      code: 'court_report',
      title: 'Сообщение в суд об исполнении',
      rule: 'court.report',
      startsFrom: { field: 'inForceOn' },
      metBy: ['executed'],
    },
  ],
  readRoles: ['legal', 'anticorruption_officer', 'admin', 'head'],
  registerRoles: legalKeepers,
  isConfidential: false,
  selfService: false,
};
