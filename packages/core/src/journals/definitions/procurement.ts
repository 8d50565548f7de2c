import type { JournalDefinition } from '../types.js';
import { area, date, select, text } from './common.js';

/**
 * Реестр закупок для муниципальных нужд (мониторинг, measure 4.1; 44-ФЗ ст. 24 — competitive methods; domain.md
 * §4.2): each notice published in the ЕИС, how it ended, the contract and its price. The annual report's
 * procurement figures (notices, completed procedures, contracts, initial and contract prices, savings) are
 * counted from it, and its suppliers (their ИНН, an entrepreneur's personal ИНН, contacts) are counterparties the
 * affiliation checks compare with staff and their relatives.
 */
export const procurement: JournalDefinition = {
  code: 'procurement',
  title: 'Реестр закупок товаров, работ, услуг для обеспечения муниципальных нужд (мониторинг)',
  shortTitle: 'Закупки',
  formTitle: 'Карточка закупки',
  legalBasis: '44-ФЗ ст. 6, 24; 273-ФЗ ст. 11 (личная заинтересованность при закупках)',
  measures: ['4.1'],
  subject: 'none',
  subjectLabel: '',
  periodField: 'noticeOn',
  fields: [
    text('noticeNumber', 'Номер извещения в ЕИС', { required: true, inList: true }),
    date('noticeOn', 'Дата размещения извещения', { required: true, inList: true }),
    select(
      'method',
      'Способ определения поставщика',
      [
        ['e_auction', 'Электронный аукцион'],
        ['e_tender', 'Электронный конкурс'],
        ['e_quotation', 'Электронный запрос котировок'],
        ['single_supplier', 'Закупка у единственного поставщика'],
      ],
      { required: true, inList: true },
    ),
    area('object', 'Объект закупки', { required: true, inList: true }),
    text('customer', 'Заказчик', { required: true }),
    {
      key: 'initialPrice',
      label: 'Начальная (максимальная) цена контракта, руб.',
      type: 'money',
      required: true,
      inList: true,
    },
    { key: 'bids', label: 'Подано заявок', type: 'integer', stage: 'processing' },
    text('supplierName', 'Поставщик (подрядчик, исполнитель)', { stage: 'processing', inList: true }),
    { key: 'supplierInn', label: 'ИНН поставщика', type: 'inn', stage: 'processing' },
    // The supplier's contacts as the contract gives them: the affiliation check compares them with staff.
    text('supplierAddress', 'Адрес поставщика', { stage: 'processing' }),
    text('supplierPhone', 'Телефон поставщика', { stage: 'processing' }),
    text('supplierEmail', 'Электронная почта поставщика', { stage: 'processing' }),
    text('contractNumber', 'Номер контракта (реестровый)', { stage: 'processing' }),
    date('contractOn', 'Дата заключения контракта', { stage: 'processing' }),
    { key: 'contractPrice', label: 'Цена контракта, руб.', type: 'money', stage: 'processing', inList: true },
    area('failureReason', 'Причина, по которой закупка не состоялась', { stage: 'processing' }),
  ],
  statuses: [
    { code: 'published', label: 'Извещение размещено' },
    { code: 'determined', label: 'Поставщик определён' },
    { code: 'contracted', label: 'Контракт заключён', isFinal: true },
    { code: 'failed', label: 'Не состоялась', isFinal: true },
    { code: 'cancelled', label: 'Отменена', isFinal: true },
  ],
  initialStatus: 'published',
  transitions: [
    {
      action: 'determine',
      label: 'Поставщик определён',
      from: ['published'],
      to: 'determined',
      roles: ['contract_service', 'anticorruption_officer', 'admin'],
      requires: ['supplierName', 'supplierInn'],
    },
    {
      action: 'contract',
      label: 'Контракт заключён',
      from: ['determined'],
      to: 'contracted',
      roles: ['contract_service', 'anticorruption_officer', 'admin'],
      requires: ['contractNumber', 'contractOn', 'contractPrice'],
    },
    {
      action: 'fail',
      label: 'Закупка не состоялась',
      from: ['published', 'determined'],
      to: 'failed',
      roles: ['contract_service', 'anticorruption_officer', 'admin'],
      requires: ['failureReason'],
    },
    {
      action: 'cancel',
      label: 'Отменить закупку',
      from: ['published'],
      to: 'cancelled',
      roles: ['contract_service', 'anticorruption_officer', 'admin'],
      requires: ['failureReason'],
    },
  ],
  deadlines: [],
  readRoles: ['contract_service', 'anticorruption_officer', 'admin', 'head'],
  registerRoles: ['contract_service', 'anticorruption_officer', 'admin'],
  isConfidential: false,
  selfService: false,
};
