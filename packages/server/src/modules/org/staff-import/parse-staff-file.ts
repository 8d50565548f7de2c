import { type EmployeeKind, type FieldIssue, isValidPersonInn } from '@antikor/core';
import ExcelJS from 'exceljs';
import { cellText } from '../../../platform/documents/xlsx.js';
import { type StaffColumnKey, staffColumns } from './columns.js';

export type StaffRow = {
  row: number;
  personnelNumber: string | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  inn: string | null;
  snils: string | null;
  phones: string[];
  emails: string[];
  subdivision: string;
  position: string;
  isDeclarant: boolean;
  kind: EmployeeKind;
  hiredAt: string;
  dismissedAt: string | null;
};

const kindWords: Record<string, EmployeeKind> = {
  'муниципальный служащий': 'municipal_employee',
  'руководитель учреждения': 'institution_head',
  'руководитель муниципального учреждения': 'institution_head',
  работник: 'worker',
};

/** 'ДД.ММ.ГГГГ', 'ГГГГ-ММ-ДД' or an Excel date → 'ГГГГ-ММ-ДД'; null when it is not a real date. */
export function parseRuDate(s: string): string | null {
  let y: number, m: number, d: number;
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (ru) [d, m, y] = [Number(ru[1]), Number(ru[2]), Number(ru[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2100) return null;
  return date.toISOString().slice(0, 10);
}

const splitList = (s: string) =>
  s
    .split(/[;,\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * Reads a staff list in the shipped template. Returns every good row and every problem, each naming the
 * file, the row (as Excel numbers it) and the column, so the officer can fix the file in one pass.
 */
export async function parseStaffFile(file: {
  name: string;
  data: Buffer;
}): Promise<{ rows: StaffRow[]; errors: FieldIssue[] }> {
  const errors: FieldIssue[] = [];
  const fail = (row: number | undefined, field: string, message: string) =>
    errors.push({ file: file.name, row, field, message });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file.data as unknown as ArrayBuffer);
  } catch {
    fail(
      undefined,
      'файл',
      'Файл не читается как книга Excel (.xlsx). Сохраните его в формате .xlsx и загрузите снова.',
    );
    return { rows: [], errors };
  }
  const ws = wb.worksheets[0];
  if (!ws) {
    fail(undefined, 'файл', 'В книге нет листов');
    return { rows: [], errors };
  }
  // Map columns by header text, so a reordered or extended template still loads.
  const headerRow = ws.getRow(1);
  const colOf = new Map<StaffColumnKey, number>();
  headerRow.eachCell((cell, col) => {
    const text = cellText(cell.value).toLowerCase().replace(/\s+/g, ' ');
    const c = staffColumns.find((sc) => sc.header.toLowerCase() === text);
    if (c) colOf.set(c.key, col);
  });
  for (const c of staffColumns.filter((c) => c.required && !colOf.has(c.key))) {
    fail(1, c.header, `Нет обязательной колонки «${c.header}». Скачайте шаблон и сверьте заголовки.`);
  }
  if (errors.length) return { rows: [], errors };

  const rows: StaffRow[] = [];
  const seenNumbers = new Map<string, number>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const get = (key: StaffColumnKey) => {
      const col = colOf.get(key);
      return col ? cellText(ws.getRow(r).getCell(col).value) : '';
    };
    if (staffColumns.every((c) => get(c.key) === '')) continue; // blank line
    const before = errors.length;
    const header = (key: StaffColumnKey) => staffColumns.find((c) => c.key === key)!.header;
    const required = (key: StaffColumnKey) => {
      const v = get(key);
      if (!v) fail(r, header(key), 'Обязательное поле не заполнено');
      return v;
    };
    const date = (key: StaffColumnKey, isRequired: boolean) => {
      const v = isRequired ? required(key) : get(key);
      if (!v) return null;
      const d = parseRuDate(v);
      if (!d) fail(r, header(key), `«${v}» — не дата; ожидается ДД.ММ.ГГГГ`);
      return d;
    };
    const lastName = required('lastName');
    const firstName = required('firstName');
    const birthDate = date('birthDate', true);
    const hiredAt = date('hiredAt', true);
    const dismissedAt = date('dismissedAt', false);
    if (hiredAt && dismissedAt && dismissedAt < hiredAt)
      fail(r, header('dismissedAt'), 'Дата увольнения раньше даты приёма');
    if (birthDate && hiredAt && birthDate >= hiredAt) fail(r, header('birthDate'), 'Дата рождения позже даты приёма');
    const subdivision = required('subdivision');
    const position = required('position');
    const declarantText = required('isDeclarant').toLowerCase();
    if (declarantText && !['да', 'нет'].includes(declarantText))
      fail(r, header('isDeclarant'), `«${declarantText}»: укажите «да» или «нет»`);
    const kindText = required('kind').toLowerCase();
    const kind = kindWords[kindText];
    if (kindText && !kind)
      fail(
        r,
        header('kind'),
        `«${kindText}»: допустимо «муниципальный служащий», «руководитель учреждения», «работник»`,
      );
    const inn = get('inn').replace(/\s/g, '') || null;
    if (inn && !isValidPersonInn(inn))
      fail(r, header('inn'), `«${inn}»: ИНН физического лица — 12 цифр с верной контрольной суммой`);
    const snils = get('snils').replace(/\D/g, '') || null;
    if (snils && snils.length !== 11) fail(r, header('snils'), 'СНИЛС: 11 цифр');
    const emails = splitList(get('email'));
    for (const e of emails)
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) fail(r, header('email'), `«${e}»: неверный адрес электронной почты`);
    const personnelNumber = get('personnelNumber') || null;
    if (personnelNumber) {
      const first = seenNumbers.get(personnelNumber);
      if (first)
        fail(r, header('personnelNumber'), `Табельный номер ${personnelNumber} уже встречается в строке ${first}`);
      else seenNumbers.set(personnelNumber, r);
    }
    if (errors.length > before) continue;
    rows.push({
      row: r,
      personnelNumber,
      lastName,
      firstName,
      middleName: get('middleName') || null,
      birthDate: birthDate!,
      inn,
      snils,
      phones: splitList(get('phone')),
      emails,
      subdivision,
      position,
      isDeclarant: declarantText === 'да',
      kind,
      hiredAt: hiredAt!,
      dismissedAt,
    });
  }
  if (rows.length === 0 && errors.length === 0) fail(undefined, 'файл', 'В файле нет ни одной строки с сотрудниками');
  return { rows, errors };
}
