import { z } from 'zod';
import { isValidOrgInn, isValidPersonInn } from '../org/schemas.js';
import type { FieldDef, JournalDefinition } from './types.js';

function fieldSchema(f: FieldDef): z.ZodType {
  const label = `«${f.label}»`;
  switch (f.type) {
    case 'text':
    case 'textarea':
      return z
        .string()
        .trim()
        .max(f.max ?? (f.type === 'text' ? 500 : 10_000), `${label}: слишком длинный текст`);
    case 'date':
      return z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: дата в формате ГГГГ-ММ-ДД`)
        .refine((s) => {
          const d = new Date(`${s}T00:00:00Z`);
          return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
        }, `${label}: несуществующая дата`);
    case 'datetime':
      return z.string().refine((s) => !Number.isNaN(Date.parse(s)), `${label}: неверные дата и время`);
    case 'integer':
      return z
        .number({ message: `${label}: число` })
        .int(`${label}: целое число`)
        .min(0, `${label}: не меньше 0`);
    case 'money':
      return z
        .number({ message: `${label}: сумма числом` })
        .min(0, `${label}: не меньше 0`)
        .max(1e12);
    case 'boolean':
      return z.boolean({ message: `${label}: да или нет` });
    case 'select':
      return z.enum((f.options ?? []).map((o) => o.value) as [string, ...string[]], {
        message: `${label}: выберите значение из списка`,
      });
    case 'inn':
      return z
        .string()
        .trim()
        .refine(
          (v) => isValidOrgInn(v) || isValidPersonInn(v),
          `${label}: ИНН — 10 или 12 цифр с верной контрольной суммой`,
        );
  }
}

/**
 * The zod schema of an entry's `data` for a journal. `partial` for updates and workflow steps. Required
 * registration fields are required at registration only; processing fields are optional until a
 * transition `requires` them. Unknown keys are rejected, so a typo never lands silently.
 */
export function journalDataSchema(def: JournalDefinition, opts: { partial?: boolean; extraFields?: FieldDef[] } = {}) {
  const fields = [...def.fields, ...(opts.extraFields ?? [])];
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) {
    const base = fieldSchema(f);
    const isRequired = !opts.partial && f.required && (f.stage ?? 'registration') === 'registration';
    shape[f.key] = isRequired
      ? f.type === 'text' || f.type === 'textarea'
        ? (base as z.ZodString).min(1, `«${f.label}»: обязательное поле`)
        : base
      : base.nullish();
  }
  return z.strictObject(shape);
}

/** True when a field has a non-empty value. */
export function isFilled(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}
