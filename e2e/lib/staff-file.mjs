/** Staff-list workbooks for the import tests, written with exceljs in the template's column order. */
import ExcelJS from 'exceljs';

export const staffHeaders = [
  'Табельный номер',
  'Фамилия',
  'Имя',
  'Отчество',
  'Дата рождения',
  'ИНН',
  'СНИЛС',
  'Телефон',
  'E-mail',
  'Подразделение',
  'Должность',
  'Должность в перечне (да/нет)',
  'Вид работника',
  'Дата приёма',
  'Дата увольнения',
];

/** Writes `rows` (arrays in header order; a Date becomes a date cell) under the header row. */
export async function writeStaffFile(file, rows) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Штатный список');
  ws.addRow(staffHeaders);
  for (const row of rows) ws.addRow(row);
  await wb.xlsx.writeFile(file);
}

/** The header row of the first sheet of a workbook. */
export async function readHeaders(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  const values = ws.getRow(1).values;
  return (Array.isArray(values) ? values.slice(1) : []).map((v) => String(v ?? '').trim());
}

/** All cell texts of the first sheet, joined by newlines (for "does the file mention X" checks). */
export async function sheetText(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const lines = [];
  wb.worksheets[0].eachRow((row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    lines.push(values.map((v) => (v && typeof v === 'object' && 'text' in v ? v.text : String(v ?? ''))).join('\t'));
  });
  return lines.join('\n');
}
