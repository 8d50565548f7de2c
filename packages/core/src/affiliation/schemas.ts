/**
 * Affiliation review (выявление личной заинтересованности): the statuses of a found link, the
 * roles of a counterparty person, and the shapes the server and the web client exchange.
 * Method: Mintrud recommendations of 19.05.2020 on personal interest in procurement — a profile
 * of each employee and counterparty, a comparison, a decision by the working group (domain.md §4.2).
 */
import { z } from 'zod';

/**
 * Where a link stands in the working group's queue. `new` — found by a check, not yet looked at;
 * `needs_check` — «требует проверки» (more information is being gathered); `confirmed` —
 * «подтверждено»; `rejected` — «не подтверждено» (a reason is required); `referred` — sent to the
 * commission on conduct and conflict of interest (Указ № 821 п. 16) with the case reference.
 */
export const linkStatuses = ['new', 'needs_check', 'confirmed', 'rejected', 'referred'] as const;
export type LinkStatus = (typeof linkStatuses)[number];

export const linkStatusLabels: Record<LinkStatus, string> = {
  new: 'Новая',
  needs_check: 'Требует проверки',
  confirmed: 'Подтверждена',
  rejected: 'Не подтверждена',
  referred: 'Направлена в комиссию',
};

/** Decisions a reviewer may make from each status. A decided link reopens only when its evidence changes. */
export const linkTransitions: Record<LinkStatus, readonly LinkStatus[]> = {
  new: ['needs_check', 'confirmed', 'rejected', 'referred'],
  needs_check: ['confirmed', 'rejected', 'referred'],
  confirmed: ['referred', 'needs_check'],
  rejected: ['needs_check'],
  referred: [],
};

/** Statuses that count as «decided»: a new check keeps them while the evidence is the same. */
export const decidedLinkStatuses: readonly LinkStatus[] = ['confirmed', 'rejected', 'referred'];

/** How a person stands to a counterparty (ЕГРЮЛ/ЕГРИП roles and contact persons). */
export const counterpartyRoles = ['director', 'founder', 'entrepreneur', 'contact'] as const;
export type CounterpartyRoleCode = (typeof counterpartyRoles)[number];
export const counterpartyRoleLabels: Record<CounterpartyRoleCode, string> = {
  director: 'руководитель',
  founder: 'учредитель (участник)',
  entrepreneur: 'индивидуальный предприниматель',
  contact: 'контактное лицо',
};

/** Where a counterparty row came from. */
export const counterpartySources = ['import', 'institution', 'procurement'] as const;
export type CounterpartySource = (typeof counterpartySources)[number];

export const linkDecisionInput = z
  .object({
    status: z.enum(['needs_check', 'confirmed', 'rejected', 'referred'], { message: 'Выберите решение' }),
    comment: z.string().trim().max(4000).optional(),
    /**
     * Номер (и дата) материала комиссии, when the link is referred to a case kept outside Antikor; without it a
     * referral opens the commission's case itself (Указ № 821, п. 16 подп. «в»: представление).
     */
    caseRef: z.string().trim().max(200).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'rejected' && !v.comment)
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'Укажите, почему связь не подтверждена' });
  });
export type LinkDecisionInput = z.infer<typeof linkDecisionInput>;

export const linkListQuery = z.object({
  status: z.enum([...linkStatuses, 'open', 'decided', 'all']).default('open'),
  q: z.string().trim().max(200).optional(),
  basis: z.enum(['same-person', 'shared-contact']).optional(),
  minScore: z.coerce.number().min(0).max(1).optional(),
  /** Only links the latest check still finds (default), or also those it no longer does. */
  current: z.enum(['true', 'all']).default('true'),
  employeeId: z.string().uuid().optional(),
  orgId: z.string().uuid().optional(),
  sort: z.enum(['-score', 'score', '-foundAt', 'employee', 'company']).default('-score'),
});
export type LinkListQuery = z.input<typeof linkListQuery>;

export const runInput = z.object({
  orgId: z.string().uuid().optional(),
  /** Whose profiles: every active employee, or only those in declarant positions (273-ФЗ ст. 8). */
  scope: z.enum(['all', 'declarants']).default('all'),
  /** Links below this score are not stored; 0.5 is the engine's line between «report» and «don't». */
  minScore: z.coerce
    .number({ message: 'Порог — число от 0,3 до 0,95' })
    .min(0.3, 'Порог не ниже 0,3: ниже совпадения случайны')
    .max(0.95, 'Порог не выше 0,95')
    .default(0.5),
});
export type RunInput = z.input<typeof runInput>;

const optText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || undefined)
    .optional();

/** A candidate for a position (гражданин, претендующий на замещение должности) to check before appointment. */
export const candidateCheckInput = z.object({
  orgId: z.string().uuid().optional(),
  lastName: z.string().trim().min(1, 'Фамилия: обязательное поле').max(100),
  firstName: z.string().trim().min(1, 'Имя: обязательное поле').max(100),
  middleName: optText(100),
  birthDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата рождения: ГГГГ-ММ-ДД')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  inn: z
    .string()
    .trim()
    .regex(/^(\d{12})?$/, 'ИНН физического лица: 12 цифр')
    .transform((v) => v || undefined)
    .optional(),
  phones: z.array(z.string().trim().min(1).max(50)).max(10).default([]),
  emails: z.array(z.string().trim().email('Неверный адрес электронной почты')).max(10).default([]),
  addresses: z.array(z.string().trim().min(1).max(500)).max(10).default([]),
  position: optText(300),
  note: optText(2000),
});
export type CandidateCheckInput = z.input<typeof candidateCheckInput>;
