/** Templates of the counterparty list: Excel with Russian headers and an instruction sheet, and the CSV of issue 6. */
import ExcelJS from 'exceljs';
import { counterpartyColumns } from './parse-counterparty-file.js';

const example = [
  '1',
  '4205000017',
  'ООО «Пример»',
  'руководитель',
  'Иванов',
  'Иван',
  'Иванович',
  '12.05.1980',
  '',
  '+7 (3842) 00-00-00',
  'info@example.ru',
  'г. Кемерово, ул. Ленина, д. 1, кв. 1',
];

export async function buildCounterpartyTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Антикор';
  const ws = wb.addWorksheet('Контрагенты');
  ws.addRow(counterpartyColumns.map((c) => c.header)).font = { bold: true };
  ws.addRow(example);
  counterpartyColumns.forEach((_, i) => {
    ws.getColumn(i + 1).width = i === 11 ? 40 : 20;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet('Инструкция');
  help.addRow(['Столбец', 'Также принимается заголовок', 'Содержание']).font = { bold: true };
  for (const c of counterpartyColumns) help.addRow([c.header, c.aliases.join(', '), c.hint]);
  help.addRow([]);
  help.addRow(['Одна строка — одно лицо контрагента в одной роли (или контакты самой организации без ФИО).']);
  help.addRow(['Повторная загрузка того же файла ничего не меняет; строка с тем же идентификатором обновляется.']);
  help.getColumn(1).width = 28;
  help.getColumn(2).width = 40;
  help.getColumn(3).width = 60;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function buildCounterpartyCsvTemplate(): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `${counterpartyColumns.map((c) => c.key).join(',')}\n${example.map(quote).join(',')}\n`;
}
