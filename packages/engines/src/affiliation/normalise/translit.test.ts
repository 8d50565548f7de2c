import { describe, expect, it } from 'vitest';
import { repairHomoglyphs, toSkeleton } from './translit';

describe('toSkeleton', () => {
  it('maps Cyrillic and the ICAO passport spelling to one skeleton', () => {
    // Passport (MVD Order 889): Мария → MARIIA, Юлия → IULIIA, Кузнецов → KUZNETSOV
    expect(toSkeleton('мария')).toBe(toSkeleton('mariia'));
    expect(toSkeleton('юлия')).toBe(toSkeleton('iuliia'));
    expect(toSkeleton('кузнецов')).toBe(toSkeleton('kuznetsov'));
    expect(toSkeleton('щукин')).toBe(toSkeleton('shchukin'));
    expect(toSkeleton('хабибуллина')).toBe(toSkeleton('khabibullina'));
  });

  it('maps GOST 7.79-2000 system B to the same skeleton', () => {
    expect(toSkeleton('mariya')).toBe('mariia');
    expect(toSkeleton('kuzneczov')).toBe('kuznetsov');
    expect(toSkeleton('shhukin')).toBe('shchukin');
    expect(toSkeleton('xabibullina')).toBe('khabibullina');
    expect(toSkeleton('evgenij')).toBe(toSkeleton('евгений'));
    expect(toSkeleton('dar`ya')).toBe(toSkeleton('дарья'));
    expect(toSkeleton("bely'j")).toBe(toSkeleton('белый'));
  });

  it('maps the older BGN-style spellings (Sergey, Yevgeniy, Zinovyev)', () => {
    expect(toSkeleton('sergey')).toBe(toSkeleton('сергей'));
    expect(toSkeleton('yevgeniy')).toBe(toSkeleton('евгений'));
    expect(toSkeleton('zinovyev')).toBe(toSkeleton('зиновьев'));
    expect(toSkeleton('pokrovskaya')).toBe(toSkeleton('покровская'));
  });

  it('folds ё, й and ь the way the transliterations do', () => {
    expect(toSkeleton('ёлкин')).toBe(toSkeleton('елкин'));
    expect(toSkeleton('ильин')).toBe('ilin');
  });

  it('keeps different names apart', () => {
    expect(toSkeleton('анна')).not.toBe(toSkeleton('инна'));
    expect(toSkeleton('шевченко')).not.toBe(toSkeleton('шевчук'));
  });
});

describe('repairHomoglyphs', () => {
  it('turns Latin look-alikes inside a Cyrillic word into Cyrillic', () => {
    expect(repairHomoglyphs('ивaнов')).toBe('иванов'); // Latin a
    expect(repairHomoglyphs('пeтpoв')).toBe('петров'); // Latin e, p, o
  });

  it('leaves a one-script word alone', () => {
    expect(repairHomoglyphs('ivanov')).toBe('ivanov');
  });
});
