import { describe, expect, it } from 'vitest';
import { parseRuDate } from './parse-staff-file.js';

describe('parseRuDate', () => {
  it('reads Russian and ISO dates', () => {
    expect(parseRuDate('01.09.2015')).toBe('2015-09-01');
    expect(parseRuDate('1.9.2015')).toBe('2015-09-01');
    expect(parseRuDate('2024-02-29')).toBe('2024-02-29');
  });
  it('refuses dates that do not exist', () => {
    expect(parseRuDate('31.02.1980')).toBeNull();
    expect(parseRuDate('29.02.2023')).toBeNull();
    expect(parseRuDate('2015/09/01')).toBeNull();
    expect(parseRuDate('12.05.84')).toBeNull();
  });
});
