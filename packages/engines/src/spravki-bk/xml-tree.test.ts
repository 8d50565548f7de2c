import { describe, expect, it } from 'vitest';
import { lineColumn, parseXml, XmlSyntaxError } from './xml-tree.js';

describe('parseXml', () => {
  it('builds the ordered tree with attributes, text, entities and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- c --><Пакет Версия="1.4"><Атрибут Имя="А">ООО &quot;Ромашка&quot; &amp; Ко &#1071;&#x42f;</Атрибут>' +
        '<Атрибут Имя=\'Б\' Печать="Да"/><Атрибут Имя="В"><![CDATA[<не тег>]]></Атрибут></Пакет>',
    );
    expect(root.tag).toBe('Пакет');
    expect(root.attrs).toEqual({ Версия: '1.4' });
    expect(root.children.map((c) => [c.attrs.Имя, c.text])).toEqual([
      ['А', 'ООО "Ромашка" & Ко ЯЯ'],
      ['Б', ''],
      ['В', '<не тег>'],
    ]);
    expect(root.children[1].attrs).toEqual({ Имя: 'Б', Печать: 'Да' });
  });

  it('accepts ">" inside an attribute value', () => {
    expect(parseXml('<a b="x>y"><c/></a>').attrs.b).toBe('x>y');
  });

  it.each([
    ['<a><b></a>', 1, 7, 'закрывающий тег </a> не соответствует открытому <b>'],
    ['<a>\n  <b>', 2, 3, 'не закрыт элемент <b>'],
    ['<a/><b/>', 1, 5, 'второй корневой элемент'],
    ['<a>&nbsp;</a>', 1, 4, 'неизвестная сущность &nbsp;'],
    ['<a b="1" c></a>', 1, 1, 'ошибка в атрибутах элемента <a>'],
    ['текст', 1, 1, 'текст вне корневого элемента'],
    ['', 1, 1, 'нет корневого элемента'],
  ])('reports %j at line %i column %i', (src, line, column, message) => {
    expect(() => parseXml(src)).toThrow(XmlSyntaxError);
    try {
      parseXml(src);
    } catch (err) {
      expect(err).toMatchObject({ line, column });
      expect((err as Error).message).toContain(message);
    }
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});
