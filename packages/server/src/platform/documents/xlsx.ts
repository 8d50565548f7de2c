import ExcelJS from 'exceljs';

export type XlsxColumn<T> = {
  header: string;
  width?: number;
  value: (row: T) => string | number | Date | null | undefined;
};

/**
 * One builder for every Excel export: a title row, bold wrapped headers, frozen header, autofilter.
 * Officials open these in Excel and print them, so column widths are set, not left to chance.
 */
export async function buildXlsx<T>(opts: {
  sheetName: string;
  title?: string;
  columns: XlsxColumn<T>[];
  rows: T[];
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Антикор';
  const ws = wb.addWorksheet(opts.sheetName.slice(0, 31));
  let headerRow = 1;
  if (opts.title) {
    ws.addRow([opts.title]).font = { bold: true, size: 12 };
    ws.mergeCells(1, 1, 1, opts.columns.length);
    headerRow = 2;
  }
  const header = ws.addRow(opts.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  opts.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width ?? 18;
  });
  for (const row of opts.rows) ws.addRow(opts.columns.map((c) => c.value(row) ?? ''));
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: opts.columns.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 'YYYY-MM-DD' → 'ДД.ММ.ГГГГ', the form Russian documents use. */
export function ruDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** A cell's value as trimmed text, whatever Excel stored (rich text, formula result, hyperlink, date). */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('text' in v) return String(v.text).trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  }
  return String(v).trim();
}
