import type { JournalDefinition } from '../types.js';
import { area, date, officers, select, text, yesNo } from './common.js';

/**
 * Уведомление о фактах обращения в целях склонения к совершению коррупционных правонарушений (273-ФЗ ст. 9;
 * domain.md §7). Confidential: the notifier is under the state's protection (ст. 9 ч. 4), so only the head,
 * the anti-corruption officer and the commission see it — not the notifier's department head.
 */
export const inducementNotice: JournalDefinition = {
  code: 'inducement-notice',
  title:
    'Журнал регистрации уведомлений о фактах обращения в целях склонения муниципальных служащих к совершению коррупционных правонарушений',
  shortTitle: 'Склонение к коррупции',
  formTitle: 'Уведомление о факте обращения в целях склонения к совершению коррупционного правонарушения',
  legalBasis: '273-ФЗ ст. 9; муниципальный порядок уведомления',
  measures: ['1.8'],
  subject: 'employee',
  subjectLabel: 'Уведомитель',
  periodField: 'approachedAt',
  fields: [
    { key: 'approachedAt', label: 'Дата и время обращения', type: 'datetime', required: true, inList: true },
    text('approachPlace', 'Место обращения', { required: true }),
    area('inducers', 'Сведения о лицах, обратившихся в целях склонения (ФИО, должность, организация)', {
      required: true,
    }),
    area('essence', 'Сущность предполагаемого правонарушения (какое действие (бездействие) предлагалось совершить)', {
      required: true,
      inList: true,
    }),
    select(
      'method',
      'Способ склонения',
      [
        ['bribe', 'Подкуп'],
        ['threat', 'Угроза'],
        ['deception', 'Обман'],
        ['promise', 'Обещание'],
        ['other', 'Иное'],
      ],
      { required: true },
    ),
    area('response', 'Ответ служащего (отказ и т. п.)'),
    area('witnesses', 'Свидетели, доказательства'),
    yesNo('lawEnforcementAlreadyInformed', 'Правоохранительные органы уже уведомлены'),
    date('reportedToHeadOn', 'Дата доклада представителю нанимателя', { stage: 'processing' }),
    text('lawEnforcementBody', 'Куда направлено (прокуратура, МВД, ФСБ)', { stage: 'processing' }),
    date('sentToLawEnforcementOn', 'Дата направления в правоохранительные органы', {
      stage: 'processing',
      inList: true,
    }),
    area('checkResult', 'Результат проверки', { stage: 'processing' }),
  ],
  statuses: [
    { code: 'registered', label: 'Зарегистрировано' },
    { code: 'reported_to_head', label: 'Доложено представителю нанимателя' },
    { code: 'sent_to_law_enforcement', label: 'Направлено в правоохранительные органы' },
    { code: 'closed', label: 'Проверка завершена', isFinal: true },
  ],
  initialStatus: 'registered',
  transitions: [
    {
      action: 'report',
      label: 'Доложить представителю нанимателя',
      from: ['registered'],
      to: 'reported_to_head',
      roles: officers,
      requires: ['reportedToHeadOn'],
    },
    {
      action: 'forward',
      label: 'Направить в правоохранительные органы',
      from: ['reported_to_head'],
      to: 'sent_to_law_enforcement',
      roles: officers,
      requires: ['lawEnforcementBody', 'sentToLawEnforcementOn'],
    },
    {
      action: 'close',
      label: 'Внести результат проверки',
      from: ['reported_to_head', 'sent_to_law_enforcement'],
      to: 'closed',
      roles: officers,
      requires: ['checkResult'],
    },
  ],
  deadlines: [
    {
      code: 'notice',
      title: 'Уведомление о склонении',
      rule: 'inducement.notice',
      startsFrom: { field: 'approachedAt' },
      metBy: ['registered'],
    },
  ],
  readRoles: ['anticorruption_officer', 'admin', 'head', 'commission_member'],
  registerRoles: officers,
  isConfidential: true,
  selfService: true,
};
