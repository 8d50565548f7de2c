/**
 * Reading what a user uploads: single `.xsb`/`.xml` files or zip archives of them (also a zip hidden in
 * a `.xsb` container). One result per package file; a file that cannot be read gives an error result and
 * never stops the others.
 */
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { isZip, SpravkiBkDecodeError } from './decode.js';
import { parseSpravkiBk } from './parse-package.js';
import type { ParsedPackage } from './types.js';

/** A package read from a file (with the package file's own bytes, also when it came out of a zip) or an error. */
export type PackageFileResult =
  | { file: string; package: ParsedPackage; bytes: Uint8Array }
  | { file: string; error: string };

/** Archives inside archives are opened this deep, no deeper (a guard against zip bombs). */
const MAX_ZIP_DEPTH = 3;

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** Zip entry names: UTF-8 when flagged or valid, else CP866 as written by Windows' own zip tool. */
function decodeZipName(bytes: string[] | Uint8Array | Buffer): string {
  const buf = Buffer.from(bytes as Uint8Array);
  try {
    return utf8Strict.decode(buf);
  } catch {
    return iconv.decode(buf, 'cp866');
  }
}

async function readZip(name: string, bytes: Uint8Array, depth: number): Promise<PackageFileResult[]> {
  if (depth > MAX_ZIP_DEPTH) return [{ file: name, error: 'слишком глубокая вложенность архивов' }];
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { decodeFileName: decodeZipName });
  } catch (err) {
    return [{ file: name, error: `zip-архив не читается: ${err instanceof Error ? err.message : String(err)}` }];
  }
  const entries = Object.values(zip.files)
    .filter((e) => !e.dir && !e.name.startsWith('__MACOSX/') && !/(^|\/)\./.test(e.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  const results: PackageFileResult[] = [];
  for (const entry of entries) {
    const inner = await entry.async('uint8array');
    results.push(...(await readOne(`${name}!${entry.name}`, inner, depth + 1)));
  }
  return results;
}

async function readOne(name: string, bytes: Uint8Array, depth: number): Promise<PackageFileResult[]> {
  if (isZip(bytes)) return readZip(name, bytes, depth);
  try {
    return [{ file: name, package: parseSpravkiBk(bytes), bytes }];
  } catch (err) {
    if (err instanceof SpravkiBkDecodeError && err.code === 'ZIP_PAYLOAD' && err.payload) {
      return readZip(name, err.payload, depth);
    }
    return [{ file: name, error: err instanceof Error ? err.message : String(err) }];
  }
}

/**
 * Reads one uploaded file: a package, or a zip archive of packages (results named `archive.zip!inner.xsb`).
 * Never throws for bad input: unreadable files come back as `{ file, error }`.
 */
export function readPackageFiles(name: string, bytes: Uint8Array): Promise<PackageFileResult[]> {
  return readOne(name, bytes, 0);
}
