/** Request schemas of the commission API, shared by the server (validation) and the web client (forms). */
import { z } from 'zod';
import { isIsoDate } from '../calendar/iso-date.js';
import { caseSourceKinds, commissionGrounds } from './grounds.js';
import { itemOutcomes, memberRoles, votes } from './statuses.js';

const isoDate = (label: string) =>
  z.string({ error: `${label}: укажите дату` }).refine((v) => isIsoDate(v), `${label}: ожидается дата ГГГГ-ММ-ДД`);
const text = (max: number, required = 'Заполните поле') =>
  z.string({ error: required }).trim().max(max, `Не более ${max} символов`);

export const memberInput = z.object({
  role: z.enum(memberRoles, { error: 'Укажите роль в комиссии' }),
  employeeId: z.string().uuid().nullish(),
  fullName: text(300, 'Укажите ФИО члена комиссии').min(3, 'Укажите ФИО члена комиссии'),
  position: text(500, 'Укажите должность (место работы)').min(2, 'Укажите должность (место работы)'),
  isIndependent: z.boolean().default(false),
  userId: z.string().uuid().nullish(),
});
export type MemberInput = z.input<typeof memberInput>;

export const compositionInput = z
  .object({
    title: text(300, 'Укажите акт об утверждении состава').min(
      3,
      'Укажите акт об утверждении состава (например, «Распоряжение от 10.01.2024 № 5-р»)',
    ),
    validFrom: isoDate('Действует с'),
    validTo: isoDate('Действует по').nullish(),
    members: z.array(memberInput).min(3, 'В составе должно быть не менее трёх человек').max(40),
  })
  .refine((c) => !c.validTo || c.validTo >= c.validFrom, {
    path: ['validTo'],
    message: 'Дата окончания раньше даты начала',
  });
export type CompositionInput = z.input<typeof compositionInput>;

export const caseInput = z.object({
  ground: z.enum(commissionGrounds, { error: 'Укажите основание (Указ № 821, п. 16)' }),
  sourceKind: z.enum(caseSourceKinds).default('manual'),
  /** The source record's id (journal entry, finding, link) or a free reference (verification act number). */
  sourceRef: text(300).nullish(),
  employeeId: z.string().uuid().nullish(),
  /** When the person is not in the staff list (a former employee long gone): ФИО and last position. */
  subjectName: text(500).nullish(),
  receivedOn: isoDate('Дата поступления информации'),
  summary: text(10000, 'Кратко изложите суть вопроса (претензии, материалы)').min(
    5,
    'Кратко изложите суть вопроса (претензии, материалы)',
  ),
  attendIntent: z.boolean().nullish(),
  isAnonymous: z.boolean().default(false),
});
export type CaseInput = z.input<typeof caseInput>;

export const fromEntryInput = z.object({ journalEntryId: z.string().uuid('Неверный идентификатор записи журнала') });

export const caseUpdateInput = z.object({
  summary: text(10000).min(5).optional(),
  materials: text(10000).nullish(),
  conclusionText: text(20000).nullish(),
  conclusionRecommendation: z.string().max(40).nullish(),
  conclusionOn: isoDate('Дата заключения').nullish(),
  requestsSent: z.boolean().optional(),
  reviewExtended: z.boolean().optional(),
  attendIntent: z.boolean().nullish(),
});
export type CaseUpdateInput = z.input<typeof caseUpdateInput>;

/** Steps of a case outside meetings. */
export const caseActionInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('complete_review'), chairReceivedOn: isoDate('Дата передачи председателю') }),
  z.object({
    action: z.literal('send_protocol'),
    protocolSentOn: isoDate('Дата направления протокола представителю нанимателя'),
    extractSentOn: isoDate('Дата вручения выписки служащему').nullish(),
  }),
  z.object({ action: z.literal('send_extract'), extractSentOn: isoDate('Дата вручения выписки служащему') }),
  z.object({
    action: z.literal('head_response'),
    headResponseOn: isoDate('Дата письменного сообщения'),
    headResponseText: text(5000).min(3, 'Изложите решение представителя нанимателя'),
  }),
  z.object({
    action: z.literal('refer_law_enforcement'),
    lawEnforcementOn: isoDate('Дата передачи'),
    lawEnforcementBody: text(500).min(3, 'Укажите орган (прокуратура, полиция)'),
    lawEnforcementNote: text(2000).nullish(),
  }),
  z.object({ action: z.literal('close'), note: text(2000).nullish() }),
  z.object({ action: z.literal('withdraw'), note: text(2000).min(3, 'Укажите причину') }),
]);
export type CaseActionInput = z.input<typeof caseActionInput>;

export const meetingInput = z.object({
  meetingDate: isoDate('Дата заседания'),
  meetingTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/, 'Время ЧЧ:ММ')
    .nullish(),
  place: text(500, 'Укажите место проведения').min(3, 'Укажите место проведения'),
  caseIds: z.array(z.string().uuid()).max(50).default([]),
});
export type MeetingInput = z.input<typeof meetingInput>;

export const meetingUpdateInput = z.object({
  meetingDate: isoDate('Дата заседания').optional(),
  meetingTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/, 'Время ЧЧ:ММ')
    .nullish(),
  place: text(500).min(3).optional(),
  caseIds: z.array(z.string().uuid()).max(50).optional(),
  notifiedOn: isoDate('Дата уведомления').nullish(),
  otherAttendees: text(5000).nullish(),
});

export const attendanceInput = z.object({ presentMemberIds: z.array(z.string().uuid()).max(40) });

export const agendaItemInput = z.object({
  outcome: z.enum(itemOutcomes).nullish(),
  /** Members who declared a personal interest in this item (Указ № 821, п. 21): they do not vote. */
  interestedMemberIds: z.array(z.string().uuid()).max(40).default([]),
  votes: z
    .array(z.object({ memberId: z.string().uuid(), vote: z.enum(votes) }))
    .max(40)
    .default([]),
  decision: z.string().max(40).nullish(),
  decisionText: text(20000).nullish(),
  claims: text(10000).nullish(),
  explanations: text(10000).nullish(),
  speakers: text(10000).nullish(),
  otherInfo: text(10000).nullish(),
  employeeAttended: z.boolean().nullish(),
  dissent: text(10000).nullish(),
  lawEnforcementNeeded: z.boolean().default(false),
});
export type AgendaItemInput = z.input<typeof agendaItemInput>;

export const commissionSettingsInput = z
  .object({
    quorumNumerator: z.number().int().min(1).max(10),
    quorumDenominator: z.number().int().min(1).max(10),
    blockAnonymous: z.boolean().default(true),
  })
  .refine((s) => s.quorumNumerator <= s.quorumDenominator, {
    path: ['quorumNumerator'],
    message: 'Кворум не может превышать весь состав',
  })
  .refine((s) => s.quorumNumerator * 2 > s.quorumDenominator, {
    path: ['quorumNumerator'],
    message: 'Кворум должен быть больше половины состава',
  });
