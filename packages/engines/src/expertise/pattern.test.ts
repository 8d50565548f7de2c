import { describe, expect, it } from 'vitest';
import { compile, findAll, findFirst } from './pattern.js';
import { tokenize } from './tokenize.js';

const matches = (pattern: string, text: string) =>
  findAll(tokenize(text), compile(pattern)).map((m) => {
    const t = tokenize(text);
    return text.slice(t[m.from].start, t[m.to - 1].end);
  });

describe('stem patterns', () => {
  it('match any case and number of a word', () => {
    for (const form of ['иные основания', 'иных оснований', 'иным основаниям', 'иными основаниями', 'иное основание']) {
      expect(matches('иной основание', `Отказ по причине: ${form}.`)).toEqual([form]);
    }
  });

  it('fold ё and capital letters', () => {
    expect(matches('учет', 'Постановка на УЧЁТ')).toEqual(['УЧЁТ']);
  });

  it('skip words with ~N but not across «;»', () => {
    const p = compile('решени* о|об ~4 принима*');
    expect(findFirst(tokenize('Решение о предоставлении субсидии принимается главой'), p)).not.toBeNull();
    expect(findFirst(tokenize('решение о выдаче; комиссия принимает'), p)).toBeNull();
  });

  it('support optional elements and exact forms', () => {
    expect(matches('может ?быть отказа*', 'может отказать, может быть отказано')).toEqual([
      'может отказать',
      'может быть отказано',
    ]);
    expect(matches('=№ #', 'от 14.03.2022 № 215')).toEqual(['№ 215']);
  });
});
