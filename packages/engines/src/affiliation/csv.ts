/**
 * Reading the two CSV files of `affiliation match` (UTF-8, header row, several phones, e-mails
 * or addresses in one cell separated by «|»). Bad input stops the run with errors that name the
 * file, the line and the column; nothing is matched from a half-read file.
 */
import { CsvError, parse } from 'csv-parse';
import { parseBirthDate } from './normalise/date';
import { COUNTERPARTY_ROLES, type CounterpartyRole, type CounterpartyRow, type StaffPerson } from './types';

export const STAFF_COLUMNS = ['id', 'employee_id', 'relation', 'last_name', 'first_name', 'middle_name', 'birth_date', 'inn', 'phones', 'emails', 'addresses'] as const;
export const COUNTERPARTY_COLUMNS = ['id', 'company_inn', 'company_name', 'role', 'last_name', 'first_name', 'middle_name', 'birth_date', 'inn', 'phones', 'emails', 'addresses'] as const;

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

async function readRows(source: Source, file: string, columns: readonly string[], onRow: (cells: Cells, line: number, issues: InputIssue[]) => void): Promise<void> {
  const issues: InputIssue[] = [];
  const parser = parse({ bom: true, skip_empty_lines: true, info: true, relax_column_count: true });
  let header: string[] | undefined;
  let index: number[] = [];
  const consume = (async () => {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = rec.info.lines;
      if (!header) {
        header = rec.record.map((h) => h.trim().toLowerCase());
        for (const c of columns) if (!header.includes(c)) issues.push({ file, line, column: c, message: `the header has no column «${c}» (expected: ${columns.join(',')})` });
        if (issues.length > 0) throw new AffiliationInputError(issues);
        index = columns.map((c) => header?.indexOf(c) ?? -1);
        continue;
      }
      if (rec.record.length !== header.length) {
        issues.push({ file, line, message: `${rec.record.length} fields where the header has ${header.length}` });
      } else {
        const cells: Cells = {};
        columns.forEach((c, i) => {
          cells[c] = rec.record[index[i]].trim();
        });
        onRow(cells, line, issues);
      }
      if (issues.length >= MAX_ISSUES) throw new AffiliationInputError(issues);
    }
  })();
  let hasFailed = false;
  // The reader may fail (bad header) while chunks are still being written: stop writing then.
  consume.catch(() => {
    hasFailed = true;
  });
  try {
    if (typeof source === 'string' || Buffer.isBuffer(source)) parser.end(source);
    else {
      for await (const chunk of source as AsyncIterable<string | Buffer>) {
        if (hasFailed) break;
        if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
      }
      parser.end();
    }
    await consume;
  } catch (err) {
    parser.destroy();
    await consume.catch(() => undefined);
    if (err instanceof AffiliationInputError) throw err;
    if (err instanceof CsvError) {
      const line = typeof err.lines === 'number' ? err.lines : 0;
      throw new AffiliationInputError([...issues, { file, line, message: `malformed CSV: ${err.message}` }]);
    }
    throw err;
  }
  if (!header) issues.push({ file, line: 1, message: 'the file is empty (a header row is required)' });
  if (issues.length > 0) throw new AffiliationInputError(issues);
}

const list = (cell: string) => (cell ? cell.split('|').map((s) => s.trim()).filter(Boolean) : undefined);
const opt = (cell: string) => cell || undefined;

function checkCommon(cells: Cells, line: number, file: string, issues: InputIssue[], ids: Set<string>) {
  if (!cells.id) issues.push({ file, line, column: 'id', message: 'the id is empty' });
  else if (ids.has(cells.id)) issues.push({ file, line, column: 'id', message: `the id «${cells.id}» is used twice` });
  else ids.add(cells.id);
  if (cells.birth_date && !parseBirthDate(cells.birth_date)) {
    issues.push({ file, line, column: 'birth_date', message: `«${cells.birth_date}» is not a date (expected YYYY-MM-DD or DD.MM.YYYY)` });
  }
  for (const c of ['inn', 'company_inn']) {
    const v = cells[c];
    // A wrong check digit is kept (evidence of a typo); letters are not an ИНН at all.
    if (v && !/^\d[\d\s-]*$/.test(v)) issues.push({ file, line, column: c, message: `«${v}» is not an ИНН (digits expected)` });
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
    const role = c.role.toLowerCase();
    if (role && !COUNTERPARTY_ROLES.includes(role as CounterpartyRole)) {
      issues.push({ file, line, column: 'role', message: `«${c.role}» is not a role (expected ${COUNTERPARTY_ROLES.join(', ')})` });
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
