import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePackageBytes, decodeTextBytes, SpravkiBkDecodeError } from './decode.js';
import { readFixture } from './fixtures.test-helper.js';

const xml = decodePackageBytes(readFixture('003')).xml;
const utf32le = (s: string) => iconv.encode(s, 'utf-32le', { addBOM: false });

describe('decodePackageBytes', () => {
  it('opens the .xsb container: signature, Base64, UTF-32LE', () => {
    const decoded = decodePackageBytes(readFixture('001'));
    expect(decoded.format).toBe('xsb');
    expect(decoded.encoding).toBe('utf-32le');
    expect(decoded.xml.startsWith('<?xml version="1.0" encoding="utf-16"?><Пакет Версия="1.4"')).toBe(true);
  });

  it('reads plain UTF-16LE with BOM despite any declaration', () => {
    const decoded = decodePackageBytes(readFixture('005-plain-utf16'));
    expect([decoded.format, decoded.encoding]).toEqual(['xml', 'utf-16le']);
    expect(decoded.xml).toContain('<Атрибут Имя="Фамилия">Миронова</Атрибут>');
  });

  it('reads windows-1251 even when the declaration says utf-16 or utf-8', () => {
    for (const declared of ['utf-16', 'utf-8']) {
      const text = xml.replace('encoding="utf-16"', `encoding="${declared}"`);
      const decoded = decodePackageBytes(iconv.encode(text, 'windows-1251'));
      expect(decoded.encoding).toBe('windows-1251');
      expect(decoded.xml).toBe(text);
    }
  });

  it('reads UTF-8 (with or without BOM) even when the declaration says windows-1251', () => {
    const text = xml.replace('encoding="utf-16"', 'encoding="windows-1251"');
    expect(decodePackageBytes(Buffer.from(text, 'utf8')).xml).toBe(text);
    expect(decodePackageBytes(Buffer.from(`\uFEFF${text}`, 'utf8')).xml).toBe(text);
  });

  it('reads UTF-16BE and UTF-16LE without BOM, and UTF-32 with BOM', () => {
    const be = Buffer.from(xml, 'utf16le').swap16();
    expect(decodePackageBytes(be)).toMatchObject({ encoding: 'utf-16be', xml });
    expect(decodePackageBytes(Buffer.from(xml, 'utf16le'))).toMatchObject({ encoding: 'utf-16le', xml });
    expect(decodePackageBytes(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le(xml)]))).toMatchObject({
      encoding: 'utf-32le',
      xml,
    });
  });

  it('opens a container whose payload is UTF-8, UTF-16, windows-1251 or gzip, and a container saved as UTF-16', () => {
    const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
    const payloads = [
      Buffer.from(xml, 'utf8'),
      Buffer.from(`\uFEFF${xml}`, 'utf16le'),
      iconv.encode(xml, 'windows-1251'),
      gzipSync(utf32le(xml)),
    ];
    for (const payload of payloads) {
      const decoded = decodePackageBytes(Buffer.from(`XSB001${b64(payload)}`, 'latin1'));
      expect(decoded).toMatchObject({ format: 'xsb', xml });
    }
    const container = readFixture('002').toString('latin1');
    expect(decodePackageBytes(Buffer.from(`\uFEFF${container}`, 'utf16le')).format).toBe('xsb');
    // Base64 wrapped at 76 characters (as some tools save it) still opens.
    const wrapped = `XSB001${b64(utf32le(xml)).replace(/(.{76})/g, '$1\r\n')}`;
    expect(decodePackageBytes(Buffer.from(wrapped, 'latin1')).xml).toBe(xml);
  });

  it('reports a zip payload, an empty file and an unknown format', () => {
    const zipLike = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(() => decodePackageBytes(zipLike)).toThrow(expect.objectContaining({ code: 'ZIP_PAYLOAD' }));
    expect(() => decodePackageBytes(new Uint8Array())).toThrow(expect.objectContaining({ code: 'EMPTY' }));
    expect(() => decodePackageBytes(Buffer.from('просто текст, не справка'))).toThrow(SpravkiBkDecodeError);
    expect(() => decodePackageBytes(Buffer.from('XSB001!!!!'))).toThrow(/не удалось распознать формат/);
  });
});

describe('decodeTextBytes', () => {
  it('falls back to windows-1251 for bytes that are not UTF-8', () => {
    expect(decodeTextBytes(iconv.encode('Справка', 'windows-1251'))).toEqual({
      text: 'Справка',
      encoding: 'windows-1251',
    });
    expect(decodeTextBytes(Buffer.from('Справка'))).toEqual({ text: 'Справка', encoding: 'utf-8' });
  });
});
