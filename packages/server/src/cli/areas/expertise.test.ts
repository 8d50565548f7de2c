import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './expertise.js';

const dir = mkdtempSync(join(tmpdir(), 'antikor-expertise-'));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err.push(String(s));
    return true;
  });
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('cli expertise scan', () => {
  it('prints one JSON object a line per file with the findings', async () => {
    const file = join(dir, 'draft.txt');
    writeFileSync(file, '2.3. Администрация вправе отказать в выдаче разрешения.\n');
    const { out } = capture();
    expect(await run(['scan', file, '--json'])).toBe(0);
    const obj = JSON.parse(out.join(''));
    expect(obj.file).toBe(file);
    const f = obj.findings.find((x: { code: string }) => x.code === '3б');
    expect(Object.keys(f).sort()).toEqual([
      'code',
      'end',
      'explanation',
      'score',
      'start',
      'suggestion',
      'trigger',
      'unit',
    ]);
    expect(f.unit).toBe('пункт 2.3');
  });

  it('reads Windows-1251 text', async () => {
    const file = join(dir, 'cp1251.txt');
    const text = 'Ответ направляется в разумный срок.';
    writeFileSync(file, Buffer.from(encode1251(text)));
    const { out } = capture();
    expect(await run(['scan', file, '--json'])).toBe(0);
    expect(JSON.parse(out.join('')).findings.map((x: { code: string }) => x.code)).toContain('4в');
  });

  it('scans {"id","text"} lines and names bad lines on stderr', async () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'a', text: 'Субсидия предоставляется при наличии возможности.' })}\n{"id":"b","text":5}\n{oops\n`,
    );
    const { out, err } = capture();
    expect(await run(['scan', '--jsonl', file])).toBe(1);
    const lines = out
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0].id).toBe('a');
    expect(lines[0].findings.length).toBeGreaterThan(0);
    expect(err.join('')).toContain(`${file}:2: поле "text"`);
    expect(err.join('')).toContain(`${file}:3:2: неверный JSON`);
  });

  it('reports a missing file and wrong usage', async () => {
    const { err } = capture();
    expect(await run(['scan', join(dir, 'nope.txt')])).toBe(1);
    expect(err.join('')).toContain('файл не найден');
    expect(await run(['check'])).toBe(2);
  });
});

// Windows-1251 encoding of Cyrillic text (the test writes a legacy file without extra packages).
function encode1251(s: string): number[] {
  return [...s].map((ch) => {
    const c = ch.charCodeAt(0);
    if (c < 128) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (c === 0x401) return 0xa8;
    if (c === 0x451) return 0xb8;
    return 0x3f;
  });
}
