/**
 * The organisation model shared by the server (validation, OpenAPI) and the web client (forms):
 * organisations as a tree, structural subdivisions, positions, persons, employees and their
 * relatives and in-laws (родственники и свойственники, 273-ФЗ ст. 10 ч. 1).
 */
import { z } from 'zod';
import { roles } from '../access/roles.js';

/** 'YYYY-MM-DD', a calendar date without time zone. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата в формате ГГГГ-ММ-ДД')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'Несуществующая дата',
    },
  );

const name = (label: string) => z.string().trim().min(1, `${label}: обязательное поле`).max(100);
const optText = (max = 500) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** ИНН физического лица: 12 digits with two check digits (ФНС algorithm). */
export function isValidPersonInn(inn: string): boolean {
  if (!/^\d{12}$/.test(inn)) return false;
  const d = [...inn].map(Number);
  const check = (weights: number[]) => (weights.reduce((s, w, i) => s + w * d[i], 0) % 11) % 10;
  return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
}

/** ИНН юридического лица: 10 digits with one check digit. */
export function isValidOrgInn(inn: string): boolean {
  if (!/^\d{10}$/.test(inn)) return false;
  const d = [...inn].map(Number);
  return ([2, 4, 10, 3, 5, 9, 4, 6, 8].reduce((s, w, i) => s + w * d[i], 0) % 11) % 10 === d[9];
}

const personInn = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isValidPersonInn(v), 'ИНН физического лица: 12 цифр с верной контрольной суммой');

export const organisationKinds = ['administration', 'body', 'institution'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
export const organisationKindLabels: Record<OrganisationKind, string> = {
  administration: 'Администрация',
  body: 'Орган с правами юридического лица',
  institution: 'Подведомственное муниципальное учреждение',
};

export const organisationInput = z.object({
  parentId: z.string().uuid().nullish(),
  kind: z.enum(organisationKinds),
  name: z.string().trim().min(3, 'Наименование: не короче 3 символов').max(500),
  shortName: optText(200),
  inn: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isValidOrgInn(v), 'ИНН организации: 10 цифр с верной контрольной суммой'),
  address: optText(),
});
export type OrganisationInput = z.input<typeof organisationInput>;

export const organisation = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(organisationKinds),
  name: z.string(),
  shortName: z.string().nullable(),
  inn: z.string().nullable(),
  address: z.string().nullable(),
});
export type Organisation = z.infer<typeof organisation>;

export const subdivisionInput = z.object({
  orgId: z.string().uuid().optional(),
  parentId: z.string().uuid().nullish(),
  name: z.string().trim().min(3, 'Наименование: не короче 3 символов').max(500),
  shortName: optText(200),
  isActive: z.boolean().default(true),
});
export const subdivision = z.object({
  id: z.string(),
  orgId: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  isActive: z.boolean(),
  employeeCount: z.number().int().optional(),
});
export type Subdivision = z.infer<typeof subdivision>;

/** Группы должностей муниципальной службы (25-ФЗ ст. 6; the region's law sets the register). */
export const positionGroups = ['highest', 'chief', 'leading', 'senior', 'junior', 'none'] as const;
export const positionGroupLabels: Record<(typeof positionGroups)[number], string> = {
  highest: 'Высшая',
  chief: 'Главная',
  leading: 'Ведущая',
  senior: 'Старшая',
  junior: 'Младшая',
  none: 'Не должность муниципальной службы',
};

export const positionInput = z.object({
  orgId: z.string().uuid().optional(),
  subdivisionId: z.string().uuid().nullish(),
  title: z.string().trim().min(2, 'Наименование должности: обязательное поле').max(300),
  group: z.enum(positionGroups).default('none'),
  /** «включена в перечень должностей»: the holder files income declarations (273-ФЗ ст. 8). */
  isDeclarant: z.boolean().default(false),
  isActive: z.boolean().default(true),
});
export const position = z.object({
  id: z.string(),
  orgId: z.string(),
  subdivisionId: z.string().nullable(),
  title: z.string(),
  group: z.enum(positionGroups),
  isDeclarant: z.boolean(),
  isActive: z.boolean(),
});
export type Position = z.infer<typeof position>;

/** A natural person: an employee or a relative. Contact fields feed the affiliation checks. */
export const personInput = z.object({
  lastName: name('Фамилия'),
  firstName: name('Имя'),
  middleName: optText(100),
  birthDate: isoDate.nullish().transform((v) => v ?? null),
  birthPlace: optText(),
  inn: personInn,
  snils: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v.replace(/\D/g, '') : null))
    .refine((v) => v === null || /^\d{11}$/.test(v), 'СНИЛС: 11 цифр'),
  phones: z.array(z.string().trim().min(5).max(30)).max(10).default([]),
  emails: z.array(z.string().trim().email('Неверный адрес электронной почты')).max(10).default([]),
  addresses: z.array(z.string().trim().min(5).max(500)).max(5).default([]),
});
export type PersonInput = z.input<typeof personInput>;
export const person = z.object({
  id: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  birthDate: z.string().nullable(),
  birthPlace: z.string().nullable(),
  inn: z.string().nullable(),
  snils: z.string().nullable(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  addresses: z.array(z.string()),
});
export type Person = z.infer<typeof person>;

export const employeeKinds = ['municipal_employee', 'institution_head', 'worker'] as const;
export type EmployeeKind = (typeof employeeKinds)[number];
export const employeeKindLabels: Record<EmployeeKind, string> = {
  municipal_employee: 'Муниципальный служащий',
  institution_head: 'Руководитель муниципального учреждения',
  worker: 'Работник (не муниципальный служащий)',
};

const employeeFields = z.object({
  personnelNumber: optText(50),
  positionId: z.string().uuid({ message: 'Выберите должность' }),
  subdivisionId: z.string().uuid({ message: 'Выберите подразделение' }).nullish(),
  kind: z.enum(employeeKinds),
  hiredAt: isoDate,
  dismissedAt: isoDate.nullish().transform((v) => v ?? null),
});
const hireBeforeDismissal = (v: { hiredAt?: string; dismissedAt?: string | null }) =>
  !v.hiredAt || !v.dismissedAt || v.dismissedAt >= v.hiredAt;

export const employeeInput = employeeFields
  .extend({ person: personInput })
  .refine(hireBeforeDismissal, { message: 'Дата увольнения раньше даты приёма', path: ['dismissedAt'] });
export type EmployeeInput = z.input<typeof employeeInput>;
export const employeePatch = employeeFields
  .partial()
  .extend({ person: personInput.partial().optional() })
  .refine(hireBeforeDismissal, { message: 'Дата увольнения раньше даты приёма', path: ['dismissedAt'] });

export const employee = z.object({
  id: z.string(),
  orgId: z.string(),
  personnelNumber: z.string().nullable(),
  person,
  positionId: z.string(),
  positionTitle: z.string(),
  isDeclarant: z.boolean(),
  subdivisionId: z.string().nullable(),
  subdivisionName: z.string().nullable(),
  kind: z.enum(employeeKinds),
  hiredAt: z.string(),
  dismissedAt: z.string().nullable(),
  relativeCount: z.number().int(),
});
export type Employee = z.infer<typeof employee>;

export const employeeListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  subdivisionId: z.string().uuid().optional(),
  kind: z.enum(employeeKinds).optional(),
  isDeclarant: z.enum(['true', 'false']).optional(),
  status: z.enum(['active', 'dismissed', 'all']).default('active'),
  sort: z.enum(['name', '-name', 'hiredAt', '-hiredAt', 'subdivision']).default('name'),
});

/** Степень родства или свойства (анкета 667-р, п. 13; 273-ФЗ ст. 10 ч. 1 counts affinity too). */
export const relations = [
  'spouse',
  'former_spouse',
  'father',
  'mother',
  'brother',
  'sister',
  'son',
  'daughter',
  'spouse_father',
  'spouse_mother',
  'spouse_brother',
  'spouse_sister',
  'spouse_child',
  'child_spouse',
  'other',
] as const;
export type Relation = (typeof relations)[number];
export const relationLabels: Record<Relation, string> = {
  spouse: 'Супруг(а)',
  former_spouse: 'Бывший(ая) супруг(а)',
  father: 'Отец',
  mother: 'Мать',
  brother: 'Брат',
  sister: 'Сестра',
  son: 'Сын',
  daughter: 'Дочь',
  spouse_father: 'Отец супруга(и)',
  spouse_mother: 'Мать супруга(и)',
  spouse_brother: 'Брат супруга(и)',
  spouse_sister: 'Сестра супруга(и)',
  spouse_child: 'Ребёнок супруга(и)',
  child_spouse: 'Супруг(а) ребёнка',
  other: 'Иное',
};
/** Свойственники: relatives by marriage. */
export const inLawRelations: readonly Relation[] = [
  'spouse_father',
  'spouse_mother',
  'spouse_brother',
  'spouse_sister',
  'spouse_child',
  'child_spouse',
];

export const relativeInput = z.object({
  relation: z.enum(relations, { message: 'Укажите степень родства' }),
  person: personInput,
  formerNames: optText(300),
  workplace: optText(),
  workPosition: optText(300),
  livesAbroad: z.boolean().default(false),
});
export type RelativeInput = z.input<typeof relativeInput>;
export const relativePatch = relativeInput.partial().extend({ person: personInput.partial().optional() });
export const relative = z.object({
  id: z.string(),
  employeeId: z.string(),
  relation: z.enum(relations),
  person,
  formerNames: z.string().nullable(),
  workplace: z.string().nullable(),
  workPosition: z.string().nullable(),
  livesAbroad: z.boolean(),
});
export type Relative = z.infer<typeof relative>;

export const employeeDetail = employee.extend({ relatives: z.array(relative) });
export type EmployeeDetail = z.infer<typeof employeeDetail>;

/** Users of the system. */
export const userInput = z.object({
  login: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,50}$/, 'Логин: 3–50 латинских букв, цифр, точек, дефисов'),
  fullName: z.string().trim().min(3, 'ФИО: обязательное поле').max(200),
  email: z.string().trim().email('Неверный адрес электронной почты').nullish(),
  roles: z.array(z.enum(roles)).min(1, 'Назначьте хотя бы одну роль'),
  subdivisionId: z.string().uuid().nullish(),
  employeeId: z.string().uuid().nullish(),
});
export const userPatch = userInput.omit({ login: true }).partial().extend({ isActive: z.boolean().optional() });
export const user = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  login: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  roles: z.array(z.enum(roles)),
  subdivisionId: z.string().nullable(),
  employeeId: z.string().nullable(),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof user>;

/** Password policy: long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const newPassword = z.string().min(10, 'Пароль: не короче 10 символов').max(200);
