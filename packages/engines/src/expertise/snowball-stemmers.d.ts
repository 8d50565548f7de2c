// The package ships no types; only the part the engine uses is declared (functions merge if
// another area declares the same module).
declare module 'snowball-stemmers' {
  export function newStemmer(language: string): { stem(word: string): string };
  export function algorithms(): string[];
}
