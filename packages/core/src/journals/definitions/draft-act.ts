import type { JournalDefinition } from '../types.js';
import { area, date, legalKeepers, select, text, yesNo } from './common.js';

/**
 * Журнал (реестр) проведения антикоррупционной экспертизы проектов НПА (172-ФЗ; ПП РФ от 26.02.2010 № 96;
 * domain.md §10.5): each draft examined, legal expertise, anti-corruption expertise, factors found, sent to
 * the prosecutor's office (measures 2.2, 2.3).
 */
export const draftAct: JournalDefinition = {
  code: 'draft-act',
  title: 'Реестр проектов нормативных правовых актов, прошедших правовую и антикоррупционную экспертизу',
  shortTitle: 'Проекты НПА',
  formTitle: 'Заключение по результатам правовой и антикоррупционной экспертизы проекта',
  legalBasis: '172-ФЗ ст. 3; 273-ФЗ ст. 6 п. 2; постановление Правительства РФ от 26.02.2010 № 96',
  measures: ['2.2', '2.3'],
  subject: 'none',
  subjectLabel: '',
  fields: [
    select(
      'actType',
      'Вид акта',
      [
        ['resolution', 'Постановление'],
        ['order', 'Распоряжение'],
        ['council_decision', 'Решение Совета народных депутатов'],
      ],
      { required: true, inList: true },
    ),
    area('draftTitle', 'Наименование проекта', { required: true, inList: true }),
    text('developer', 'Разработчик (подразделение)', { required: true }),
    date('receivedOn', 'Дата поступления на экспертизу', { required: true }),
    yesNo('isNormative', 'Нормативный правовой акт', { inList: true }),
    yesNo('anticorruptionExpertise', 'Проведена антикоррупционная экспертиза', { inList: true, stage: 'processing' }),
    {
      key: 'factorsFound',
      label: 'Выявлено коррупциогенных факторов',
      type: 'integer',
      stage: 'processing',
      inList: true,
    },
    area('factorsDescription', 'Выявленные факторы и предложения по их устранению', { stage: 'processing' }),
    yesNo('factorsRemoved', 'Факторы устранены разработчиком', { stage: 'processing' }),
    date('conclusionOn', 'Дата заключения', { stage: 'processing' }),
    date('publishedForIndependentFrom', 'Размещён для независимой экспертизы с'),
    date('publishedForIndependentTo', 'Размещён для независимой экспертизы по'),
    date('sentToProsecutorOn', 'Дата направления в прокуратуру', { stage: 'processing', inList: true }),
    text('adoptedAct', 'Принятый акт (номер, дата)', { stage: 'processing' }),
  ],
  statuses: [
    { code: 'received', label: 'Поступил на экспертизу' },
    { code: 'concluded', label: 'Экспертиза проведена' },
    { code: 'returned', label: 'Возвращён на доработку' },
    { code: 'adopted', label: 'Акт принят', isFinal: true },
    { code: 'withdrawn', label: 'Отозван', isFinal: true },
  ],
  initialStatus: 'received',
  transitions: [
    {
      action: 'conclude',
      label: 'Внести заключение',
      from: ['received', 'returned'],
      to: 'concluded',
      roles: legalKeepers,
      requires: ['anticorruptionExpertise', 'conclusionOn'],
    },
    {
      action: 'return',
      label: 'Вернуть на доработку',
      from: ['received', 'concluded'],
      to: 'returned',
      roles: legalKeepers,
      requires: ['factorsDescription'],
    },
    {
      action: 'adopt',
      label: 'Отметить принятие акта',
      from: ['concluded'],
      to: 'adopted',
      roles: legalKeepers,
      requires: ['adoptedAct'],
    },
    {
      action: 'withdraw',
      label: 'Отозван разработчиком',
      from: ['received', 'returned', 'concluded'],
      to: 'withdrawn',
      roles: legalKeepers,
    },
  ],
  deadlines: [],
  readRoles: ['legal', 'anticorruption_officer', 'admin', 'head'],
  registerRoles: legalKeepers,
  isConfidential: false,
  selfService: false,
  periodField: 'receivedOn',
};
