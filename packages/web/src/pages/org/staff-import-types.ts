import type { FieldIssue } from '@antikor/core';

/** One row of the staff list as the preview reads it (answer of POST /api/staff-import/preview). */
export type ImportRow = {
  row: number;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  subdivision: string | null;
  position: string;
  isDeclarant: boolean;
  kind: string;
  hiredAt: string;
  action: 'create' | 'update' | 'unchanged';
};

/** A row of the preview table: a row the file would load, or a row that has errors and would not. */
export type PreviewTableRow =
  | (ImportRow & { issues?: undefined })
  | { row: number; action: 'error'; issues: FieldIssue[] };

export type ImportPreview = {
  fileName: string;
  rows: ImportRow[];
  errors: FieldIssue[];
  summary: { total: number; create: number; update: number; unchanged: number; errors: number };
};

export type ImportResult = { created: number; updated: number; unchanged: number };

/** Columns of the template, in order; `key` is the field name the API may use in errors. */
export const importColumns: { title: string; key: string; required: boolean; note: string }[] = [
  {
    title: 'Табельный номер',
    key: 'personnelNumber',
    required: false,
    note: 'Если указан, по нему находится уже загруженный сотрудник',
  },
  { title: 'Фамилия', key: 'lastName', required: true, note: '' },
  { title: 'Имя', key: 'firstName', required: true, note: '' },
  { title: 'Отчество', key: 'middleName', required: false, note: 'При наличии' },
  { title: 'Дата рождения', key: 'birthDate', required: true, note: 'ДД.ММ.ГГГГ или ячейка с датой' },
  { title: 'ИНН', key: 'inn', required: false, note: '12 цифр, проверяется контрольная сумма' },
  { title: 'СНИЛС', key: 'snils', required: false, note: '11 цифр, можно с дефисами' },
  { title: 'Телефон', key: 'phone', required: false, note: 'Несколько — через «;»' },
  { title: 'E-mail', key: 'email', required: false, note: 'Несколько — через «;»' },
  {
    title: 'Подразделение',
    key: 'subdivision',
    required: true,
    note: 'Точное наименование подразделения, уже заведённого в системе',
  },
  { title: 'Должность', key: 'position', required: true, note: 'Новая должность будет создана в подразделении' },
  {
    title: 'Должность в перечне (да/нет)',
    key: 'isDeclarant',
    required: true,
    note: '«да» — замещающий должность представляет сведения о доходах (273-ФЗ ст. 8)',
  },
  {
    title: 'Вид работника',
    key: 'kind',
    required: true,
    note: '«муниципальный служащий», «руководитель учреждения» или «работник»',
  },
  { title: 'Дата приёма', key: 'hiredAt', required: true, note: 'ДД.ММ.ГГГГ' },
  { title: 'Дата увольнения', key: 'dismissedAt', required: false, note: 'ДД.ММ.ГГГГ, если уволен' },
];

/** The template column an error's `field` names, whether the server uses the key or the heading. */
export function columnOf(field: string): string {
  const f = field.trim().toLowerCase();
  if (!f) return field;
  const hit =
    importColumns.find((c) => c.key.toLowerCase() === f || c.title.toLowerCase() === f) ??
    importColumns.find((c) => c.title.toLowerCase().startsWith(f));
  return hit?.title ?? field;
}
