/**
 * Russian names for synthetic people, read at run time from the shared fixtures (never copied
 * into the repository): ulzr popularity lists for surnames, first names and patronymics, and
 * datacoon's 32k first names for the less common ones (Рашид, Гульнара, Эльвира…).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Rng, WeightedSampler } from './rng';

export type NameSource = {
  surnames: WeightedSampler<string>;
  maleFirst: WeightedSampler<string>;
  femaleFirst: WeightedSampler<string>;
  rareMaleFirst: string[];
  rareFemaleFirst: string[];
  /** Father's first name → [male patronymic, female patronymic]. */
  patronymics: Map<string, [string, string]>;
  fathers: WeightedSampler<string>;
};

function readYamlMap(file: string): [string, string][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => /^([^:#]+):\s*(.+)$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1].trim(), m[2].trim()]);
}

function sampler(entries: [string, string][]): WeightedSampler<string> {
  return new WeightedSampler(
    entries.map((e) => e[0]),
    entries.map((e) => Number(e[1])),
  );
}

/** Loads the fixtures from `<repo>/../shared/fixtures`. */
export function loadNameSource(repoRoot: string): NameSource {
  const ulzr = path.resolve(repoRoot, '../shared/fixtures/russian-names-ulzr');
  const datacoon = path.resolve(repoRoot, '../shared/fixtures/russian-names-datacoon/names.jsonl');
  const male = readYamlMap(path.join(ulzr, 'russian_male_first_names_and_popularity.yaml'));
  const patronymics = new Map<string, [string, string]>();
  for (const [father, forms] of readYamlMap(path.join(ulzr, 'russian_patronymics.yaml'))) {
    const [m, f] = forms.split(',').map((s) => s.trim());
    if (m && f) patronymics.set(father, [m, f]);
  }
  const fathers = male.filter(([n]) => patronymics.has(n));
  const rareMaleFirst: string[] = [];
  const rareFemaleFirst: string[] = [];
  for (const line of readFileSync(datacoon, 'utf8').split('\n')) {
    if (!line) continue;
    const doc = JSON.parse(line) as { text: string; count: number | { $numberLong: string }; gender?: string };
    const count = typeof doc.count === 'number' ? doc.count : Number(doc.count?.$numberLong ?? 0);
    if (count < 100 || !/^[А-ЯЁа-яё]+$/.test(doc.text)) continue;
    const name = doc.text[0].toUpperCase() + doc.text.slice(1).toLowerCase();
    if (doc.gender === 'm') rareMaleFirst.push(name);
    if (doc.gender === 'f') rareFemaleFirst.push(name);
  }
  return {
    surnames: sampler(readYamlMap(path.join(ulzr, 'russian_male_last_names_and_popularity.yaml'))),
    maleFirst: sampler(male),
    femaleFirst: sampler(readYamlMap(path.join(ulzr, 'russian_female_first_names_and_popularity.yaml'))),
    rareMaleFirst,
    rareFemaleFirst,
    patronymics,
    fathers: sampler(fathers),
  };
}

/** Female form of a surname from the male list (the ulzr list has male forms only). */
export function feminineSurname(male: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(male)) return `${male}а`;
  if (/(ский|цкий)$/.test(male)) return `${male.slice(0, -2)}ая`;
  if (/ской$/.test(male)) return `${male.slice(0, -2)}ая`;
  if (/[^к]ой$/.test(male) || /ый$/.test(male)) return `${male.slice(0, -2)}ая`;
  return male; // -енко, -их, -ых, -ян, -ко, -дзе, … do not change
}

/** True when the surname has distinct gender forms. */
export function hasGenderForms(male: string): boolean {
  return feminineSurname(male) !== male;
}

export function drawFirstName(src: NameSource, rng: Rng, gender: 'm' | 'f'): string {
  if (rng.chance(0.04)) return rng.pick(gender === 'm' ? src.rareMaleFirst : src.rareFemaleFirst);
  return (gender === 'm' ? src.maleFirst : src.femaleFirst).draw(rng);
}
