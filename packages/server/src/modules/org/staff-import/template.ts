import ExcelJS from 'exceljs';
import { staffColumns } from './columns.js';

/** The template HR officers download: the header row, one example row, and a sheet explaining columns. */
export async function buildStaffTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Антикор';
  const ws = wb.addWorksheet('Штатный список');
  ws.addRow(staffColumns.map((c) => c.header)).font = { bold: true };
  ws.addRow(staffColumns.map((c) => c.example));
  staffColumns.forEach((c, i) => {
    ws.getColumn(i + 1).width = Math.max(14, Math.min(40, c.header.length + 4));
    ws.getColumn(i + 1).numFmt = '@'; // text: keeps leading zeros of personnel numbers and ИНН
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet('Инструкция');
  help.addRow(['Колонка', 'Обязательная', 'Как заполнять']).font = { bold: true };
  for (const c of staffColumns) help.addRow([c.header, c.required ? 'да' : 'нет', c.help]);
  help.addRow([]);
  help.addRow(['Пример во второй строке листа «Штатный список» удалите перед загрузкой.']);
  help.addRow([
    'Если в файле есть хотя бы одна ошибка, не загружается ни одна строка: исправьте ошибки и загрузите файл снова.',
  ]);
  help.getColumn(1).width = 30;
  help.getColumn(2).width = 14;
  help.getColumn(3).width = 90;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
