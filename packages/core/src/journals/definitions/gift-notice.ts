import type { JournalDefinition } from '../types.js';
import { area, date, keepers, officers, select, text } from './common.js';

/**
 * Уведомление о получении подарка and the gift's path through storage, valuation and buy-out
 * (ГК РФ ст. 575; 25-ФЗ ст. 14 ч. 1 п. 5; ПП РФ от 09.01.2014 № 10; domain.md §6). The entries that reach
 * «передан на хранение» form the register of gifts (журнал учета подарков).
 */
export const giftNotice: JournalDefinition = {
  code: 'gift-notice',
  title: 'Журнал регистрации уведомлений о получении подарков',
  shortTitle: 'Подарки',
  formTitle: 'Уведомление о получении подарка',
  legalBasis: 'ГК РФ ст. 575; 25-ФЗ ст. 14 ч. 1 п. 5; постановление Правительства РФ от 09.01.2014 № 10',
  measures: ['1.7'],
  subject: 'employee',
  subjectLabel: 'Лицо, получившее подарок',
  periodField: 'receivedOn',
  fields: [
    date('receivedOn', 'Дата получения подарка', { required: true, inList: true }),
    date('returnedFromTripOn', 'Дата возвращения из служебной командировки (если подарок получен в командировке)', {
      help: 'Срок 3 рабочих дня считается со дня возвращения',
    }),
    text('eventName', 'Протокольное (официальное) мероприятие, место и дата', { required: true, inList: true }),
    text('giftName', 'Наименование подарка', { required: true, inList: true }),
    area('giftDescription', 'Характеристика подарка, его описание'),
    { key: 'quantity', label: 'Количество предметов', type: 'integer', required: true },
    {
      key: 'declaredValue',
      label: 'Стоимость по документам, руб.',
      type: 'money',
      inList: true,
      help: 'Заполняется при наличии документов (кассовый чек, товарный чек)',
    },
    text('documents', 'Прилагаемые документы'),
    text('handoverAct', 'Номер и дата акта приема-передачи', { stage: 'processing' }),
    date('handedOverOn', 'Дата передачи на хранение', { stage: 'processing' }),
    text('storagePlace', 'Место хранения', { stage: 'processing' }),
    { key: 'assessedValue', label: 'Стоимость по оценке, руб.', type: 'money', stage: 'processing', inList: true },
    date('valuedOn', 'Дата оценки', { stage: 'processing' }),
    date('buyoutRequestedOn', 'Дата заявления о выкупе', { stage: 'processing' }),
    date('buyoutPaidOn', 'Дата оплаты выкупа', { stage: 'processing' }),
    select(
      'outcome',
      'Итог',
      [
        ['retained', 'Оставлен лицу (стоимость не более 3 000 руб.)'],
        ['returned', 'Возвращён по акту'],
        ['bought_out', 'Выкуплен'],
        ['in_use', 'Используется органом'],
        ['sold', 'Реализован'],
        ['donated', 'Передан благотворительной организации'],
        ['destroyed', 'Уничтожен'],
      ],
      { stage: 'processing', inList: true },
    ),
    text('outcomeDocument', 'Документ о решении (номер, дата)', { stage: 'processing' }),
  ],
  statuses: [
    { code: 'registered', label: 'Зарегистрировано' },
    { code: 'retained', label: 'Оставлен лицу (не более 3 000 руб.)', isFinal: true },
    { code: 'handed_over', label: 'Передан на хранение' },
    { code: 'valued', label: 'Оценён' },
    { code: 'returned', label: 'Возвращён', isFinal: true },
    { code: 'on_balance', label: 'Принят к учёту' },
    { code: 'buyout_requested', label: 'Заявление о выкупе' },
    { code: 'bought_out', label: 'Выкуплен', isFinal: true },
    { code: 'disposed', label: 'Использован / реализован / передан / уничтожен', isFinal: true },
  ],
  initialStatus: 'registered',
  transitions: [
    // ГК РФ ст. 575 п. 1 пп. 3: only a gift worth 3 000 ₽ or less stays with the person.
    {
      action: 'retain',
      label: 'Оставить лицу (стоимость не более 3 000 руб.)',
      from: ['registered'],
      to: 'retained',
      roles: keepers,
      requires: ['declaredValue'],
      guard: {
        field: 'declaredValue',
        op: 'lte',
        value: 3000,
        message: 'Подарок стоимостью более 3 000 руб. сдаётся на хранение (ГК РФ ст. 575)',
      },
    },
    {
      action: 'hand_over',
      label: 'Принять на хранение по акту',
      from: ['registered'],
      to: 'handed_over',
      roles: keepers,
      requires: ['handoverAct', 'handedOverOn'],
    },
    {
      action: 'value',
      label: 'Внести результат оценки',
      from: ['handed_over'],
      to: 'valued',
      roles: keepers,
      requires: ['assessedValue', 'valuedOn'],
    },
    {
      action: 'return',
      label: 'Вернуть (стоимость не более 3 000 руб.)',
      from: ['valued'],
      to: 'returned',
      roles: keepers,
      guard: {
        field: 'assessedValue',
        op: 'lte',
        value: 3000,
        message: 'По оценке подарок дороже 3 000 руб.: он принимается к учёту, а не возвращается',
      },
    },
    {
      action: 'put_on_balance',
      label: 'Принять к учёту (более 3 000 руб.)',
      from: ['valued'],
      to: 'on_balance',
      roles: keepers,
      guard: {
        field: 'assessedValue',
        op: 'gt',
        value: 3000,
        message: 'По оценке подарок стоит не более 3 000 руб.: он возвращается лицу',
      },
    },
    {
      action: 'request_buyout',
      label: 'Зарегистрировать заявление о выкупе',
      from: ['on_balance'],
      to: 'buyout_requested',
      roles: keepers,
      requires: ['buyoutRequestedOn'],
    },
    {
      action: 'buy_out',
      label: 'Отметить выкуп',
      from: ['buyout_requested'],
      to: 'bought_out',
      roles: officers,
      requires: ['buyoutPaidOn'],
    },
    {
      action: 'dispose',
      label: 'Отметить использование / реализацию',
      from: ['on_balance', 'buyout_requested'],
      to: 'disposed',
      roles: officers,
      requires: ['outcome', 'outcomeDocument'],
    },
  ],
  deadlines: [
    // ПП РФ № 10, п. 5: notify within 3 working days of receipt (of return from the trip).
    {
      code: 'notice',
      title: 'Уведомление о подарке',
      rule: 'gift.notice',
      startsFrom: { field: 'receivedOn' },
      metBy: ['registered'],
    },
    // ПП РФ № 10, п. 7: hand over within 5 working days of registration when over 3 000 ₽ or unknown.
    {
      code: 'handover',
      title: 'Сдача подарка на хранение',
      rule: 'gift.handover',
      startsFrom: 'registeredAt',
      metBy: ['handed_over', 'valued', 'returned', 'on_balance', 'buyout_requested', 'bought_out', 'disposed'],
      when: { field: 'declaredValue', op: 'empty_or_gt', value: 3000 },
    },
    // ПП РФ № 10, п. 12: buy-out application within 2 months of hand-over.
    {
      code: 'buyout_application',
      title: 'Заявление о выкупе',
      rule: 'gift.buyout_application',
      startsFrom: { field: 'handedOverOn' },
      metBy: ['buyout_requested', 'bought_out', 'disposed', 'returned'],
    },
    // ПП РФ № 10, п. 13: valuation for buy-out within 3 months of the application.
    {
      code: 'buyout_valuation',
      title: 'Оценка для выкупа',
      rule: 'gift.buyout_valuation',
      startsFrom: { field: 'buyoutRequestedOn' },
      metBy: ['bought_out', 'disposed'],
    },
  ],
  readRoles: ['anticorruption_officer', 'hr_officer', 'admin', 'head'],
  registerRoles: keepers,
  isConfidential: false,
  selfService: true,
};
