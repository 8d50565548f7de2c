import { describe, expect, it } from 'vitest';
import { AffiliationInputError, readCounterpartyCsv, readStaffCsv } from './csv';

const STAFF_HEADER = 'id,employee_id,relation,last_name,first_name,middle_name,birth_date,inn,phones,emails,addresses';
const CP_HEADER =
  'id,company_inn,company_name,role,last_name,first_name,middle_name,birth_date,inn,phones,emails,addresses';

async function issuesOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof AffiliationInputError) return e.issues;
    throw e;
  }
  throw new Error('expected an input error');
}

describe('readStaffCsv', () => {
  it('reads rows, splitting phones, e-mails and addresses on «|»', async () => {
    const csv = `\uFEFF${STAFF_HEADER}\ns1,e1,self,Иванов,Иван,Иванович,12.05.1980,500100732259,+7 923 111-22-33|8 (3842) 45-67-89,ivanov@mail.ru,"г. Кемерово, ул. Ленина, д. 5, кв. 12"\ns2,e1,spouse,Иванова,Мария,,,,,,\n`;
    const rows = await readStaffCsv(csv, 'staff.csv');
    expect(rows).toHaveLength(2);
    expect(rows[0].phones).toEqual(['+7 923 111-22-33', '8 (3842) 45-67-89']);
    expect(rows[0].addresses).toEqual(['г. Кемерово, ул. Ленина, д. 5, кв. 12']);
    expect(rows[1].middleName).toBeUndefined();
  });

  it('names the missing column', async () => {
    const issues = await issuesOf(
      readStaffCsv(
        'id,employee_id,relation,last_name,first_name,middle_name,inn,phones,emails,addresses\n',
        'staff.csv',
      ),
    );
    expect(issues[0]).toMatchObject({ file: 'staff.csv', line: 1, column: 'birth_date' });
  });

  it('names the line of a row with a wrong number of fields and of a bad date', async () => {
    const csv = `${STAFF_HEADER}\ns1,e1,self,Иванов,Иван,Иванович,1980-05-12,,,,\ns2,e1,child,Иванов\ns3,e1,child,Иванов,Пётр,Иванович,31.02.2010,,,,\n`;
    const issues = await issuesOf(readStaffCsv(csv, 'staff.csv'));
    expect(issues).toEqual([
      { file: 'staff.csv', line: 3, message: '4 fields where the header has 11' },
      expect.objectContaining({ file: 'staff.csv', line: 4, column: 'birth_date' }),
    ]);
  });

  it('rejects an empty or repeated id and letters in an ИНН', async () => {
    const csv = `${STAFF_HEADER}\n,e1,self,Иванов,,,,,,,\ns1,e1,self,Иванов,,,,,,,\ns1,e1,self,Петров,,,,ИНН-неизвестен,,,\n`;
    const issues = await issuesOf(readStaffCsv(csv, 'staff.csv'));
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [2, 'id'],
      [4, 'id'],
      [4, 'inn'],
    ]);
  });

  it('reports a broken quote with its line', async () => {
    const csv = `${STAFF_HEADER}\ns1,e1,self,"Иванов,Иван,,,,,,,\n`;
    const issues = await issuesOf(readStaffCsv(csv, 'staff.csv'));
    expect(issues[0].file).toBe('staff.csv');
    expect(issues[0].message).toMatch(/malformed CSV/);
  });
});

describe('readCounterpartyCsv', () => {
  it('reads roles and rejects an unknown one', async () => {
    const ok = await readCounterpartyCsv(
      `${CP_HEADER}\nc1,7707083893,ПАО Сбербанк,Director,Греф,Герман,Оскарович,,,,,\n`,
      'cp.csv',
    );
    expect(ok[0].role).toBe('director');
    const ru = await readCounterpartyCsv(
      `${CP_HEADER}\nc1,7707083893,ПАО Сбербанк,Учредитель,,,,,,,,\nc2,500100732259,ИП Петров,Индивидуальный предприниматель,,,,,,,,\n`,
      'cp.csv',
    );
    expect(ru.map((r) => r.role)).toEqual(['founder', 'entrepreneur']);
    const issues = await issuesOf(
      readCounterpartyCsv(`${CP_HEADER}\nc1,7707083893,ПАО Сбербанк,бухгалтер,,,,,,,,\n`, 'cp.csv'),
    );
    expect(issues[0]).toMatchObject({ line: 2, column: 'role' });
  });
});
