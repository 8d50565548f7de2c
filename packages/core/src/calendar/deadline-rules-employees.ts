/**
 * Federal default deadlines of employees' duties: declarations, other paid work, gifts, inducement reports,
 * training and penalties (domain.md §3, §5, §6, §7, §14; Appendix A).
 */
import type { DeadlineRule } from './deadline-rule.js';

const DECREE_1065 = 'Указ Президента РФ от 21.09.2009 № 1065';
const DECREE_613 = 'Указ Президента РФ от 08.07.2013 № 613';
const GIFTS = 'ПП РФ от 09.01.2014 № 10';

/** Declarations, other paid work, gifts, inducement, training, penalties. */
export const employeeDeadlineRules = {
  // §3 Declarations of income, expenses and property
  'declarations.deadline': {
    kind: 'fixed_date',
    amount: 0,
    fixedDate: '04-30',
    shift: 'next',
    basis: '273-ФЗ, ст. 8; 25-ФЗ, ст. 15',
    origin: 'federal',
    description:
      'Представление сведений о доходах, расходах, об имуществе — не позднее 30 апреля года, следующего за отчётным',
  },
  'declarations.clarify': {
    kind: 'months',
    amount: 1,
    shift: 'next',
    basis: 'Указ Президента РФ от 18.05.2009 № 559, п. 8; муниципальный порядок',
    origin: 'federal',
    description: 'Уточнённые сведения — в течение месяца после окончания срока представления сведений',
  },
  'declarations.publication': {
    kind: 'working_days',
    amount: 14,
    shift: 'next',
    basis: DECREE_613,
    origin: 'federal',
    description: 'Размещение сведений на официальном сайте — 14 рабочих дней со дня истечения срока их подачи',
    note: 'Размещение приостановлено на период специальной военной операции (Указ Президента РФ от 29.12.2022 № 968)',
  },
  'declarations.media_inform_declarant': {
    kind: 'working_days',
    amount: 3,
    shift: 'next',
    basis: DECREE_613,
    origin: 'federal',
    description: 'Сообщение служащему о запросе СМИ — 3 рабочих дня со дня поступления запроса',
  },
  'declarations.media_provide': {
    kind: 'working_days',
    amount: 7,
    shift: 'next',
    basis: DECREE_613,
    origin: 'federal',
    description: 'Представление сведений по запросу СМИ (если они не размещены на сайте) — 7 рабочих дней',
  },
  'declarations.verification': {
    kind: 'calendar_days',
    amount: 60,
    shift: 'next',
    basis: DECREE_1065,
    origin: 'federal',
    extension: { amount: 30, basis: DECREE_1065 },
    description: 'Проверка достоверности и полноты сведений — до 60 дней со дня решения о её проведении',
  },
  'declarations.verification_notice': {
    kind: 'working_days',
    amount: 2,
    shift: 'next',
    basis: DECREE_1065,
    origin: 'federal',
    description: 'Уведомление служащего о начале проверки — 2 рабочих дня',
  },
  'declarations.verification_interview': {
    kind: 'working_days',
    amount: 7,
    shift: 'next',
    basis: DECREE_1065,
    origin: 'federal',
    description: 'Беседа со служащим по его обращению при проверке — 7 рабочих дней',
  },

  // §5 Other paid work: "prior notification" in law, the number of days is local.
  'other_work.notice': {
    kind: 'working_days',
    amount: -10,
    shift: 'next',
    basis: '25-ФЗ, ст. 11, ч. 2; муниципальный порядок',
    origin: 'local_default',
    isUnconfirmed: true,
    description:
      'Уведомление о намерении выполнять иную оплачиваемую работу — не позднее чем за 10 рабочих дней до её начала',
  },

  // §6 Gifts (Типовое положение, ПП РФ № 10)
  'gift.notice': {
    kind: 'working_days',
    amount: 3,
    shift: 'next',
    basis: `${GIFTS}, п. 5`,
    origin: 'federal',
    description:
      'Уведомление о получении подарка — 3 рабочих дня со дня получения (со дня возвращения из командировки)',
  },
  'gift.handover': {
    kind: 'working_days',
    amount: 5,
    shift: 'next',
    basis: `${GIFTS}, п. 7`,
    origin: 'federal',
    description:
      'Сдача подарка стоимостью более 3 000 рублей (или неизвестной) — 5 рабочих дней со дня регистрации уведомления',
  },
  'gift.buyout_application': {
    kind: 'months',
    amount: 2,
    shift: 'next',
    basis: `${GIFTS}, п. 12`,
    origin: 'federal',
    description: 'Заявление о выкупе подарка — не позднее двух месяцев со дня сдачи подарка',
  },
  'gift.buyout_valuation': {
    kind: 'months',
    amount: 3,
    shift: 'next',
    basis: `${GIFTS}, п. 13`,
    origin: 'federal',
    description: 'Оценка подарка для выкупа и уведомление заявителя — 3 месяца со дня поступления заявления',
  },
  'gift.buyout_payment': {
    kind: 'months',
    amount: 1,
    shift: 'next',
    basis: `${GIFTS}, п. 13`,
    origin: 'federal',
    isUnconfirmed: true,
    description: 'Выкуп подарка или отказ от выкупа — в течение месяца со дня уведомления о результатах оценки',
  },

  // §7 Inducement to corruption
  'inducement.notice': {
    kind: 'working_days',
    amount: 1,
    shift: 'next',
    basis: '273-ФЗ, ст. 9; муниципальный порядок',
    origin: 'local_default',
    isUnconfirmed: true,
    description:
      'Уведомление о склонении к коррупционному правонарушению — незамедлительно, не позднее следующего рабочего дня',
  },

  // §14, §3: training and penalties
  'training.newly_appointed': {
    kind: 'months',
    amount: 12,
    shift: 'next',
    basis: 'Указ Президента РФ от 16.08.2021 № 478; план противодействия коррупции',
    origin: 'local_default',
    isUnconfirmed: true,
    description: 'Обучение впервые назначенных на должности из перечня — в течение года со дня назначения',
  },
  'penalty.from_discovery': {
    kind: 'months',
    amount: 6,
    shift: 'next',
    basis: '25-ФЗ, ст. 27.1',
    origin: 'federal',
    description: 'Взыскание за коррупционное правонарушение — не позднее 6 месяцев со дня поступления информации о нём',
  },
  'penalty.from_offence': {
    kind: 'months',
    amount: 36,
    shift: 'next',
    basis: '25-ФЗ, ст. 27.1',
    origin: 'federal',
    description: 'Взыскание за коррупционное правонарушение — не позднее 3 лет со дня его совершения',
  },
} satisfies Record<string, DeadlineRule>;
