/** Request bodies of the plan API, validated with Russian messages. */
import { isMonthDay, termRuleSchema } from '@antikor/core';
import { z } from 'zod';

const year = z.number({ error: 'укажите год' }).int().min(2000, 'год не ранее 2000').max(2100, 'год не позднее 2100');

export const planInput = z
  .object({
    title: z.string().trim().min(3, 'укажите наименование плана').max(1000),
    periodFrom: year,
    periodTo: year,
    approvedBy: z.string().trim().max(500).default(''),
    reportDue: z.string().refine(isMonthDay, 'срок отчёта — день года ММ-ДД').default('12-25'),
    quarterReportDays: z.number().int().min(1).max(60).default(10),
  })
  .refine((p) => p.periodTo >= p.periodFrom, { path: ['periodTo'], message: 'год окончания раньше года начала' });
export type PlanInput = z.infer<typeof planInput>;

export const sectionInput = z.object({
  number: z.string().trim().min(1, 'укажите номер раздела').max(20),
  title: z.string().trim().min(3, 'укажите наименование раздела').max(2000),
});

export const unitRef = z.object({ kind: z.enum(['subdivision', 'organisation']), id: z.string().uuid() });

export const measureInput = z.object({
  sectionId: z.string().uuid('укажите раздел'),
  number: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)*\.?$/, 'номер мероприятия вида «1.3»'),
  text: z.string().trim().min(3, 'укажите содержание мероприятия').max(10000),
  executorsText: z.string().trim().min(3, 'укажите ответственных исполнителей').max(5000),
  termText: z.string().trim().min(1, 'укажите срок исполнения').max(1000),
  /** Omitted: read from the words; null: the term has no rule the system knows. */
  termRule: termRuleSchema.nullish(),
  expectedResult: z.string().trim().max(10000).default(''),
  units: z.array(unitRef).max(100).default([]),
});
export type MeasureInput = z.infer<typeof measureInput>;

export const periodQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number().int().min(0).max(4).default(0),
});
