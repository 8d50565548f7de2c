import type { FieldIssue } from '@antikor/core';
import type { FormInstance } from 'antd';
import type { output, ZodError, ZodType } from 'zod';
import { ApiError } from '../app/api';

type NamePath = (string | number)[];

/** 'person.phones.0' → ['person', 'phones']: list items are edited by one control. */
function toNamePath(field: string): NamePath {
  const parts = field.split('.').filter(Boolean);
  while (parts.length > 1 && /^\d+$/.test(parts[parts.length - 1])) parts.pop();
  return parts;
}

/**
 * Puts per-field messages next to the form controls. Returns the issues that match no field of the
 * form, so the caller can show them above the form instead of losing them.
 */
export function showFieldIssues(form: FormInstance, issues: FieldIssue[]): FieldIssue[] {
  const known = new Set(
    form
      .getFieldsError()
      .map((f) => f.name.join('.'))
      .filter(Boolean),
  );
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unmatched: FieldIssue[] = [];
  for (const issue of issues) {
    const name = toNamePath(issue.field);
    const key = name.join('.');
    if (!known.has(key)) {
      unmatched.push(issue);
      continue;
    }
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return unmatched;
}

/** Zod issues of a client-side check as field issues. */
export function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}

/**
 * Shows an error from the server on the form: field details next to fields, the rest as a message.
 * Returns the text to show above the form, or null when every detail found its field.
 */
export function showServerError(form: FormInstance, error: unknown): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : 'Неизвестная ошибка';
  const rest = showFieldIssues(form, error.details);
  if (error.details.length && !rest.length) return null;
  return rest.length ? `${error.message}: ${rest.map((r) => r.message).join('; ')}` : error.message;
}

/**
 * Checks form values against a schema from core before sending them, so the user sees the same
 * Russian messages the server would give. Returns the parsed value, or null after marking the fields.
 */
export function checkWith<S extends ZodType>(
  schema: S,
  values: unknown,
  form: FormInstance,
): { data: output<S>; unmatched: [] } | { data: null; unmatched: FieldIssue[] } {
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data, unmatched: [] };
  return { data: null, unmatched: showFieldIssues(form, zodIssues(result.error)) };
}
