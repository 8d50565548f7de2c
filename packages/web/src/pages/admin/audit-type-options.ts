import { auditTypeLabels, auditTypes } from '@antikor/core';

/** Headings for the groups of audit types, by the type's prefix (`employee.created` → `employee`). */
const groupLabels: Record<string, string> = {
  auth: 'Вход в систему',
  user: 'Пользователи',
  organisation: 'Организации',
  subdivision: 'Подразделения',
  position: 'Должности',
  employee: 'Сотрудники',
  relative: 'Родственники',
  staff_import: 'Импорт штатного списка',
  audit: 'Журнал аудита',
  journal: 'Журналы',
  expertise: 'Антикоррупционная экспертиза',
  declaration: 'Сведения о доходах',
};

type Option = { value: string; label: string };

/**
 * Options for the event filter, grouped by area. Each group starts with «все события» of the area:
 * the API treats a type ending in «.» as a prefix.
 */
export function auditTypeOptions(): { label: string; title: string; options: Option[] }[] {
  const groups = new Map<string, Option[]>();
  for (const type of auditTypes) {
    const prefix = type.slice(0, type.indexOf('.'));
    const list = groups.get(prefix) ?? [];
    list.push({ value: type, label: auditTypeLabels[type] });
    groups.set(prefix, list);
  }
  return [...groups].map(([prefix, options]) => {
    const label = groupLabels[prefix] ?? prefix;
    return { label, title: label, options: [{ value: `${prefix}.`, label: `${label}: все события` }, ...options] };
  });
}

/** The label of a type or a prefix chosen in the filter. */
export function auditTypeLabel(type: string): string {
  if (type.endsWith('.')) return `${groupLabels[type.slice(0, -1)] ?? type}: все события`;
  return (auditTypeLabels as Record<string, string>)[type] ?? type;
}
