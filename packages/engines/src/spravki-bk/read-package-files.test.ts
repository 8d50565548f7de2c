import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixtures.test-helper.js';
import { readPackageFiles } from './read-package-files.js';

async function zip(files: Record<string, Uint8Array | string>, options: { cp866Names?: boolean } = {}) {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data);
  return z.generateAsync({
    type: 'uint8array',
    // Windows' own zip tool writes Cyrillic names in CP866 without the UTF-8 flag.
    encodeFileName: options.cp866Names ? (name: string) => iconv.encode(name, 'cp866') as unknown as string : undefined,
  });
}

const MINIMAL_UTF16 = Buffer.from(
  '\uFEFF<?xml version="1.0"?><Пакет><Атрибут Имя="Справки"><Справка><Атрибут Имя="ЗаполняетсяНа">НаСебя</Атрибут></Справка></Атрибут></Пакет>',
  'utf16le',
);

describe('readPackageFiles', () => {
  it('reads a single package', async () => {
    const [result] = await readPackageFiles('001.xsb', readFixture('001'));
    expect(result.file).toBe('001.xsb');
    expect('package' in result && result.package.persons).toHaveLength(4);
  });

  it('reads every file of a zip, one result per inner file, named archive!inner', async () => {
    const bytes = await zip({
      'b/002.xsb': readFixture('002'),
      'a/005.xml': readFixture('005-plain-utf16'),
      'readme.txt': 'не справка',
      '.hidden': 'x',
    });
    const results = await readPackageFiles('пакеты.zip', bytes);
    expect(results.map((r) => r.file)).toEqual([
      'пакеты.zip!a/005.xml',
      'пакеты.zip!b/002.xsb',
      'пакеты.zip!readme.txt',
    ]);
    expect(results.map((r) => ('package' in r ? r.package.persons.length : r.error))).toEqual([
      3,
      3,
      expect.stringContaining('не удалось распознать формат'),
    ]);
  });

  it('decodes CP866 file names and opens a zip inside a zip', async () => {
    const inner = await zip({ 'справка 003.xml': MINIMAL_UTF16 }, { cp866Names: true });
    // JSZip adds a UTF-8 copy of the name (Info-ZIP extra field 0x7075); Windows does not: drop it.
    const bytes = Buffer.from(inner);
    for (
      let i = bytes.indexOf(Buffer.from([0x75, 0x70]));
      i >= 0;
      i = bytes.indexOf(Buffer.from([0x75, 0x70]), i + 2)
    ) {
      bytes[i] = 0x99;
    }
    expect(Object.keys((await JSZip.loadAsync(bytes)).files)).not.toEqual(['справка 003.xml']);
    const results = await readPackageFiles('outer.zip', await zip({ 'inner.zip': bytes }));
    expect(results.map((r) => r.file)).toEqual(['outer.zip!inner.zip!справка 003.xml']);
    expect('package' in results[0]).toBe(true);
  });

  it('opens a zip hidden in an .xsb container', async () => {
    const payload = await zip({ '004.xml': MINIMAL_UTF16 });
    const xsb = Buffer.from(`XSB001${Buffer.from(payload).toString('base64')}`, 'latin1');
    const results = await readPackageFiles('004.xsb', xsb);
    expect(results.map((r) => [r.file, 'package' in r && r.package.persons[0].role])).toEqual([
      ['004.xsb!004.xml', 'self'],
    ]);
  });

  it('returns an error result for a broken zip and for a broken package, never throws', async () => {
    const broken = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]);
    const [z] = await readPackageFiles('broken.zip', broken);
    expect(z).toEqual({ file: 'broken.zip', error: expect.stringContaining('zip-архив не читается') });
    const [p] = await readPackageFiles('broken.xml', Buffer.from('<Пакет><Атрибут Имя="Справки">'));
    expect(p).toEqual({
      file: 'broken.xml',
      error: expect.stringMatching(/^XML повреждён: строка 1, столбец \d+: не закрыт элемент/),
    });
  });
});
