/** A small seeded random generator (mulberry32): the same seed always gives the same synthetic data. */

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  /** Amount in roubles with kopecks in [min, max]. */
  amount(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** ISO date between two years, inclusive. */
  date(fromYear: number, toYear: number): string;
};

/** Creates a generator from a numeric or text seed. */
export function createRng(seed: number | string): Rng {
  let a =
    typeof seed === 'number'
      ? seed >>> 0
      : [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    amount: (min, max) => Math.round((min + next() * (max - min)) * 100) / 100,
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    date: (fromYear, toYear) => {
      const y = int(fromYear, toYear);
      const m = int(1, 12);
      const d = int(1, 28);
      return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    },
  };
}
