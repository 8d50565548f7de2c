import { describe, expect, it } from 'vitest';
import { parsePersonName, surnameStem } from './names';

const parts = (l?: string, f?: string, m?: string) => {
  const n = parsePersonName(l, f, m);
  return [n?.last?.skel, n?.first?.skel, n?.middle?.skel, n?.gender];
};

describe('parsePersonName', () => {
  it('reads the three columns, whatever the case and spacing', () => {
    expect(parts('  ИВАНОВ ', 'иван', 'Иванович')).toEqual(['ivanov', 'ivan', 'ivanovich', 'm']);
  });

  it('reads initials in any position', () => {
    expect(parts('Иванов И.И.')).toEqual(['ivanov', 'i', 'i', 'm']);
    expect(parts('И. И. Иванов')).toEqual(['ivanov', 'i', 'i', 'm']);
    expect(parts('Иванов', 'И.И.')).toEqual(['ivanov', 'i', 'i', 'm']);
    expect(parsePersonName('Петрова', 'А.', 'С.')?.first?.isInitial).toBe(true);
  });

  it('reads a free-form name in either order, the patronymic telling which', () => {
    expect(parts('Иванов Иван Иванович')).toEqual(['ivanov', 'ivan', 'ivanovich', 'm']);
    expect(parts('Иван Иванович Иванов')).toEqual(['ivanov', 'ivan', 'ivanovich', 'm']);
    expect(parts('Мария Сергеевна Кузнецова')).toEqual(['kuznetsova', 'mariia', 'sergeevna', 'f']);
  });

  it('reads a two-word name by the surname ending and flags a guess', () => {
    expect(parts('Иван Петров')).toEqual(['petrov', 'ivan', undefined, 'm']);
    const n = parsePersonName('Олег Ким');
    expect(n?.isOrderUncertain).toBe(true);
  });

  it('keeps a Turkic patronymic with its particle', () => {
    expect(parsePersonName('Алиев', 'Рашид', 'Гасан оглы')?.middle?.raw).toBe('Гасан оглы');
  });

  it('reads a Latin passport name', () => {
    expect(parts('IVANOVA', 'MARIIA', 'SERGEEVNA')).toEqual(['ivanova', 'mariia', 'sergeevna', 'f']);
  });

  it('tells gender from the patronymic before the first name', () => {
    expect(parsePersonName('Шевченко', 'Саша', 'Петрович')?.gender).toBe('m');
    expect(parsePersonName('Черных', 'Никита', '')?.gender).toBe('m');
    expect(parsePersonName('Черных', 'Любовь', '')?.gender).toBe('f');
  });

  it('reads a former surname in brackets', () => {
    const n = parsePersonName('Иванова (урожд. Сидорова)', 'Мария', 'Сергеевна');
    expect(n?.last?.skel).toBe('ivanova');
    expect(n?.formerLast?.raw).toBe('Сидорова');
    expect(parsePersonName('Петрова (до брака Кузнецова) Анна Ивановна')?.formerLast?.raw).toBe('Кузнецова');
  });

  it('returns undefined for an empty name', () => {
    expect(parsePersonName('', ' ', undefined)).toBeUndefined();
  });
});

describe('surnameStem', () => {
  it('gives one stem to both gender forms of a declinable surname', () => {
    expect(surnameStem('ivanov')).toBe(surnameStem('ivanova'));
    expect(surnameStem('pokrovskii')).toBe(surnameStem('pokrovskaia'));
    expect(surnameStem('lugovskoi')).toBe(surnameStem('lugovskaia'));
    expect(surnameStem('tolstoi')).toBe(surnameStem('tolstaia'));
    expect(surnameStem('pushkin')).toBe(surnameStem('pushkina'));
  });

  it('leaves indeclinable surnames (-енко, -их, -ых, -ян) as they are', () => {
    for (const s of ['shevchenko', 'chernykh', 'sedykh', 'akopian', 'dolidze']) expect(surnameStem(s)).toBe(s);
  });
});
