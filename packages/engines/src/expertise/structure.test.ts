import { describe, expect, it } from 'vitest';
import { parseStructure } from './structure.js';

// A fragment shaped like a municipal administrative regulation: sections, points of three levels,
// letter and numbered подпункты, bullet and plain абзацы.
const REGULATION = [
  'II. Стандарт предоставления муниципальной услуги',
  '2.3. Срок предоставления муниципальной услуги составляет 10 рабочих дней.',
  'Срок исчисляется со дня регистрации заявления.',
  '2.3.1. Решение об отказе направляется заявителю в течение 3 рабочих дней.',
  '2.6. К заявлению прилагаются:',
  '1) копия документа, удостоверяющего личность;',
  '2) схема расположения земельного участка.',
  'Перечень документов является исчерпывающим.',
  '2.8. Основаниями для отказа являются:',
  'а) отсутствие документов, указанных в пункте 2.6;',
  'б) несоответствие объекта требованиям градостроительного плана.',
  '- при подаче заявления через Единый портал;',
].join('\n');

const label = (text: string, phrase: string) => {
  const { units, paragraphs } = parseStructure(text);
  const at = text.indexOf(phrase);
  const p = paragraphs.find((x) => x.start <= at && at < x.end);
  if (!p) throw new Error(`no paragraph for ${phrase}`);
  return units[p.unitId].label;
};

describe('parseStructure', () => {
  it('numbers пункты «2.3.» and names their абзацы', () => {
    expect(label(REGULATION, 'Срок предоставления')).toBe('пункт 2.3, абзац 1');
    expect(label(REGULATION, 'Срок исчисляется')).toBe('пункт 2.3, абзац 2');
  });

  it('treats «2.3.1» as a подпункт of its own', () => {
    expect(label(REGULATION, 'Решение об отказе направляется')).toBe('подпункт 2.3.1');
  });

  it('names подпункты «1)» and «а)» through their пункт', () => {
    expect(label(REGULATION, 'копия документа')).toBe('подпункт 1 пункта 2.6');
    expect(label(REGULATION, 'отсутствие документов')).toBe('подпункт «а» пункта 2.8');
  });

  it('returns a paragraph after a closed list of подпункты to the пункт', () => {
    expect(label(REGULATION, 'Перечень документов является')).toBe('пункт 2.6, абзац 2');
  });

  it('keeps a dash bullet inside the подпункт it continues', () => {
    expect(label(REGULATION, 'при подаче заявления')).toBe('подпункт «б» пункта 2.8, абзац 2');
  });

  it('finds разделы and spans units over their children', () => {
    const { units } = parseStructure(REGULATION);
    const section = units.find((u) => u.kind === 'section');
    expect(section?.number).toBe('II');
    const p26 = units.find((u) => u.kind === 'point' && u.number === '2.6');
    expect(REGULATION.slice(p26?.start, p26?.end)).toContain('Перечень документов является исчерпывающим.');
  });

  it('reads статьи, части and пункты of a statute-like act', () => {
    const act = [
      'Статья 5. Полномочия администрации',
      '1. Администрация:',
      '1) ведет реестр;',
      'а) в электронной форме.',
    ].join('\n');
    expect(label(act, 'Администрация:')).toBe('часть 1 статьи 5');
    expect(label(act, 'ведет реестр')).toBe('пункт 1 части 1 статьи 5');
    expect(label(act, 'в электронной форме')).toBe('подпункт «а» пункта 1 части 1 статьи 5');
  });

  it('numbers абзацы of an unstructured text', () => {
    const text = 'Первый абзац.\n\nВторой абзац.';
    expect(label(text, 'Второй')).toBe('абзац 2');
    expect(label('Один абзац.', 'Один')).toBe('текст проекта');
  });
});
