/** Paths of the shared synthetic «Справки БК» fixtures (never copied into the repository). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export const FIXTURES_DIR = resolve(repoRoot, '../shared/fixtures/spravki-bk-synthetic');

export const FIXTURE_NAMES = ['001', '002', '003', '004', '005-plain-utf16'] as const;

export function fixtureFile(name: (typeof FIXTURE_NAMES)[number]): string {
  return resolve(FIXTURES_DIR, name.endsWith('plain-utf16') ? `${name}.xml` : `${name}.xsb`);
}

export function readFixture(name: (typeof FIXTURE_NAMES)[number]): Buffer {
  return readFileSync(fixtureFile(name));
}

export type ExpectedPerson = {
  role: string;
  last_name: string;
  first_name: string;
  middle_name: string;
  birth_date: string;
  income_total: number;
  real_estate: number;
  vehicles: number;
  accounts: number;
  balance_total: number;
};

export function readExpected(): Record<string, ExpectedPerson[]> {
  return JSON.parse(readFileSync(resolve(FIXTURES_DIR, 'expected.json'), 'utf8'));
}
