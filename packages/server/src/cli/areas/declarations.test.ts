import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from './declarations.js';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const fixture = (name: string) => resolve(repoRoot, '../shared/fixtures/spravki-bk-synthetic', name);

let out: string;
let err: string;
beforeEach(() => {
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

const lines = () =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('declarations parse', () => {
  it('prints one JSON object a line per file, without identity documents and address', async () => {
    const code = await run(['parse', '--json', fixture('001.xsb'), fixture('005-plain-utf16.xml')]);
    expect(code).toBe(0);
    const [a, b] = lines();
    expect(a.file).toBe(fixture('001.xsb'));
    expect(a.persons.map((p: { role: string }) => p.role)).toEqual(['self', 'spouse', 'minor_child', 'minor_child']);
    expect(a.persons[0]).toMatchObject({
      lastName: 'Рябова',
      firstName: 'Юлия',
      middleName: 'Ивановна',
      birthDate: '1986-05-18',
      incomes: expect.arrayContaining([
        {
          kind: 'main_work',
          line: 1,
          amount: 555133.28,
          kindRaw: 'ДоходПоОсновномуМестуРаботы',
          otherKind: null,
          category: null,
          description: null,
          explanation: null,
        },
      ]),
      accounts: expect.arrayContaining([expect.objectContaining({ bank: 'ПАО Сбербанк', balance: 94936.24 })]),
    });
    expect(a.persons[0].identity).toBeUndefined();
    expect(a.persons[0].registration).toBeUndefined();
    expect(b).toMatchObject({ format: 'xml', encoding: 'utf-16le', isClarifying: false });
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prints {"file","error"} for an unreadable file and exits with 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'decl-'));
    const broken = join(dir, 'broken.xsb');
    await writeFile(broken, 'XSB001 это не base64');
    const code = await run(['parse', '--json', broken, join(dir, 'missing.xsb')]);
    expect(code).toBe(1);
    expect(lines()).toEqual([
      { file: broken, error: expect.stringContaining('не удалось распознать формат') },
      { file: join(dir, 'missing.xsb'), error: 'файл не найден' },
    ]);
    expect(err).toContain('missing.xsb: файл не найден');
  });

  it('reads a zip: one line per inner file named archive.zip!inner', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'decl-'));
    const zip = new JSZip();
    zip.file('002.xsb', await readFile(fixture('002.xsb')));
    zip.file('003.xsb', await readFile(fixture('003.xsb')));
    const archive = join(dir, 'archive.zip');
    await writeFile(archive, await zip.generateAsync({ type: 'nodebuffer' }));
    expect(await run(['parse', '--json', archive])).toBe(0);
    expect(lines().map((l) => [l.file, l.persons.length])).toEqual([
      [`${archive}!002.xsb`, 3],
      [`${archive}!003.xsb`, 2],
    ]);
  });

  it('prints a readable summary without --json, and usage with --help', async () => {
    expect(await run(['parse', fixture('004.xsb')])).toBe(0);
    expect(out).toContain('self        Фомин Павел Иванович (1997-04-12): доход 781 051,16 ₽');
    out = '';
    expect(await run(['--help'])).toBe(0);
    expect(out).toContain('Usage: npm run cli -- declarations');
    expect(await run(['frobnicate'])).toBe(2);
  });
});

describe('declarations diff and analyze', () => {
  it('reports no differences between a package and itself', async () => {
    expect(await run(['diff', fixture('003.xsb'), fixture('003.xsb')])).toBe(0);
    expect(out).toBe('Различий нет.\n');
  });

  it('analyses a package and prints findings with evidence and basis', async () => {
    expect(await run(['analyze', '--json', fixture('001.xsb')])).toBe(0);
    const [result] = lines();
    expect(result.year).toBe(2024);
    expect(result.findings.map((f: { ruleCode: string }) => f.ruleCode)).toContain('OTHER_PAID_WORK_NO_NOTICE');
    expect(result.risk.level).toBe('medium');
  });
});
