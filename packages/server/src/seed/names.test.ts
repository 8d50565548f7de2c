import { describe, expect, it } from 'vitest';
import { feminineSurname } from './names.js';

describe('feminineSurname', () => {
  it('derives the feminine form and leaves indeclinable surnames alone', () => {
    expect(feminineSurname('Иванов')).toBe('Иванова');
    expect(feminineSurname('Соловьёв')).toBe('Соловьёва');
    expect(feminineSurname('Покровский')).toBe('Покровская');
    expect(feminineSurname('Ильин')).toBe('Ильина');
    expect(feminineSurname('Бондаренко')).toBe('Бондаренко');
    expect(feminineSurname('Черных')).toBe('Черных');
    expect(feminineSurname('Агаджанян')).toBe('Агаджанян');
  });
});
