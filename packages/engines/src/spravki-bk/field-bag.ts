/**
 * Reading the values of one item (an income, a property object, an account…).
 *
 * Every value in a package is `<Атрибут Имя="…">value</Атрибут>`, and the nesting of an item changes
 * between program versions (a property object sits in `Имущество/Квартира`, an address in
 * `МестонахождениеИмущества/Адрес`). So an item is flattened once: leaf values by their `Имя` (first
 * occurrence wins, case and underscores ignored), addresses by the `Атрибут` that holds them, the tags of
 * object elements (Квартира, Паспорт, ТранспортноеСредство) in order. Sub-lists the caller reads itself
 * (co-owners, sources of funds) are set aside whole. Whatever the caller does not read ends in `extra`.
 */
import type { Address, ParseWarning, RawNode, RawValue } from './types.js';
import { cleanText, parseAmount, parseBool, parseDate } from './values.js';
import { lineColumn, type XmlNode } from './xml-tree.js';

export const ATTRIBUTE_TAG = 'Атрибут';

/** Shared by all readers of one package: the XML source (for line numbers) and the warnings sink. */
export type ParseContext = { src: string; warnings: ParseWarning[] };

/** Normalises an `Имя` for lookup: case and underscores vary between versions and readers. */
export function normName(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}

/** The `Имя` of an `Атрибут` element, or null for other elements. */
export function attrName(node: XmlNode): string | null {
  return node.tag === ATTRIBUTE_TAG ? (node.attrs.Имя ?? null) : null;
}

/** Element children of the `Атрибут` named `name` among the direct children of `node`. */
export function groupItems(node: XmlNode, name: string): XmlNode[] {
  const key = normName(name);
  const group = node.children.find((c) => c.tag === ATTRIBUTE_TAG && normName(c.attrs.Имя ?? '') === key);
  return group ? group.children : [];
}

/** Converts a node to a raw value kept as is: the text of a leaf `Атрибут`, otherwise the structure. */
export function toRaw(node: XmlNode): RawValue {
  if (node.tag === ATTRIBUTE_TAG && node.children.length === 0) return node.text;
  return toRawNode(node);
}

function toRawNode(node: XmlNode): RawNode {
  const raw: RawNode = { tag: node.tag };
  const { Имя: name, ...attrs } = node.attrs;
  if (name !== undefined) raw.name = name;
  if (Object.keys(attrs).length > 0) raw.attrs = attrs;
  if (node.text) raw.text = node.text;
  if (node.children.length > 0) raw.children = node.children.map(toRawNode);
  return raw;
}

const ADDRESS_FIELDS: Record<string, keyof Address> = {
  страна: 'country',
  индекс: 'postalCode',
  регион: 'region',
  район: 'district',
  город: 'city',
  населенныйпункт: 'locality',
  улица: 'street',
  дом: 'house',
  корпус: 'building',
  строение: 'structure',
  квартира: 'flat',
  дополнительнаяинформация: 'additional',
  кладр: 'kladr',
  дляпечати: 'text',
};

type Leaf = { name: string; norm: string; node: XmlNode; used: boolean };
type FoundAddress = {
  holder: string | null;
  node: XmlNode;
  address: Address | null;
  unknown: Record<string, string>;
  used: boolean;
};

/** Parses an `Адрес` element into an Address; unknown parts are returned separately. */
export function readAddress(node: XmlNode): { address: Address | null; unknown: Record<string, string> } {
  const address: Address = {};
  const unknown: Record<string, string> = {};
  for (const child of node.children) {
    const name = attrName(child);
    const value = cleanText(child.text);
    if (!name || value === null) continue;
    const field = ADDRESS_FIELDS[normName(name)];
    if (field) address[field] = value;
    else unknown[name] = value;
  }
  // Import the raw parts; the printable form is kept only when it is all there is.
  if (address.text && Object.keys(address).length > 1) delete address.text;
  return { address: Object.keys(address).length > 0 ? address : null, unknown };
}

export class FieldBag {
  readonly path: string;
  /** Tags of object elements inside the item, in document order (e.g. `Квартира`, `Паспорт`). */
  readonly objectTags: string[] = [];
  private readonly leaves = new Map<string, Leaf[]>();
  private readonly order: Leaf[] = [];
  private readonly addresses: FoundAddress[] = [];
  private readonly setAside = new Map<string, XmlNode>();
  private readonly usedAside = new Set<string>();
  private readonly ctx: ParseContext;
  private readonly item: XmlNode;

  /**
   * @param exclude `Имя` of sub-lists kept whole for the caller (read with `aside`).
   */
  constructor(item: XmlNode, path: string, ctx: ParseContext, exclude: string[] = []) {
    this.item = item;
    this.path = path;
    this.ctx = ctx;
    const excluded = new Set(exclude.map(normName));
    this.walk(item, null, excluded);
  }

  private walk(node: XmlNode, holder: string | null, excluded: Set<string>): void {
    for (const child of node.children) {
      if (child.tag === ATTRIBUTE_TAG) {
        const name = child.attrs.Имя ?? '';
        const norm = normName(name);
        if (excluded.has(norm)) {
          if (!this.setAside.has(norm)) this.setAside.set(norm, child);
          continue;
        }
        if (child.children.length > 0) {
          this.walk(child, name, excluded);
          continue;
        }
        const leaf: Leaf = { name, norm, node: child, used: false };
        const list = this.leaves.get(norm);
        if (list) list.push(leaf);
        else this.leaves.set(norm, [leaf]);
        this.order.push(leaf);
      } else if (child.tag === 'Адрес') {
        this.addresses.push({ holder, node: child, used: false, ...readAddress(child) });
      } else {
        this.objectTags.push(child.tag);
        this.walk(child, holder, excluded);
      }
    }
  }

  private warn(node: XmlNode, field: string, message: string): void {
    const { line, column } = lineColumn(this.ctx.src, node.offset);
    this.ctx.warnings.push({ path: `${this.path} / ${field}`, line, column, message });
  }

  private leaf(names: string[]): Leaf | undefined {
    for (const name of names) {
      const list = this.leaves.get(normName(name));
      if (list) {
        for (const l of list) l.used = true;
        return list[0];
      }
    }
    return undefined;
  }

  /** True when any of `names` is present (does not mark it read). */
  has(...names: string[]): boolean {
    return names.some((name) => this.leaves.has(normName(name)));
  }

  /** Marks fields as read without using them (printable duplicates, checksums). */
  ignore(...names: string[]): void {
    for (const name of names) this.leaf([name]);
  }

  /** Trimmed text of the first field present among `names` (aliases), or null. */
  text(...names: string[]): string | null {
    const l = this.leaf(names);
    return l ? cleanText(l.node.text) : null;
  }

  /** Amount in roubles; an unreadable value is reported and read as null. */
  amount(...names: string[]): number | null {
    const l = this.leaf(names);
    if (!l) return null;
    const value = parseAmount(l.node.text);
    if (value === undefined) {
      this.warn(l.node, l.name, `не число: «${l.node.text}»`);
      return null;
    }
    return value;
  }

  /** Integer (a year, a count); an unreadable value is reported and read as null. */
  integer(...names: string[]): number | null {
    const value = this.amount(...names);
    return value === null ? null : Math.trunc(value);
  }

  /** ISO date; an unreadable value is reported and read as null. */
  date(...names: string[]): string | null {
    const l = this.leaf(names);
    if (!l) return null;
    const value = parseDate(cleanText(l.node.text));
    if (value === undefined) {
      this.warn(l.node, l.name, `не дата: «${l.node.text}»`);
      return null;
    }
    return value;
  }

  /** Boolean from Да/Нет or True/False; an unreadable value is reported and read as null. */
  bool(...names: string[]): boolean | null {
    const l = this.leaf(names);
    if (!l) return null;
    const value = parseBool(cleanText(l.node.text));
    if (value === undefined) {
      this.warn(l.node, l.name, `ожидается Да/Нет: «${l.node.text}»`);
      return null;
    }
    return value;
  }

  /** The address held by one of `holders` (an `Атрибут` name), else the first address of the item. */
  address(...holders: string[]): Address | null {
    const keys = holders.map(normName);
    const found =
      this.addresses.find((a) => a.holder !== null && keys.includes(normName(a.holder))) ??
      this.addresses.find((a) => !a.used);
    if (!found) return null;
    found.used = true;
    return found.address;
  }

  /** A sub-list set aside at construction. */
  aside(name: string): XmlNode | undefined {
    const norm = normName(name);
    this.usedAside.add(norm);
    return this.setAside.get(norm);
  }

  /** Fields nobody read, by their `Имя`, without printable duplicates and checksums. */
  extra(): Record<string, RawValue> | undefined {
    const out: Record<string, RawValue> = {};
    const put = (name: string, value: RawValue) => {
      let key = name;
      for (let i = 2; key in out; i++) key = `${name}#${i}`;
      out[key] = value;
    };
    for (const l of this.order) {
      if (l.used || l.norm.endsWith('дляпечати') || l.norm === 'кс') continue;
      if (l.node.text === '') continue;
      put(l.name, l.node.text);
    }
    for (const a of this.addresses) {
      if (a.used) for (const [k, v] of Object.entries(a.unknown)) put(`Адрес.${k}`, v);
      else put(a.holder ?? 'Адрес', toRaw(a.node));
    }
    for (const [norm, node] of this.setAside) {
      if (!this.usedAside.has(norm)) put(node.attrs.Имя ?? norm, toRaw(node));
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  /** The item element itself (for callers that need its tag). */
  get node(): XmlNode {
    return this.item;
  }
}

/** Adds `extra` (the fields nobody read) to an item when there are any. */
export function withExtra<T extends { extra?: Record<string, RawValue> }>(item: T, f: FieldBag): T {
  const extra = f.extra();
  if (extra) item.extra = extra;
  return item;
}
