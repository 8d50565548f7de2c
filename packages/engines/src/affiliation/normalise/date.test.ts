import { describe, expect, it } from 'vitest';
import { type BirthDate, compareBirthDates, parseBirthDate } from './date';

describe('parseBirthDate', () => {
  it('reads ISO and Russian forms', () => {
    for (const s of [
      '1980-05-12',
      '12.05.1980',
      '12/05/1980',
      '12-05-1980',
      '12.5.1980',
      '1980-05-12T00:00:00',
      '12.05.1980 г.',
    ]) {
      expect(parseBirthDate(s)?.iso).toBe('1980-05-12');
    }
  });

  it('reads two-digit years within the last hundred years', () => {
    expect(parseBirthDate('12.05.80', 2026)?.iso).toBe('1980-05-12');
    expect(parseBirthDate('01.09.15', 2026)?.iso).toBe('2015-09-01');
  });

  it('rejects impossible dates and other text', () => {
    expect(parseBirthDate('31.02.1980')).toBeUndefined();
    expect(parseBirthDate('1980')).toBeUndefined();
    expect(parseBirthDate('вчера')).toBeUndefined();
  });
});

describe('compareBirthDates', () => {
  const d = (s: string) => parseBirthDate(s) as BirthDate;
  it('tells a typo from a different date', () => {
    expect(compareBirthDates(d('12.05.1980'), d('1980-05-12'))).toBe('same');
    expect(compareBirthDates(d('12.05.1980'), d('05.12.1980'))).toBe('typo'); // day and month swapped
    expect(compareBirthDates(d('12.05.1980'), d('13.05.1980'))).toBe('typo');
    expect(compareBirthDates(d('12.05.1980'), d('12.05.1908'))).toBe('typo'); // neighbour digits swapped
    expect(compareBirthDates(d('12.05.1980'), d('23.11.1975'))).toBe('different');
  });
});
