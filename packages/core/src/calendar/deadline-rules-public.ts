/**
 * Federal default deadlines of work with the public and the courts: anti-corruption expertise, citizens'
 * appeals (59-ФЗ), court cases under КАС РФ гл. 22 (domain.md §10, §11, §13; Appendix A).
 */
import type { DeadlineRule } from './deadline-rule.js';

/** Expertise of acts, citizens' appeals, court cases. */
export const publicDeadlineRules = {
  // §10 Anti-corruption expertise
  'expertise.prosecutor_demand': {
    kind: 'calendar_days',
    amount: 10,
    shift: 'next',
    basis: '172-ФЗ, ст. 4',
    origin: 'federal',
    description:
      'Рассмотрение требования прокурора об изменении нормативного правового акта — не позднее 10 дней со дня поступления',
  },
  'expertise.independent_conclusion': {
    kind: 'calendar_days',
    amount: 30,
    shift: 'next',
    basis: '172-ФЗ, ст. 5',
    origin: 'federal',
    description: 'Рассмотрение заключения независимой антикоррупционной экспертизы — 30 дней со дня получения',
  },
  'expertise.draft_posting': {
    kind: 'calendar_days',
    amount: 7,
    shift: 'next',
    basis: 'ПП РФ от 26.02.2010 № 96; муниципальный порядок',
    origin: 'local_default',
    isUnconfirmed: true,
    description: 'Размещение проекта для независимой антикоррупционной экспертизы — не менее 7 дней',
  },

  // §11 Citizens' appeals. Federal rule moves a weekend last day forward; many municipal regulations move it
  // back ('previous') — an organisation override, not the default (domain.md §0.3).
  'appeal.registration': {
    kind: 'calendar_days',
    amount: 3,
    shift: 'next',
    basis: '59-ФЗ, ст. 8, ч. 2',
    origin: 'federal',
    description: 'Регистрация письменного обращения — 3 дня с момента поступления',
  },
  'appeal.forwarding': {
    kind: 'calendar_days',
    amount: 7,
    shift: 'next',
    basis: '59-ФЗ, ст. 8, ч. 3',
    origin: 'federal',
    description: 'Направление обращения по компетенции — 7 дней со дня регистрации',
  },
  'appeal.answer': {
    kind: 'calendar_days',
    amount: 30,
    shift: 'next',
    basis: '59-ФЗ, ст. 12, ч. 1',
    origin: 'federal',
    extension: { amount: 30, basis: '59-ФЗ, ст. 12, ч. 2' },
    description: 'Рассмотрение обращения гражданина — 30 дней со дня регистрации',
    note: 'Местный регламент может переносить срок, выпавший на выходной, на предшествующий рабочий день',
  },
  'appeal.request_answer': {
    kind: 'calendar_days',
    amount: 15,
    shift: 'next',
    basis: '59-ФЗ, ст. 10, ч. 2',
    origin: 'federal',
    description: 'Ответ на запрос другого органа, рассматривающего обращение, — 15 дней',
  },
  'appeal.illegible_notice': {
    kind: 'calendar_days',
    amount: 7,
    shift: 'next',
    basis: '59-ФЗ, ст. 11, ч. 4',
    origin: 'federal',
    description: 'Сообщение гражданину о том, что обращение не поддаётся прочтению, — 7 дней со дня регистрации',
  },

  // §13 Court cases (КАС РФ гл. 22)
  'court.report': {
    kind: 'months',
    amount: 1,
    shift: 'next',
    basis: 'КАС РФ, ст. 227, ч. 9',
    origin: 'federal',
    description:
      'Сообщение суду и административному истцу об исполнении решения — месяц со дня вступления решения в силу, если суд не установил иной срок',
  },
  'court.appeal_period': {
    kind: 'months',
    amount: 1,
    shift: 'next',
    basis: 'КАС РФ, ст. 298',
    origin: 'federal',
    description: 'Апелляционная жалоба — месяц со дня принятия решения в окончательной форме',
  },
} satisfies Record<string, DeadlineRule>;
