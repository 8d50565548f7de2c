import type { JournalDefinition } from '../types.js';
import { date, keepers, select, text, yesNo } from './common.js';

/**
 * Журнал учёта обучения муниципальных служащих по вопросам противодействия коррупции (measure 3.4;
 * domain.md §14): professional development of those whose duties include anti-corruption work or
 * procurement, and the training of employees first appointed to positions on the declaration list.
 */
export const training: JournalDefinition = {
  code: 'training',
  title:
    'Журнал учета обучения муниципальных служащих по образовательным программам в области противодействия коррупции',
  shortTitle: 'Обучение',
  formTitle: 'Запись об обучении по программе в области противодействия коррупции',
  legalBasis:
    'Национальный план противодействия коррупции (Указ Президента РФ от 16.08.2021 № 478); план противодействия коррупции, п. 3.4',
  measures: ['3.4'],
  subject: 'employee',
  subjectLabel: 'Обучающийся',
  periodField: 'completedOn',
  fields: [
    text('programme', 'Образовательная программа', { required: true, inList: true }),
    select(
      'kind',
      'Вид обучения',
      [
        ['qualification', 'Повышение квалификации (ДПП)'],
        ['programme', 'Обучение по иной образовательной программе'],
        ['seminar', 'Семинар'],
        ['e_learning', 'Дистанционный курс'],
      ],
      { required: true, inList: true },
    ),
    select(
      'category',
      'Категория',
      [
        ['officer', 'В обязанности входит противодействие коррупции'],
        ['procurement', 'Участвует в закупках'],
        ['first_time', 'Впервые поступивший на службу, должность в перечне'],
        ['other', 'Иная'],
      ],
      { required: true },
    ),
    yesNo('firstTimeAppointee', 'Впервые поступил на муниципальную службу', { inList: true }),
    text('provider', 'Образовательная организация', { required: true }),
    { key: 'hours', label: 'Объём, часов', type: 'integer' },
    date('startedOn', 'Дата начала', { required: true }),
    date('completedOn', 'Дата окончания', { required: true, inList: true }),
    text('certificate', 'Документ об обучении (номер)', { stage: 'processing', inList: true }),
  ],
  statuses: [
    { code: 'enrolled', label: 'Направлен на обучение' },
    { code: 'completed', label: 'Обучение пройдено', isFinal: true },
    { code: 'cancelled', label: 'Не прошёл обучение', isFinal: true },
  ],
  initialStatus: 'enrolled',
  transitions: [
    {
      action: 'complete',
      label: 'Отметить окончание',
      from: ['enrolled'],
      to: 'completed',
      roles: keepers,
      requires: ['certificate'],
    },
    { action: 'cancel', label: 'Обучение не пройдено', from: ['enrolled'], to: 'cancelled', roles: keepers },
  ],
  deadlines: [],
  readRoles: ['anticorruption_officer', 'admin', 'head', 'hr_officer'],
  registerRoles: keepers,
  isConfidential: false,
  selfService: false,
};
