/**
 * Journals of the plan's open-government and information measures: «прямые линии» (6.3), public hearings
 * (6.6), consultations (7.1), events and seminars (7.3, 7.4), updates of the website section
 * «Противодействие коррупции» (6.4, 7.2). They share one simple workflow: planned → held, or cancelled.
 */
import type { Role } from '../../access/roles.js';
import type { FieldDef, JournalDefinition } from '../types.js';
import { area, date, officers, select, text } from './common.js';

function activityJournal(d: {
  code: string;
  title: string;
  shortTitle: string;
  formTitle: string;
  legalBasis: string;
  measures: string[];
  dateLabel: string;
  fields: FieldDef[];
  registerRoles: Role[];
}): JournalDefinition {
  return {
    code: d.code,
    title: d.title,
    shortTitle: d.shortTitle,
    formTitle: d.formTitle,
    legalBasis: d.legalBasis,
    measures: d.measures,
    subject: 'none',
    subjectLabel: '',
    periodField: 'heldOn',
    fields: [
      date('heldOn', d.dateLabel, { required: true, inList: true }),
      ...d.fields,
      area('result', 'Итоги', { stage: 'processing' }),
    ],
    statuses: [
      { code: 'planned', label: 'Запланировано' },
      { code: 'held', label: 'Проведено', isFinal: true },
      { code: 'cancelled', label: 'Отменено', isFinal: true },
    ],
    initialStatus: 'planned',
    transitions: [
      { action: 'hold', label: 'Отметить проведение', from: ['planned'], to: 'held', roles: d.registerRoles },
      { action: 'cancel', label: 'Отменить', from: ['planned'], to: 'cancelled', roles: d.registerRoles },
    ],
    deadlines: [],
    readRoles: [
      'anticorruption_officer',
      'admin',
      'head',
      'legal',
      'hr_officer',
      'responsible_executor',
      'contract_service',
      'commission_member',
    ],
    registerRoles: d.registerRoles,
    isConfidential: false,
    selfService: false,
  };
}

const withExecutors: Role[] = [...officers, 'responsible_executor'];

export const directLine = activityJournal({
  code: 'direct-line',
  title: 'Журнал учета «прямых линий» с гражданами по вопросам противодействия коррупции',
  shortTitle: 'Прямые линии',
  formTitle: 'Карточка «прямой линии»',
  legalBasis: '8-ФЗ; 59-ФЗ; план противодействия коррупции, п. 6.3',
  measures: ['6.3'],
  dateLabel: 'Дата проведения',
  registerRoles: withExecutors,
  fields: [
    text('host', 'Проводит (должность, ФИО)', { required: true, inList: true }),
    select(
      'format',
      'Формат',
      [
        ['in_person', 'Лично'],
        ['video', 'Видеоконференция'],
        ['phone', 'По телефону'],
      ],
      { required: true, inList: true },
    ),
    text('topic', 'Тема'),
    { key: 'callsReceived', label: 'Поступило обращений', type: 'integer', stage: 'processing', inList: true },
    { key: 'corruptionReports', label: 'Из них о фактах коррупции', type: 'integer', stage: 'processing' },
  ],
});

export const publicHearing = activityJournal({
  code: 'public-hearing',
  title:
    'Журнал учета публичных слушаний (общественных обсуждений) по вопросам земельного и градостроительного законодательства',
  shortTitle: 'Публичные слушания',
  formTitle: 'Карточка публичных слушаний',
  legalBasis: 'ГрК РФ ст. 5.1; 131-ФЗ ст. 28; план противодействия коррупции, п. 6.6',
  measures: ['6.6'],
  dateLabel: 'Дата проведения',
  registerRoles: withExecutors,
  fields: [
    select(
      'subject',
      'Вопрос',
      [
        ['conditional_use', 'Условно разрешённый вид использования'],
        ['deviation', 'Отклонение от предельных параметров'],
        ['planning_documentation', 'Документация по планировке территории'],
        ['general_plan', 'Изменения в генеральный план'],
        ['zoning_rules', 'Изменения в правила землепользования и застройки'],
        ['improvement', 'Благоустройство'],
        ['other', 'Иное'],
      ],
      { required: true, inList: true },
    ),
    area('description', 'Предмет слушаний', { required: true, inList: true }),
    text('organiser', 'Организатор (подразделение)', { required: true }),
    text('territory', 'Территория (населённый пункт)'),
    { key: 'participants', label: 'Участников', type: 'integer', stage: 'processing' },
    text('conclusionRef', 'Заключение о результатах (номер, дата публикации)', { stage: 'processing' }),
  ],
});

export const consultation = activityJournal({
  code: 'consultation',
  title: 'Журнал учета консультаций по вопросам соблюдения требований к служебному поведению',
  shortTitle: 'Консультации',
  formTitle: 'Запись о консультации',
  legalBasis: '273-ФЗ ст. 6; план противодействия коррупции, п. 7.1',
  measures: ['7.1'],
  dateLabel: 'Дата консультации',
  registerRoles: [...officers, 'hr_officer', 'legal'],
  fields: [
    text('recipient', 'Кому оказана (ФИО, должность или орган)', { required: true, inList: true }),
    select(
      'form',
      'Форма',
      [
        ['oral', 'Устная'],
        ['written', 'Письменное разъяснение'],
        ['letter', 'Информационное письмо'],
      ],
      { required: true, inList: true },
    ),
    area('question', 'Вопрос', { required: true, inList: true }),
    text('consultant', 'Консультант'),
  ],
});

export const antiCorruptionEvent = activityJournal({
  code: 'event',
  title: 'Журнал учета антикоррупционных мероприятий и методических семинаров',
  shortTitle: 'Мероприятия и семинары',
  formTitle: 'Карточка мероприятия',
  legalBasis: 'План противодействия коррупции, пп. 7.3, 7.4',
  measures: ['7.3', '7.4'],
  dateLabel: 'Дата проведения',
  registerRoles: withExecutors,
  fields: [
    select(
      'kind',
      'Вид',
      [
        ['international_day', 'К Международному дню борьбы с коррупцией'],
        ['seminar', 'Методический семинар'],
        ['talk', 'Беседа'],
        ['training', 'Обучение'],
        ['other', 'Иное'],
      ],
      { required: true, inList: true },
    ),
    text('title', 'Наименование', { required: true, inList: true }),
    text('place', 'Место проведения', { required: true }),
    text('audience', 'Участники (категория)'),
    { key: 'participants', label: 'Число участников', type: 'integer', stage: 'processing' },
    text('publicationUrl', 'Публикация на сайте (адрес)', { stage: 'processing' }),
  ],
});

export const websiteUpdate = activityJournal({
  code: 'website-update',
  title: 'Журнал актуализации раздела «Противодействие коррупции» официального сайта',
  shortTitle: 'Раздел на сайте',
  formTitle: 'Запись об обновлении раздела сайта',
  legalBasis: 'Приказ Минтруда России от 07.10.2013 № 530н; план противодействия коррупции, пп. 6.4, 7.2',
  measures: ['6.4', '7.2'],
  dateLabel: 'Дата размещения',
  registerRoles: [...officers, 'responsible_executor'],
  fields: [
    select(
      'subsection',
      'Подраздел',
      [
        ['acts', 'Нормативные правовые и иные акты'],
        ['expertise', 'Антикоррупционная экспертиза'],
        ['methodology', 'Методические материалы'],
        ['forms', 'Формы документов'],
        ['declarations', 'Сведения о доходах'],
        ['commission', 'Комиссия по соблюдению требований'],
        ['reports', 'Доклады, отчёты, обзоры'],
        ['feedback', 'Обратная связь для сообщений о коррупции'],
        ['other', 'Иное'],
      ],
      { required: true, inList: true },
    ),
    text('material', 'Размещённый материал', { required: true, inList: true }),
    text('url', 'Адрес страницы'),
  ],
});
