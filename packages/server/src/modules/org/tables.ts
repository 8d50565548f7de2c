import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** Организация: administration, a body with legal personality, or a subordinate institution. The tenant. */
export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    inn: text('inn'),
    address: text('address'),
    createdAt: createdAt(),
  },
  (t) => [index('organisations_parent_idx').on(t.parentId)],
);

/** Структурное подразделение. */
export const subdivisions = pgTable(
  'subdivisions',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    shortName: text('short_name'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('subdivisions_org_name_uq').on(t.orgId, t.name)],
);

/** Должность; `isDeclarant` = включена в перечень должностей (273-ФЗ ст. 8). */
export const positions = pgTable(
  'positions',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    subdivisionId: uuid('subdivision_id').references(() => subdivisions.id),
    title: text('title').notNull(),
    group: text('group').notNull().default('none'),
    isDeclarant: boolean('is_declarant').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('positions_org_idx').on(t.orgId, t.subdivisionId)],
);

/** A natural person (an employee or a relative): personal data under 152-ФЗ. */
export const persons = pgTable(
  'persons',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name'),
    birthDate: date('birth_date', { mode: 'string' }),
    birthPlace: text('birth_place'),
    inn: text('inn'),
    snils: text('snils'),
    phones: jsonb('phones').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    emails: jsonb('emails').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    addresses: jsonb('addresses').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('persons_org_name_idx').on(t.orgId, t.lastName, t.firstName)],
);

/** Сотрудник: employment of a person in a position. */
export const employees = pgTable(
  'employees',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    personnelNumber: text('personnel_number'),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
    subdivisionId: uuid('subdivision_id').references(() => subdivisions.id),
    kind: text('kind').notNull(),
    hiredAt: date('hired_at', { mode: 'string' }).notNull(),
    dismissedAt: date('dismissed_at', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('employees_org_sub_idx').on(t.orgId, t.subdivisionId),
    uniqueIndex('employees_org_personnel_uq').on(t.orgId, t.personnelNumber),
  ],
);

/** Родственник или свойственник сотрудника. */
export const relatives = pgTable(
  'relatives',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    relation: text('relation').notNull(),
    formerNames: text('former_names'),
    workplace: text('workplace'),
    workPosition: text('work_position'),
    livesAbroad: boolean('lives_abroad').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('relatives_employee_idx').on(t.orgId, t.employeeId)],
);
