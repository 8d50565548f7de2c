import { describe, expect, it } from 'vitest';
import { decodePackageBytes } from './decode.js';
import { diffDeclarations, diffPackages } from './diff.js';
import { readFixture } from './fixtures.test-helper.js';
import { parseSpravkiBkXml } from './parse-package.js';

const original = decodePackageBytes(readFixture('001')).xml;

describe('diffDeclarations', () => {
  it('finds no difference between a package and itself', () => {
    const a = parseSpravkiBkXml(original);
    const b = parseSpravkiBkXml(original);
    for (const [i, p] of a.persons.entries()) expect(diffDeclarations(p, b.persons[i])).toEqual([]);
    expect(diffPackages(a, b)).toEqual([]);
  });

  it('lists a clarified amount, a new account, a removed apartment and the clarifying flag', () => {
    const clarified = original
      .replace('<Атрибут Имя="Уточнение">Нет</Атрибут>', '<Атрибут Имя="Уточнение">Да</Атрибут>')
      .replace('555133.28', '565133.28')
      .replace(
        '<Атрибут Имя="Счета">',
        '<Атрибут Имя="Счета"><Счет><Атрибут Имя="ВидСчета">Депозитный</Атрибут><Атрибут Имя="ВалютаСчета">Рубль</Атрибут>' +
          '<Атрибут Имя="КредитнаяОрганизация">Банк ВТБ (ПАО)</Атрибут><Атрибут Имя="ОстатокНаСчете">1000.00</Атрибут></Счет>',
      )
      .replace(
        /<Атрибут Имя="НедвижимоеИмущество"><Собственность>.*?<\/Собственность><\/Атрибут>/,
        '<Атрибут Имя="НедвижимоеИмущество"/>',
      );
    const [before] = parseSpravkiBkXml(original).persons;
    const [after] = parseSpravkiBkXml(clarified).persons;
    const diff = diffDeclarations(before, after);
    expect(diff).toEqual([
      { section: 'title', change: 'changed', item: '', field: 'isClarifying', before: false, after: true },
      { section: 'title', change: 'changed', item: '', field: 'incomeTotal', before: 620710.19, after: 630710.19 },
      { section: 'incomes', change: 'changed', item: 'строка 1', field: 'amount', before: 555133.28, after: 565133.28 },
      { section: 'realEstate', change: 'removed', item: 'Квартира, 57.8 м²', before: before.realEstate[0] },
      { section: 'accounts', change: 'added', item: 'Банк ВТБ (ПАО), Депозитный, Рубль', after: after.accounts[0] },
    ]);
  });

  it('pairs items by their identity, so reordering is not a change', () => {
    const [p] = parseSpravkiBkXml(original).persons;
    const reordered = { ...p, accounts: [...p.accounts].reverse(), incomes: [...p.incomes].reverse() };
    expect(diffDeclarations(p, reordered)).toEqual([]);
  });
});

describe('diffPackages', () => {
  it('reports a person added to the package', () => {
    const a = parseSpravkiBkXml(original);
    const b = parseSpravkiBkXml(original);
    const removed = { ...a, persons: a.persons.slice(0, 2) };
    expect(diffPackages(removed, b)).toEqual([
      { person: 'minor_child: Рябов Илья Андреевич (2014-09-25)', change: 'added' },
      { person: 'minor_child: Рябов Илья Андреевич (2017-03-28)', change: 'added' },
    ]);
  });
});
