/**
 * Reads a counterparty list (CSV in the issue's format or Excel with the same columns, headers in
 * English or Russian) into validated rows. Every problem names the file, the row (the CSV line or
 * the Excel row) and the column, in Russian, so the officer fixes the file in one pass.
 */
import { type CounterpartyRoleCode, type FieldIssue, isValidOrgInn, isValidPersonInn } from '@antikor/core';
import { MalformedCsv, parseCsv } from '@antikor/engines/affiliation';
import ExcelJS from 'exceljs';
import { cellText } from '../../platform/documents/xlsx.js';
import { parseRuDate } from '../org/staff-import/parse-staff-file.js';

export type CounterpartyColumnKey =
  | 'id'
  | 'company_inn'
  | 'company_name'
  | 'role'
  | 'last_name'
  | 'first_name'
  | 'middle_name'
  | 'birth_date'
  | 'inn'
  | 'phones'
  | 'emails'
  | 'addresses';

/** The columns of `counterparties.csv` (issue 6) and the Russian headers an Excel sheet may use instead. */
export const counterpartyColumns: { key: CounterpartyColumnKey; header: string; aliases: string[]; hint: string }[] = [
  {
    key: 'id',
    header: 'Идентификатор строки',
    aliases: ['id', 'код', 'номер строки'],
    hint: 'обязательно; по нему повторная загрузка находит строку',
  },
  {
    key: 'company_inn',
    header: 'ИНН организации',
    aliases: ['company_inn', 'инн контрагента', 'инн юл'],
    hint: '10 цифр (ЮЛ) или 12 (ИП)',
  },
  {
    key: 'company_name',
    header: 'Наименование организации',
    aliases: ['company_name', 'наименование', 'контрагент', 'организация'],
    hint: 'ИНН или наименование обязательны',
  },
  {
    key: 'role',
    header: 'Роль',
    aliases: ['role', 'роль лица'],
    hint: 'руководитель, учредитель, ИП, контактное лицо (или director, founder, entrepreneur, contact)',
  },
  { key: 'last_name', header: 'Фамилия', aliases: ['last_name'], hint: '' },
  { key: 'first_name', header: 'Имя', aliases: ['first_name'], hint: '' },
  { key: 'middle_name', header: 'Отчество', aliases: ['middle_name'], hint: '' },
  { key: 'birth_date', header: 'Дата рождения', aliases: ['birth_date'], hint: 'ДД.ММ.ГГГГ или ГГГГ-ММ-ДД' },
  { key: 'inn', header: 'ИНН лица', aliases: ['inn', 'инн физического лица', 'инн'], hint: '12 цифр' },
  { key: 'phones', header: 'Телефоны', aliases: ['phones', 'телефон'], hint: 'несколько — через «|» или «;»' },
  {
    key: 'emails',
    header: 'E-mail',
    aliases: ['emails', 'email', 'эл. почта', 'электронная почта'],
    hint: 'несколько — через «|» или «;»',
  },
  { key: 'addresses', header: 'Адреса', aliases: ['addresses', 'адрес'], hint: 'несколько — через «|»' },
];

export type CounterpartyFileRow = {
  row: number;
  externalId: string;
  companyInn: string | null;
  companyName: string | null;
  role: CounterpartyRoleCode | null;
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  birthDate: string | null;
  inn: string | null;
  phones: string[];
  emails: string[];
  addresses: string[];
};

export type ParsedCounterpartyFile = { rows: CounterpartyFileRow[]; errors: FieldIssue[]; warnings: FieldIssue[] };

// The words registries and spreadsheets use for the four roles (ЕГРЮЛ: «лицо, имеющее право без
// доверенности действовать от имени юридического лица», «участник/учредитель»).
const roleWords: Record<string, CounterpartyRoleCode> = {
  director: 'director',
  директор: 'director',
  'генеральный директор': 'director',
  руководитель: 'director',
  'единоличный исполнительный орган': 'director',
  'лицо, имеющее право без доверенности действовать от имени юридического лица': 'director',
  founder: 'founder',
  учредитель: 'founder',
  участник: 'founder',
  'учредитель (участник)': 'founder',
  entrepreneur: 'entrepreneur',
  ип: 'entrepreneur',
  'индивидуальный предприниматель': 'entrepreneur',
  предприниматель: 'entrepreneur',
  contact: 'contact',
  контакт: 'contact',
  'контактное лицо': 'contact',
};

const normHeader = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
const splitList = (s: string) =>
  s
    .split(/[|;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

const csvProblems: Record<string, string> = {
  'a quoted field is not closed': 'не закрыта кавычка в значении',
  'a character follows the closing quote of a field':
    'после закрывающей кавычки идёт символ (значения разделяются запятой)',
  'a quote inside an unquoted field':
    'кавычка внутри значения без кавычек (значение с кавычкой заключите в кавычки, кавычку удвойте)',
};

export type RawRecord = { row: number; cells: string[] };

/** Header row and records of the file; a problem with the file as a whole comes back as `fatal`. */
export async function readRecords(file: {
  name: string;
  data: Buffer;
}): Promise<{ header: string[]; records: RawRecord[]; fatal?: FieldIssue }> {
  if (/\.xlsx$/i.test(file.name)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(file.data as unknown as ArrayBuffer);
    } catch {
      return {
        header: [],
        records: [],
        fatal: {
          file: file.name,
          field: 'файл',
          message: 'Файл не читается как книга Excel (.xlsx). Сохраните его в формате .xlsx и загрузите снова.',
        },
      };
    }
    const ws = wb.worksheets[0];
    if (!ws || ws.rowCount === 0)
      return {
        header: [],
        records: [],
        fatal: {
          file: file.name,
          field: 'файл',
          message: 'В книге нет данных: первая строка листа — заголовки столбцов',
        },
      };
    const width = ws.getRow(1).cellCount;
    const cellsOf = (r: number) => Array.from({ length: width }, (_, i) => cellText(ws.getRow(r).getCell(i + 1).value));
    const records: RawRecord[] = [];
    for (let r = 2; r <= ws.rowCount; r++) records.push({ row: r, cells: cellsOf(r) });
    return { header: cellsOf(1), records };
  }
  // CSV: UTF-8 (with or without BOM), comma-separated, RFC 4180 quoting — the reader of the engine's CLI.
  const text = file.data.toString('utf8');
  if (text.includes('\uFFFD'))
    return {
      header: [],
      records: [],
      fatal: {
        file: file.name,
        field: 'файл',
        message: 'Файл не в кодировке UTF-8. Сохраните CSV как «CSV UTF-8» и загрузите снова.',
      },
    };
  let header: string[] | undefined;
  const records: RawRecord[] = [];
  try {
    parseCsv(text, (fields, line) => {
      if (!header) header = fields;
      else records.push({ row: line, cells: fields });
      return true;
    });
  } catch (err) {
    if (!(err instanceof MalformedCsv)) throw err;
    return {
      header: [],
      records: [],
      fatal: {
        file: file.name,
        row: err.line,
        field: 'файл',
        message: `Ошибка формата CSV: ${csvProblems[err.message] ?? err.message}`,
      },
    };
  }
  if (!header)
    return {
      header: [],
      records: [],
      fatal: { file: file.name, row: 1, field: 'файл', message: 'Файл пуст: нужна строка заголовков' },
    };
  return { header, records };
}

/** Parses and validates the file; good rows and all problems come back together. */
export async function parseCounterpartyFile(file: { name: string; data: Buffer }): Promise<ParsedCounterpartyFile> {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const { header, records, fatal } = await readRecords(file);
  if (fatal) return { rows: [], errors: [fatal], warnings };
  const colOf = new Map<CounterpartyColumnKey, number>();
  header.forEach((h, i) => {
    const text = normHeader(h);
    const c = counterpartyColumns.find((c) => normHeader(c.header) === text || c.aliases.includes(text));
    if (c && !colOf.has(c.key)) colOf.set(c.key, i);
  });
  if (!colOf.has('id'))
    errors.push({
      file: file.name,
      row: 1,
      field: 'id',
      message: 'Нет столбца «id» («Идентификатор строки»): по нему повторная загрузка узнаёт строку',
    });
  if (!colOf.has('company_inn') && !colOf.has('company_name'))
    errors.push({
      file: file.name,
      row: 1,
      field: 'company_inn',
      message: 'Нет ни столбца «company_inn» (ИНН организации), ни «company_name» (наименование)',
    });
  if (errors.length) return { rows: [], errors, warnings };

  // Problems name the column as the file's own header spells it.
  const columnName = (key: CounterpartyColumnKey) => header[colOf.get(key) ?? -1]?.trim() || key;
  const isCsv = !/\.xlsx$/i.test(file.name);
  const rows: CounterpartyFileRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of records) {
    if (isCsv && cells.length !== header.length) {
      errors.push({
        file: file.name,
        row,
        field: 'строка',
        message: `${cells.length} значений, а в заголовке ${header.length} столбцов (значение с запятой заключите в кавычки)`,
      });
      continue;
    }
    const get = (key: CounterpartyColumnKey) => {
      const i = colOf.get(key);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    if (cells.every((c) => !c.trim())) continue;
    const before = errors.length;
    const fail = (key: CounterpartyColumnKey, message: string) =>
      errors.push({ file: file.name, row, field: columnName(key), message });
    const warn = (key: CounterpartyColumnKey, message: string) =>
      warnings.push({ file: file.name, row, field: columnName(key), message });

    const externalId = get('id');
    if (!externalId) fail('id', 'Пустой идентификатор строки');
    else if (seen.has(externalId))
      fail('id', `Идентификатор «${externalId}» уже встречается в строке ${seen.get(externalId)}`);
    else seen.set(externalId, row);

    const companyInn = get('company_inn').replace(/[\s-]/g, '') || null;
    const companyName = get('company_name') || null;
    if (!companyInn && !companyName) fail('company_inn', 'Укажите ИНН или наименование организации');
    if (companyInn) {
      if (!/^\d{10}$|^\d{12}$/.test(companyInn))
        fail('company_inn', `«${companyInn}»: ИНН организации — 10 цифр, ИНН предпринимателя — 12`);
      else if (!(companyInn.length === 10 ? isValidOrgInn(companyInn) : isValidPersonInn(companyInn)))
        warn('company_inn', `ИНН ${companyInn} не проходит проверку контрольных цифр: возможна опечатка`);
    }

    const roleText = get('role');
    const role = roleText ? (roleWords[normHeader(roleText)] ?? null) : null;
    if (roleText && !role) fail('role', `«${roleText}»: роль — руководитель, учредитель, ИП или контактное лицо`);

    const birthText = get('birth_date');
    const birthDate = birthText ? parseRuDate(birthText) : null;
    if (birthText && !birthDate) fail('birth_date', `«${birthText}» — не дата; ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД`);

    const inn = get('inn').replace(/[\s-]/g, '') || null;
    if (inn) {
      if (!/^\d{12}$/.test(inn)) fail('inn', `«${inn}»: ИНН физического лица — 12 цифр`);
      else if (!isValidPersonInn(inn))
        warn('inn', `ИНН ${inn} не проходит проверку контрольных цифр: возможна опечатка`);
    }

    const phones = splitList(get('phones'));
    for (const p of phones)
      if (p.replace(/\D/g, '').length < 5) fail('phones', `«${p}»: в номере телефона меньше 5 цифр`);
    const emails = splitList(get('emails'));
    for (const e of emails)
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) fail('emails', `«${e}»: неверный адрес электронной почты`);
    const addresses = splitList(get('addresses'));

    const lastName = get('last_name') || null;
    const firstName = get('first_name') || null;
    if (!lastName && !firstName && !inn && !phones.length && !emails.length && !addresses.length)
      fail('last_name', 'В строке нет ни ФИО, ни ИНН лица, ни телефона, ни e-mail, ни адреса: сравнивать не с чем');
    if (errors.length > before) continue;
    rows.push({
      row,
      externalId,
      companyInn,
      companyName,
      role,
      lastName,
      firstName,
      middleName: get('middle_name') || null,
      birthDate,
      inn,
      phones,
      emails,
      addresses,
    });
  }
  if (rows.length === 0 && errors.length === 0)
    errors.push({ file: file.name, field: 'файл', message: 'В файле нет ни одной строки с контрагентами' });
  return { rows, errors, warnings };
}
