/**
 * A small strict XML reader for «Справки БК» packages.
 *
 * Why not fast-xml-parser here: on these packages (20–40 KB of deeply nested `Атрибут` elements) its
 * order-preserving mode took ~3 ms per package, which alone caps a shared core at ~300 packages/s; this
 * reader builds the ordered tree in ~0.4 ms. It covers what the program writes (elements, attributes,
 * text, the five named entities and character references, comments, CDATA, processing instructions, a
 * DOCTYPE without internal subset) and reports malformed input with line and column.
 */

export type XmlNode = {
  tag: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  /** Offset of the start tag in the source (for line/column in messages). */
  offset: number;
};

export class XmlSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(`строка ${line}, столбец ${column}: ${message}`);
    this.name = 'XmlSyntaxError';
    this.line = line;
    this.column = column;
  }
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NAME = /^[^\s<>/="'!?]+$/;

/** Line and column (1-based) of an offset in a text. */
export function lineColumn(src: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = src.indexOf('\n'); i >= 0 && i < offset; i = src.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function fail(src: string, offset: number, message: string): never {
  const { line, column } = lineColumn(src, offset);
  throw new XmlSyntaxError(message, line, column);
}

function decodeEntities(src: string, s: string, offset: number): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (match, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) fail(src, offset, `недопустимая ссылка на символ ${match}`);
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[entity];
    if (named === undefined) fail(src, offset, `неизвестная сущность ${match}`);
    return named;
  });
}

/** Finds the `>` closing a tag that starts at `from`, skipping quoted attribute values. */
function tagEnd(src: string, from: number): number {
  let quote = 0;
  for (let i = from; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i;
    } else if (c === 60) {
      return -1;
    }
  }
  return -1;
}

/**
 * Parses XML text into a tree. Returns the single root element.
 * @throws XmlSyntaxError naming line and column when the text is not well-formed.
 */
export function parseXml(src: string): XmlNode {
  const doc: XmlNode = { tag: '#document', attrs: {}, children: [], text: '', offset: 0 };
  const stack: XmlNode[] = [doc];
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = src.length;
  while (i < n) {
    const lt = src.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const raw = src.slice(i, textEnd);
      const trimmed = raw.trim();
      if (trimmed) {
        if (stack.length === 1) fail(src, i, 'текст вне корневого элемента');
        stack[stack.length - 1].text += decodeEntities(src, trimmed, i);
      }
    }
    if (lt < 0) break;
    const c = src.charCodeAt(lt + 1);
    if (c === 63 /* ? */) {
      const end = src.indexOf('?>', lt + 2);
      if (end < 0) fail(src, lt, 'не закрыта инструкция обработки <?…?>');
      i = end + 2;
      continue;
    }
    if (c === 33 /* ! */) {
      if (src.startsWith('<!--', lt)) {
        const end = src.indexOf('-->', lt + 4);
        if (end < 0) fail(src, lt, 'не закрыт комментарий <!--');
        i = end + 3;
      } else if (src.startsWith('<![CDATA[', lt)) {
        const end = src.indexOf(']]>', lt + 9);
        if (end < 0) fail(src, lt, 'не закрыт блок CDATA');
        if (stack.length === 1) fail(src, lt, 'CDATA вне корневого элемента');
        stack[stack.length - 1].text += src.slice(lt + 9, end);
        i = end + 3;
      } else {
        const end = src.indexOf('>', lt + 2);
        if (end < 0) fail(src, lt, 'не закрыто объявление <!…>');
        i = end + 1;
      }
      continue;
    }
    const gt = tagEnd(src, lt + 1);
    if (gt < 0) fail(src, lt, 'не закрыт тег');
    if (c === 47 /* / */) {
      const name = src.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open === doc) fail(src, lt, `лишний закрывающий тег </${name}>`);
      if (open.tag !== name) fail(src, lt, `закрывающий тег </${name}> не соответствует открытому <${open.tag}>`);
      i = gt + 1;
      continue;
    }
    let body = src.slice(lt + 1, gt);
    const selfClosing = body.charCodeAt(body.length - 1) === 47;
    if (selfClosing) body = body.slice(0, -1);
    const space = body.search(/\s/);
    const tag = space < 0 ? body : body.slice(0, space);
    if (!NAME.test(tag)) fail(src, lt, `недопустимое имя элемента «${tag}»`);
    const attrs: Record<string, string> = {};
    if (space >= 0) {
      const rest = body.slice(space);
      ATTRIBUTE.lastIndex = 0;
      let consumed = 0;
      for (let m = ATTRIBUTE.exec(rest); m; m = ATTRIBUTE.exec(rest)) {
        if (rest.slice(consumed, m.index).trim()) fail(src, lt, `ошибка в атрибутах элемента <${tag}>`);
        attrs[m[1]] = decodeEntities(src, m[2] ?? m[3] ?? '', lt);
        consumed = ATTRIBUTE.lastIndex;
      }
      if (rest.slice(consumed).trim()) fail(src, lt, `ошибка в атрибутах элемента <${tag}>`);
    }
    if (stack.length === 1 && doc.children.length > 0) fail(src, lt, 'второй корневой элемент');
    const node: XmlNode = { tag, attrs, children: [], text: '', offset: lt };
    stack[stack.length - 1].children.push(node);
    if (!selfClosing) stack.push(node);
    i = gt + 1;
  }
  if (stack.length > 1) {
    const open = stack[stack.length - 1];
    fail(src, open.offset, `не закрыт элемент <${open.tag}> (файл обрывается)`);
  }
  const root = doc.children[0];
  if (!root) fail(src, 0, 'нет корневого элемента');
  return root;
}
