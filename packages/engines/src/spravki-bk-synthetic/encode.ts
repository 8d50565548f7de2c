/** The file forms a package is met in: the program's .xsb container and plain XML in several encodings. */
import iconv from 'iconv-lite';

export type PackageEncoding = 'xsb' | 'utf16' | 'utf8' | 'cp1251';

/** The `.xsb` container: signature `XSB001`, then Base64 of the XML as UTF-32LE. */
export function encodeXsb(xml: string): Buffer {
  return Buffer.from(`XSB001${iconv.encode(xml, 'utf-32le', { addBOM: false }).toString('base64')}`, 'latin1');
}

/** Encodes a package's XML text in one of the forms met in practice. */
export function encodePackage(xml: string, encoding: PackageEncoding): Buffer {
  switch (encoding) {
    case 'xsb':
      return encodeXsb(xml);
    case 'utf16':
      return Buffer.from(`\uFEFF${xml}`, 'utf16le');
    case 'utf8':
      return Buffer.from(xml.replace('encoding="utf-16"', 'encoding="utf-8"'), 'utf8');
    case 'cp1251':
      // Exports in windows-1251 often keep the program's utf-16 declaration: the reader must not trust it.
      return iconv.encode(xml, 'windows-1251');
  }
}

export const FILE_EXTENSION: Record<PackageEncoding, string> = { xsb: 'xsb', utf16: 'xml', utf8: 'xml', cp1251: 'xml' };
