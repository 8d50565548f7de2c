import type { Role } from '../../access/roles.js';
import type { FieldDef } from '../types.js';

/** Who keeps the anti-corruption journals (отдел по профилактике коррупционных правонарушений, кадры). */
export const keepers: Role[] = ['anticorruption_officer', 'hr_officer', 'admin'];
export const officers: Role[] = ['anticorruption_officer', 'admin'];
export const legalKeepers: Role[] = ['legal', 'anticorruption_officer', 'admin'];

export const yesNo = (key: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({
  key,
  label,
  type: 'boolean',
  ...extra,
});
export const text = (key: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({
  key,
  label,
  type: 'text',
  ...extra,
});
export const area = (key: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({
  key,
  label,
  type: 'textarea',
  ...extra,
});
export const date = (key: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({
  key,
  label,
  type: 'date',
  ...extra,
});
export const select = (
  key: string,
  label: string,
  options: [string, string][],
  extra: Partial<FieldDef> = {},
): FieldDef => ({
  key,
  label,
  type: 'select',
  options: options.map(([value, l]) => ({ value, label: l })),
  ...extra,
});
