import { z } from 'zod';
import type { FieldDef, JournalDefinition } from './types.js';

/**
 * An organisation's own fields of a journal: municipal acts add columns to the federal forms
 * (domain.md §0.1), so each journal takes extra fields per organisation, validated like built-in ones.
 */
export const extraFieldSchema = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]{1,40}$/, 'Ключ поля: латинские буквы и цифры, начиная с буквы'),
  label: z.string().trim().min(2, 'Укажите название поля').max(300),
  type: z.enum(['text', 'textarea', 'date', 'datetime', 'integer', 'money', 'boolean', 'select', 'inn']),
  required: z.boolean().optional(),
  help: z.string().max(500).optional(),
  options: z
    .array(z.object({ value: z.string().min(1).max(100), label: z.string().min(1).max(300) }))
    .max(100)
    .optional(),
  inList: z.boolean().optional(),
  stage: z.enum(['registration', 'processing']).optional(),
});

/** The journal as an organisation keeps it: the built-in fields followed by the organisation's own. */
export function withExtraFields(def: JournalDefinition, extra: readonly FieldDef[]): JournalDefinition {
  if (!extra.length) return def;
  const taken = new Set(def.fields.map((f) => f.key));
  return { ...def, fields: [...def.fields, ...extra.filter((f) => !taken.has(f.key))] };
}
