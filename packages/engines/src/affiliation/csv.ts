/**
 * Reading the two CSV files of `affiliation match` (UTF-8, header row, several phones, e-mails
 * or addresses in one cell separated by «|»). Bad input stops the run with errors that name the
 * file, the line and the column; nothing is matched from a half-read file.
 */
import { parseBirthDate } from './normalise/date';
import { COUNTERPARTY_ROLES, type CounterpartyRole, type CounterpartyRow, type StaffPerson } from './types';

export const STAFF_COLUMNS = [
  'id',
  'employee_id',
  'relation',
  'last_name',
  'first_name',
  'middle_name',
  'birth_date',
  'inn',
  'phones',
  'emails',
  'addresses',
] as const;
export const COUNTERPARTY_COLUMNS = [
  'id',
  'company_inn',
  'company_name',
  'role',
  'last_name',
  'first_name',
  'middle_name',
  'birth_date',
  'inn',
  'phones',
  'emails',
  'addresses',
] as const;

export type InputIssue = { file: string; line: number; column?: string; message: string };

/** Thrown with every problem found (up to a limit) when an input file is not valid. */
export class AffiliationInputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'AffiliationInputError';
  }
}

/** «staff.csv, line 5, column birth_date: …» */
export function formatIssue(i: InputIssue): string {
  return `${i.file}, line ${i.line}${i.column ? `, column ${i.column}` : ''}: ${i.message}`;
}

const MAX_ISSUES = 50;

type Source = string | Buffer | AsyncIterable<string | Buffer> | Iterable<string | Buffer>;
type Cells = Record<string, string>;

async function readAll(source: Source): Promise<string> {
  if (typeof source === 'string') return source;
  if (Buffer.isBuffer(source)) return source.toString('utf8');
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  for await (const chunk of source as AsyncIterable<string | Buffer>) {
    parts.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export class MalformedCsv extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * RFC 4180 records of a CSV text: fields separated by commas, records by CRLF or LF, fields in
 * double quotes may hold commas, line breaks and doubled quotes. Calls `onRecord` with the
 * fields and the line the record starts on; empty lines are skipped.
 */
export function parseCsv(text: string, onRecord: (fields: string[], line: number) => boolean): void {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const recordLine = line;
    const c0 = text.charCodeAt(i);
    if (c0 === 10 || c0 === 13) {
      // empty line
      if (c0 === 13 && text.charCodeAt(i + 1) === 10) i++;
      i++;
      line++;
      continue;
    }
    const fields: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === 34) {
        // quoted field
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) throw new MalformedCsv(recordLine, 'a quoted field is not closed');
          for (let k = text.indexOf('\n', from); k >= 0 && k < q; k = text.indexOf('\n', k + 1)) line++;
          value += text.slice(from, q);
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        fields.push(value);
        const c = text.charCodeAt(i);
        if (i < n && c !== 44 && c !== 10 && c !== 13)
          throw new MalformedCsv(line, 'a character follows the closing quote of a field');
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          if (c === 34) throw new MalformedCsv(line, 'a quote inside an unquoted field');
          j++;
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (i < n) {
        i++;
        line++;
      }
      break;
    }
    if (!onRecord(fields, recordLine)) return;
  }
}

async function readRows(
  source: Source,
  file: string,
  columns: readonly string[],
  onRow: (cells: Cells, line: number, issues: InputIssue[]) => void,
): Promise<void> {
  const issues: InputIssue[] = [];
  const text = await readAll(source);
  let header: string[] | undefined;
  let index: number[] = [];
  try {
    parseCsv(text, (record, line) => {
      if (!header) {
        header = record.map((h) => h.trim().toLowerCase());
        for (const c of columns)
          if (!header.includes(c))
            issues.push({
              file,
              line,
              column: c,
              message: `the header has no column «${c}» (expected: ${columns.join(',')})`,
            });
        index = columns.map((c) => header?.indexOf(c) ?? -1);
        return issues.length === 0;
      }
      if (record.length !== header.length) {
        issues.push({ file, line, message: `${record.length} fields where the header has ${header.length}` });
      } else {
        const cells: Cells = {};
        for (let k = 0; k < columns.length; k++) cells[columns[k]] = record[index[k]].trim();
        onRow(cells, line, issues);
      }
      return issues.length < MAX_ISSUES;
    });
  } catch (err) {
    if (!(err instanceof MalformedCsv)) throw err;
    issues.push({ file, line: err.line, message: `malformed CSV: ${err.message}` });
  }
  if (!header) issues.push({ file, line: 1, message: 'the file is empty (a header row is required)' });
  if (issues.length > 0) throw new AffiliationInputError(issues);
}

// The Russian words registries and spreadsheets use for the four roles.
const ROLE_SYNONYMS: Record<string, CounterpartyRole> = {
  директор: 'director',
  'генеральный директор': 'director',
  руководитель: 'director',
  'единоличный исполнительный орган': 'director',
  учредитель: 'founder',
  участник: 'founder',
  'учредитель (участник)': 'founder',
  ип: 'entrepreneur',
  'индивидуальный предприниматель': 'entrepreneur',
  предприниматель: 'entrepreneur',
  контакт: 'contact',
  'контактное лицо': 'contact',
};

const list = (cell: string) =>
  cell
    ? cell
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
const opt = (cell: string) => cell || undefined;

function checkCommon(cells: Cells, line: number, file: string, issues: InputIssue[], ids: Set<string>) {
  const before = ids.size;
  if (!cells.id) issues.push({ file, line, column: 'id', message: 'the id is empty' });
  else if (ids.add(cells.id).size === before)
    issues.push({ file, line, column: 'id', message: `the id «${cells.id}» is used twice` });
  if (cells.birth_date && !parseBirthDate(cells.birth_date)) {
    issues.push({
      file,
      line,
      column: 'birth_date',
      message: `«${cells.birth_date}» is not a date (expected YYYY-MM-DD or DD.MM.YYYY)`,
    });
  }
  for (const c of ['inn', 'company_inn']) {
    const v = cells[c];
    // A wrong check digit is kept (evidence of a typo); letters are not an ИНН at all.
    if (v && !/^\d[\d\s-]*$/.test(v))
      issues.push({ file, line, column: c, message: `«${v}» is not an ИНН (digits expected)` });
  }
}

/** Reads staff.csv: `id,employee_id,relation,last_name,first_name,middle_name,birth_date,inn,phones,emails,addresses`. */
export async function readStaffCsv(source: Source, file: string): Promise<StaffPerson[]> {
  const out: StaffPerson[] = [];
  const ids = new Set<string>();
  await readRows(source, file, STAFF_COLUMNS, (c, line, issues) => {
    checkCommon(c, line, file, issues, ids);
    out.push({
      id: c.id,
      employeeId: opt(c.employee_id),
      relation: opt(c.relation),
      lastName: opt(c.last_name),
      firstName: opt(c.first_name),
      middleName: opt(c.middle_name),
      birthDate: opt(c.birth_date),
      inn: opt(c.inn),
      phones: list(c.phones),
      emails: list(c.emails),
      addresses: list(c.addresses),
    });
  });
  return out;
}

/** Reads counterparties.csv: `id,company_inn,company_name,role,last_name,…,addresses`; role is director, founder, entrepreneur or contact. */
export async function readCounterpartyCsv(source: Source, file: string): Promise<CounterpartyRow[]> {
  const out: CounterpartyRow[] = [];
  const ids = new Set<string>();
  await readRows(source, file, COUNTERPARTY_COLUMNS, (c, line, issues) => {
    checkCommon(c, line, file, issues, ids);
    const role = ROLE_SYNONYMS[c.role.toLowerCase().replace(/\s+/g, ' ')] ?? c.role.toLowerCase();
    if (role && !COUNTERPARTY_ROLES.includes(role as CounterpartyRole)) {
      issues.push({
        file,
        line,
        column: 'role',
        message: `«${c.role}» is not a role (expected ${COUNTERPARTY_ROLES.join(', ')})`,
      });
    }
    out.push({
      id: c.id,
      companyInn: opt(c.company_inn),
      companyName: opt(c.company_name),
      role: (role || undefined) as CounterpartyRole | undefined,
      lastName: opt(c.last_name),
      firstName: opt(c.first_name),
      middleName: opt(c.middle_name),
      birthDate: opt(c.birth_date),
      inn: opt(c.inn),
      phones: list(c.phones),
      emails: list(c.emails),
      addresses: list(c.addresses),
    });
  });
  return out;
}
