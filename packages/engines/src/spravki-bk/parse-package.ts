/**
 * Parsing a whole «Справки БК» package: bytes (or XML text) in, ParsedPackage out. Synchronous and pure;
 * zip archives are opened by read-package-files.ts.
 */
import { createHash } from 'node:crypto';
import { type DecodedText, decodePackageBytes, SpravkiBkDecodeError } from './decode.js';
import { ATTRIBUTE_TAG, FieldBag, normName, type ParseContext, toRaw } from './field-bag.js';
import { readPerson } from './read-person.js';
import type { ParsedPackage, PersonDeclaration, RawValue } from './types.js';
import { lineColumn, parseXml, type XmlNode, XmlSyntaxError } from './xml-tree.js';

/** A file that is not a readable «Справки БК» package: the message names line and column when known. */
export class SpravkiBkParseError extends Error {
  readonly line: number | null;
  readonly column: number | null;
  constructor(message: string, line: number | null = null, column: number | null = null) {
    super(message);
    this.name = 'SpravkiBkParseError';
    this.line = line;
    this.column = column;
  }
}

function findForms(node: XmlNode, out: XmlNode[]): XmlNode[] {
  for (const child of node.children) {
    if (child.tag === 'Справка') out.push(child);
    else findForms(child, out);
  }
  return out;
}

/**
 * Parses the XML text of a package.
 * @throws SpravkiBkParseError when the XML is malformed or holds no `Справка`.
 */
export function parseSpravkiBkXml(
  xml: string,
  meta: { format?: ParsedPackage['format']; encoding?: string } = {},
): ParsedPackage {
  let root: XmlNode;
  try {
    root = parseXml(xml);
  } catch (err) {
    if (err instanceof XmlSyntaxError) {
      throw new SpravkiBkParseError(`XML повреждён: ${err.message}`, err.line, err.column);
    }
    throw err;
  }
  const ctx: ParseContext = { src: xml, warnings: [] };
  const unknown: Record<string, RawValue> = {};
  const forms: XmlNode[] = [];
  const flags: XmlNode[] = [];
  if (root.tag === 'Пакет') {
    for (const child of root.children) {
      const name = child.tag === ATTRIBUTE_TAG ? (child.attrs.Имя ?? '') : child.tag;
      if (child.tag === ATTRIBUTE_TAG && normName(name) === 'справки') {
        forms.push(...child.children.filter((c) => c.tag === 'Справка'));
        for (const other of child.children.filter((c) => c.tag !== 'Справка')) unknown[other.tag] = toRaw(other);
      } else if (child.tag === 'Справка') forms.push(child);
      else if (child.tag === ATTRIBUTE_TAG && child.children.length === 0) flags.push(child);
      else unknown[name] = toRaw(child);
    }
  } else if (root.tag === 'Справка') {
    forms.push(root);
  } else {
    findForms(root, forms);
  }
  if (forms.length === 0) {
    const { line, column } = lineColumn(xml, root.offset);
    throw new SpravkiBkParseError(
      `строка ${line}, столбец ${column}: в файле нет ни одной справки (элемент <Справка>), корневой элемент <${root.tag}>`,
      line,
      column,
    );
  }
  const persons: PersonDeclaration[] = forms.map((form, i) => readPerson(form, i + 1, ctx));
  const f = new FieldBag({ ...root, children: flags }, 'Пакет', ctx);
  const hasSelfForm = f.bool('ИмеетсяСправкаНаСебя');
  const hasSpouseForm = f.bool('ИмеетсяСправкаНаСупругуИлиСупруга');
  Object.assign(unknown, f.extra());
  return {
    format: meta.format ?? 'xml',
    encoding: meta.encoding ?? 'text',
    packageVersion: root.attrs.Версия ?? null,
    program: root.attrs.Программа ?? null,
    contentHash: createHash('sha256').update(xml, 'utf8').digest('hex'),
    isClarifying: persons.some((p) => p.isClarifying),
    hasSelfForm,
    hasSpouseForm,
    persons,
    unknown,
    warnings: ctx.warnings,
  };
}

/**
 * Parses one «Справки БК» file: a `.xsb` container or plain XML in any of the encodings met
 * (UTF-32/16/8, windows-1251). No database, no I/O.
 * @throws SpravkiBkParseError for a file that cannot be read (the message says why).
 * @throws SpravkiBkDecodeError with code `ZIP_PAYLOAD` for a zip archive (see readPackageFiles).
 */
export function parseSpravkiBk(bytes: Uint8Array): ParsedPackage {
  let decoded: DecodedText;
  try {
    decoded = decodePackageBytes(bytes);
  } catch (err) {
    if (err instanceof SpravkiBkDecodeError && err.code !== 'ZIP_PAYLOAD') throw new SpravkiBkParseError(err.message);
    throw err;
  }
  return parseSpravkiBkXml(decoded.xml, { format: decoded.format, encoding: decoded.encoding });
}
