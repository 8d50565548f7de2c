import { describe, expect, it } from 'vitest';
import { compareInn, type Inn, innTypoCandidates, isValidInn, normaliseInn, withInnCheckDigits } from './inn';

const inn = (s: string) => normaliseInn(s) as Inn;

describe('isValidInn', () => {
  it('accepts real organisation and personal numbers', () => {
    expect(isValidInn('7707083893')).toBe(true); // ПАО Сбербанк
    expect(isValidInn('7736050003')).toBe(true); // ПАО «Газпром»
    expect(isValidInn('500100732259')).toBe(true); // the ФНС sample personal ИНН
  });

  it('rejects a number with one digit wrong', () => {
    expect(isValidInn('7707083894')).toBe(false);
    expect(isValidInn('500100732258')).toBe(false);
    expect(isValidInn('77070838')).toBe(false);
  });

  it('computes check digits', () => {
    expect(withInnCheckDigits('770708389')).toBe('7707083893');
    expect(withInnCheckDigits('5001007322')).toBe('500100732259');
  });
});

describe('normaliseInn and compareInn', () => {
  it('strips spaces and words', () => {
    expect(normaliseInn('ИНН 5001 0073 2259')).toEqual({ digits: '500100732259', isValid: true });
    expect(normaliseInn('нет')).toBeUndefined();
  });

  const valid = inn('500100732259');
  it('tells the same number from a typo and a different number', () => {
    expect(compareInn(valid, inn('500100732259'))).toBe('same');
    expect(compareInn(valid, inn('500100732258'))).toBe('typo'); // last digit
    expect(compareInn(valid, inn('501000732259'))).toBe('typo'); // neighbours swapped
    expect(compareInn(valid, inn('50010073225'))).toBe('typo'); // a digit lost
    expect(compareInn(valid, inn(withInnCheckDigits('5001007323')))).toBe('different');
    expect(compareInn(inn('500100732258'), inn('500100732258'))).toBe('same-invalid');
  });

  it('finds the valid number behind a typo', () => {
    expect(innTypoCandidates('500100732258')).toContain('500100732259');
    expect(innTypoCandidates('50010073225')).toContain('500100732259');
  });
});
