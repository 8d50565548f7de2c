/**
 * A legal deadline rule as data: the federal defaults live in `federal-deadline-rules.ts`, organisations
 * override them (domain.md §0.1: local acts set many deadlines), and `computeDeadline` applies them.
 */
import { z } from 'zod';
import type { ShiftDirection } from './calendar-arithmetic.js';
import { isMonthDay, type MonthDay } from './iso-date.js';

/**
 * How a deadline is counted: working days (production calendar), calendar days, months (ГК РФ ст. 192),
 * a fixed day of the year (30 April), or no fixed term.
 */
export type DeadlineKind = 'working_days' | 'calendar_days' | 'months' | 'fixed_date' | 'none';

/** Whether a rule comes from federal law or is a typical local default (UNCONFIRMED in domain.md). */
export type DeadlineOrigin = 'federal' | 'local_default';

/** A deadline rule. */
export type DeadlineRule = {
  kind: DeadlineKind;
  /** Units of `kind` counted from the day after the event; negative = before the event; 0 for 'fixed_date'/'none'. */
  amount: number;
  /** Where a last day on a non-working day goes (ignored for 'working_days', which always end on one). */
  shift: ShiftDirection;
  /** For 'fixed_date': the day of the year 'MM-DD' — the first such day after the event is due. */
  fixedDate?: MonthDay;
  /** Legal basis, e.g. 'ПП РФ от 09.01.2014 № 10, п. 5'. */
  basis: string;
  /** Russian description for users, e.g. 'Уведомление о получении подарка — 3 рабочих дня со дня получения'. */
  description: string;
  /** The longest extension the law allows, in the same unit (59-ФЗ ст. 12 ч. 2: 30 days). */
  extension?: { amount: number; basis: string };
  origin?: DeadlineOrigin;
  /** True when domain.md marks the rule UNCONFIRMED: check against the local act before relying on it. */
  isUnconfirmed?: boolean;
  /** Anything a user must know, in Russian (suspension, local variants). */
  note?: string;
};

/** zod schema for a deadline rule (e.g. an organisation's override read from the database or a form). */
export const deadlineRuleSchema = z
  .object({
    kind: z.enum(['working_days', 'calendar_days', 'months', 'fixed_date', 'none']),
    amount: z.number().int().min(-1000).max(1000),
    shift: z.enum(['next', 'previous', 'none']),
    fixedDate: z
      .string()
      .refine(isMonthDay, 'ожидается день года ММ-ДД')
      .transform((v) => v as MonthDay)
      .optional(),
    basis: z.string().trim().min(1, 'укажите правовое основание'),
    description: z.string().trim().min(1, 'укажите описание срока'),
    extension: z.object({ amount: z.number().int().min(1).max(1000), basis: z.string().trim().min(1) }).optional(),
    origin: z.enum(['federal', 'local_default']).optional(),
    isUnconfirmed: z.boolean().optional(),
    note: z.string().optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.kind === 'fixed_date' && !rule.fixedDate) {
      ctx.addIssue({ code: 'custom', path: ['fixedDate'], message: 'для срока «фиксированная дата» нужен день ММ-ДД' });
    }
    if ((rule.kind === 'fixed_date' || rule.kind === 'none') && rule.amount !== 0) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'для этого вида срока количество должно быть 0' });
    }
    if (rule.extension && rule.kind !== 'working_days' && rule.kind !== 'calendar_days' && rule.kind !== 'months') {
      ctx.addIssue({ code: 'custom', path: ['extension'], message: 'продлить можно только срок в днях или месяцах' });
    }
  });

// Keeps the schema and the hand-written type in step: a mismatch fails type-checking here.
type SchemaOutput = z.output<typeof deadlineRuleSchema>;
const _schemaMatchesType: (r: SchemaOutput) => DeadlineRule = (r) => r;
void _schemaMatchesType;
