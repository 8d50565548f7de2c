/**
 * Writes synthetic «Справки БК» packages to a folder (never a real person's file):
 *
 *   npx tsx bench/declarations/generate.ts --count 100 --out /tmp/packages [--seed 1]
 *     [--encoding xsb|utf16|utf8|cp1251|mixed] [--first-year 2021] [--last-year 2024] [--anomaly-rate 0.3] [--zip]
 *
 * One file per family and year (`<id>-<year>.xsb`), and `families.json` with each family's planted
 * anomalies. With --zip the packages go into `packages.zip` instead.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createRng,
  encodePackage,
  FILE_EXTENSION,
  generateFamily,
  type PackageEncoding,
  renderPackageXml,
  type SyntheticFamily,
} from '@antikor/engines/spravki-bk-synthetic';
import JSZip from 'jszip';

const ENCODINGS: PackageEncoding[] = ['xsb', 'utf16', 'utf8', 'cp1251'];

export type DatasetOptions = {
  count: number;
  seed?: number | string;
  firstYear?: number;
  lastYear?: number;
  anomalyRate?: number;
};

/** Generates `count` families (ids `fam-00001`…), deterministic for a seed. */
export function generateFamilies(options: DatasetOptions): SyntheticFamily[] {
  const rng = createRng(options.seed ?? 1);
  const firstYear = options.firstYear ?? 2021;
  const lastYear = options.lastYear ?? 2024;
  return Array.from({ length: options.count }, (_, i) =>
    generateFamily(rng, {
      id: `fam-${String(i + 1).padStart(5, '0')}`,
      firstYear,
      lastYear,
      anomalyRate: options.anomalyRate,
    }),
  );
}

export type PackageFile = { name: string; bytes: Buffer; encoding: PackageEncoding };

/** Renders and encodes the packages of families; `mixed` cycles through the encodings. */
export function packageFiles(
  families: SyntheticFamily[],
  encoding: PackageEncoding | 'mixed',
  lastYearOnly = false,
): PackageFile[] {
  const files: PackageFile[] = [];
  let n = 0;
  for (const family of families) {
    for (const { year, persons } of lastYearOnly ? family.years.slice(-1) : family.years) {
      const enc = encoding === 'mixed' ? ENCODINGS[n++ % ENCODINGS.length] : encoding;
      files.push({
        name: `${family.id}-${year}.${FILE_EXTENSION[enc]}`,
        bytes: encodePackage(renderPackageXml(persons), enc),
        encoding: enc,
      });
    }
  }
  return files;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      encoding: { type: 'string', default: 'xsb' },
      'first-year': { type: 'string', default: '2021' },
      'last-year': { type: 'string', default: '2024' },
      'anomaly-rate': { type: 'string', default: '0.3' },
      zip: { type: 'boolean' },
    },
  });
  if (!values.out || !['xsb', 'utf16', 'utf8', 'cp1251', 'mixed'].includes(values.encoding)) {
    process.stderr.write(
      'Usage: generate.ts --out DIR [--count N] [--seed S] [--encoding xsb|utf16|utf8|cp1251|mixed] [--zip]\n',
    );
    process.exitCode = 2;
    return;
  }
  const families = generateFamilies({
    count: Number(values.count),
    seed: values.seed,
    firstYear: Number(values['first-year']),
    lastYear: Number(values['last-year']),
    anomalyRate: Number(values['anomaly-rate']),
  });
  const files = packageFiles(families, values.encoding as PackageEncoding | 'mixed');
  await mkdir(values.out, { recursive: true });
  if (values.zip) {
    const zip = new JSZip();
    for (const f of files) zip.file(f.name, f.bytes);
    await writeFile(
      join(values.out, 'packages.zip'),
      await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );
  } else {
    for (const f of files) await writeFile(join(values.out, f.name), f.bytes);
  }
  const manifest = families.map((f) => ({ id: f.id, years: f.years.map((y) => y.year), anomalies: f.anomalies }));
  await writeFile(join(values.out, 'families.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  process.stdout.write(`${files.length} packages of ${families.length} families written to ${values.out}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
