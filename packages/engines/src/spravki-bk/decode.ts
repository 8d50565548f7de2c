/**
 * Turns the bytes of a «Справки БК» file into XML text.
 *
 * Met in practice (domain.md, Appendix D): the program's `.xsb` container — a 6-character signature
 * (`XSB001`) then Base64 of the XML encoded as UTF-32LE; plain XML exports in UTF-16 with BOM (often with a
 * wrong `encoding` declaration), UTF-8 or windows-1251. The declaration is therefore never trusted over the
 * bytes: BOM first, then the pattern of zero bytes, then a strict UTF-8 check, windows-1251 last. A Base64
 * payload that is gzip/zlib-compressed is inflated; one that is a zip archive is reported so the async
 * reader (read-package-files.ts) can open it.
 */
import { gunzipSync, inflateSync } from 'node:zlib';
import iconv from 'iconv-lite';

export type DecodedText = {
  xml: string;
  format: 'xsb' | 'xml';
  encoding: string;
};

export type DecodeErrorCode = 'EMPTY' | 'UNKNOWN_FORMAT' | 'ZIP_PAYLOAD';

export class SpravkiBkDecodeError extends Error {
  readonly code: DecodeErrorCode;
  /** For `ZIP_PAYLOAD`: the zip archive found inside the container. */
  readonly payload?: Uint8Array;
  constructor(code: DecodeErrorCode, message: string, payload?: Uint8Array) {
    super(message);
    this.name = 'SpravkiBkDecodeError';
    this.code = code;
    this.payload = payload;
  }
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** True for the local-file-header signature of a zip archive (`PK\x03\x04`) or an empty one (`PK\x05\x06`). */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06);
}

function declaredEncoding(head: string): string | null {
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** Decodes text bytes, detecting the encoding from the bytes themselves. */
export function decodeTextBytes(bytes: Uint8Array): { text: string; encoding: string } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(buf, 0xff, 0xfe, 0x00, 0x00))
    return { text: iconv.decode(buf.subarray(4), 'utf-32le'), encoding: 'utf-32le' };
  if (startsWith(buf, 0x00, 0x00, 0xfe, 0xff))
    return { text: iconv.decode(buf.subarray(4), 'utf-32be'), encoding: 'utf-32be' };
  if (startsWith(buf, 0xef, 0xbb, 0xbf)) return { text: utf8Lenient(buf.subarray(3)), encoding: 'utf-8' };
  if (startsWith(buf, 0xff, 0xfe)) return { text: utf16le.decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(buf, 0xfe, 0xff)) return { text: utf16be.decode(buf.subarray(2)), encoding: 'utf-16be' };
  // No BOM: an ASCII first character ('<' or a Base64 letter) shows the code unit width by its zero bytes.
  if (buf.length >= 4 && buf[0] !== 0 && buf[1] === 0 && buf[2] === 0 && buf[3] === 0) {
    return { text: iconv.decode(buf, 'utf-32le'), encoding: 'utf-32le' };
  }
  if (buf.length >= 4 && buf[0] === 0 && buf[1] === 0 && buf[2] === 0 && buf[3] !== 0) {
    return { text: iconv.decode(buf, 'utf-32be'), encoding: 'utf-32be' };
  }
  if (buf.length >= 2 && buf[0] !== 0 && buf[1] === 0) return { text: utf16le.decode(buf), encoding: 'utf-16le' };
  if (buf.length >= 2 && buf[0] === 0 && buf[1] !== 0) return { text: utf16be.decode(buf), encoding: 'utf-16be' };
  try {
    return { text: utf8Strict.decode(buf), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a single-byte code page. Trust the declaration only if it names one iconv knows.
    const declared = declaredEncoding(buf.subarray(0, 200).toString('latin1'));
    const encoding = declared && !/^utf/.test(declared) && iconv.encodingExists(declared) ? declared : 'windows-1251';
    return { text: iconv.decode(buf, encoding), encoding };
  }
}

function utf8Lenient(buf: Buffer): string {
  return buf.toString('utf8');
}

function looksLikeXml(text: string): boolean {
  return /^\s*</.test(text);
}

const BASE64_BODY = /^[A-Za-z0-9+/=\s]+$/;

/**
 * Decodes a Base64 payload of the container into XML text, or null when it is not one. `checked` skips
 * the alphabet check when the caller already knows it is the program's container (the decoded text is
 * checked for XML anyway).
 */
function decodePayload(base64: string, checked = false): { xml: string; encoding: string } | null {
  if (base64.length < 8 || (!checked && !BASE64_BODY.test(base64))) return null;
  let bytes: Uint8Array = Buffer.from(base64, 'base64');
  if (startsWith(bytes, 0x1f, 0x8b)) bytes = gunzipSync(bytes);
  else if (bytes[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(bytes[1])) {
    try {
      bytes = inflateSync(bytes);
    } catch {
      return null;
    }
  }
  if (isZip(bytes)) throw new SpravkiBkDecodeError('ZIP_PAYLOAD', 'внутри контейнера .xsb находится zip-архив', bytes);
  const { text, encoding } = decodeTextBytes(bytes);
  return looksLikeXml(text) ? { xml: text, encoding } : null;
}

/**
 * Decodes the bytes of one file (a `.xsb` container or plain XML) into XML text.
 * @throws SpravkiBkDecodeError when the bytes are neither.
 */
export function decodePackageBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new SpravkiBkDecodeError('EMPTY', 'файл пуст');
  if (isZip(bytes)) throw new SpravkiBkDecodeError('ZIP_PAYLOAD', 'файл является zip-архивом', bytes);
  // Fast path for the program's own container: ASCII `XSB` + 3 digits, Base64 read straight from the bytes.
  if (
    bytes.length > 6 &&
    startsWith(bytes, 0x58, 0x53, 0x42) &&
    [3, 4, 5].every((i) => bytes[i] >= 0x30 && bytes[i] <= 0x39)
  ) {
    const decoded = decodePayload(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', 6),
      true,
    );
    if (decoded) return { xml: decoded.xml.replace(/^\uFEFF/, ''), format: 'xsb', encoding: decoded.encoding };
  }
  const { text, encoding } = decodeTextBytes(bytes);
  if (looksLikeXml(text)) return { xml: text.replace(/^\uFEFF/, ''), format: 'xml', encoding };
  const body = text.replace(/^\uFEFF/, '').trim();
  // The program writes `XSB` + 3 digits; public readers simply drop the first 6 characters. Try the
  // signature we know, then those 6 characters, then no signature at all.
  const offsets = /^XSB\d{3}/.test(body) ? [6] : [6, 0];
  for (const offset of offsets) {
    const decoded = decodePayload(body.slice(offset));
    if (decoded) return { xml: decoded.xml.replace(/^\uFEFF/, ''), format: 'xsb', encoding: decoded.encoding };
  }
  throw new SpravkiBkDecodeError(
    'UNKNOWN_FORMAT',
    `не удалось распознать формат: ожидается XML или контейнер .xsb (начало файла: «${body.slice(0, 12)}»)`,
  );
}
