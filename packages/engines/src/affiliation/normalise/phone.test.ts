import { describe, expect, it } from 'vitest';
import { comparePhones, normalisePhone, type Phone, splitPhones } from './phone';

const phone = (s: string) => normalisePhone(s) as Phone;

describe('normalisePhone', () => {
  it('reduces every way of writing a mobile number to ten digits', () => {
    for (const s of [
      '+7 (923) 456-78-90',
      '8-923-456-78-90',
      '89234567890',
      '7 923 4567890',
      '923 456 78 90',
      '+7(923)4567890',
    ]) {
      expect(normalisePhone(s)?.digits).toBe('9234567890');
    }
    expect(normalisePhone('+7 (923) 456-78-90')?.kind).toBe('mobile');
  });

  it('reads a city number with its area code and without', () => {
    expect(normalisePhone('8 (3842) 45-67-89')).toMatchObject({ digits: '3842456789', kind: 'landline' });
    expect(normalisePhone('45-67-89')).toMatchObject({ digits: '456789', kind: 'local' });
    expect(normalisePhone('8 (3842) 45-67-89 доб. 123')?.digits).toBe('3842456789');
  });

  it('rejects what cannot be a Russian number', () => {
    expect(normalisePhone('123')).toBeUndefined();
    expect(normalisePhone('+1 212 555 0100 12')).toBeUndefined();
  });

  it('splits a field with several numbers', () => {
    expect(splitPhones('8-923-111-22-33, 8 (3842) 45-67-89')).toHaveLength(2);
  });
});

describe('comparePhones', () => {
  it('matches a city number without area code to the end of the full one, weakly', () => {
    expect(comparePhones(phone('45-67-89'), phone('8 (3842) 45-67-89'))).toBe('same-local');
    expect(comparePhones(phone('+79234567890'), phone('8 923 456 78 90'))).toBe('same');
    expect(comparePhones(phone('+79234567890'), phone('8 923 456 78 91'))).toBe('different');
  });
});
