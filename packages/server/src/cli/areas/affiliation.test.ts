import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from './affiliation.js';

const STAFF = `id,employee_id,relation,last_name,first_name,middle_name,birth_date,inn,phones,emails,addresses
s1,e1,self,Иванов,Иван,Петрович,14.03.1975,500100732259,+7 (923) 456-78-90,ivanov@mail.ru,"г. Кемерово, ул. Ленина, д. 5, кв. 12"
s2,e1,spouse,Иванова,Мария,Сергеевна,1978-07-01,,,,"г. Кемерово, ул. Ленина, д. 5, кв. 12"
s3,e2,self,Покровская,Ольга,Андреевна,1980-01-20,,,,
`;
const COUNTERPARTIES = `id,company_inn,company_name,role,last_name,first_name,middle_name,birth_date,inn,phones,emails,addresses
c1,7707083893,ООО «Ромашка»,director,ИВАНОВ И.П.,,,,500100732259,,,
c2,7707083893,ООО «Ромашка»,contact,,,,,,89234567890,,
c3,7736050003,ООО «Луч»,contact,,,,,,,,"Кемерово г, Ленина ул, 5-12"
c4,4205000012,ООО «Знак»,director,POKROVSKAIA,OLGA,ANDREEVNA,20.01.1980,,,,
c5,4205000013,ООО «Вектор»,founder,Покровская,Ольга,Андреевна,,,,,
`;

let dir: string;
let out: string;
let err: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'affiliation-cli-'));
  await writeFile(join(dir, 'staff.csv'), STAFF);
  await writeFile(join(dir, 'cp.csv'), COUNTERPARTIES);
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const parseLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('affiliation match', () => {
  it('prints one link a line with score and evidence, claimed links only by default', async () => {
    const code = await run(['match', '--staff', join(dir, 'staff.csv'), '--counterparties', join(dir, 'cp.csv')]);
    expect(code).toBe(0);
    const links = parseLines(out);
    const pairs = links.map((l) => `${l.staff_id}→${l.counterparty_id}`);
    // same person by ИНН (initials), shared mobile, shared flat (both spouses), Latin passport name + birth date
    expect(pairs).toEqual(expect.arrayContaining(['s1→c1', 's1→c2', 's1→c3', 's2→c3', 's3→c4']));
    // a namesake with nothing else in common is not claimed
    expect(pairs).not.toContain('s3→c5');
    for (const l of links) expect(l.score).toBeGreaterThanOrEqual(0.5);
    const inn = links.find((l) => l.counterparty_id === 'c1');
    expect(inn.evidence.fields).toContainEqual(expect.objectContaining({ field: 'inn', how: 'exact' }));
    expect(inn.evidence.summary).toMatch(/ИНН/);
    expect(err).toMatch(/5 counterparty rows/);
  });

  it('writes to --out and lowers the threshold with --min-score', async () => {
    const file = join(dir, 'links.jsonl');
    const code = await run([
      'match',
      '--staff',
      join(dir, 'staff.csv'),
      '--counterparties',
      join(dir, 'cp.csv'),
      '--out',
      file,
      '--min-score',
      '0.01',
    ]);
    expect(code).toBe(0);
    expect(out).toBe('');
    const links = parseLines(await readFile(file, 'utf8'));
    const namesake = links.find((l) => l.staff_id === 's3' && l.counterparty_id === 'c5');
    expect(namesake.score).toBeLessThan(0.5);
    expect(namesake.evidence.fields.map((f: { how: string }) => f.how)).toEqual(['exact', 'exact', 'exact']);
  });

  it('names file, line and column of bad input and writes nothing', async () => {
    await writeFile(join(dir, 'bad.csv'), `${STAFF.split('\n')[0]}\ns1,e1,self,Иванов,Иван,,31.02.1980,,,,\n`);
    const code = await run(['match', '--staff', join(dir, 'bad.csv'), '--counterparties', join(dir, 'cp.csv')]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`${join(dir, 'bad.csv')}, line 2, column birth_date`);
  });

  it('reports a missing column of the counterparty file', async () => {
    await writeFile(join(dir, 'cp2.csv'), 'id,company_inn,company_name,last_name\nc1,7707083893,ООО,Иванов\n');
    const code = await run(['match', '--staff', join(dir, 'staff.csv'), '--counterparties', join(dir, 'cp2.csv')]);
    expect(code).toBe(1);
    expect(err).toContain('line 1, column role');
  });

  it('answers wrong usage with exit code 2', async () => {
    expect(await run(['match', '--staff', join(dir, 'staff.csv')])).toBe(2);
    expect(await run(['match', '--staff', 'a', '--counterparties', 'b', '--min-score', 'high'])).toBe(2);
    expect(await run(['--help'])).toBe(0);
    expect(out).toMatch(/Usage: npm run cli -- affiliation match/);
  });
});
