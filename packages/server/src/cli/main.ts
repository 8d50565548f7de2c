/**
 * Antikor command line: `npm run cli -- <area> <command> [options]`.
 * Each area lives in ./areas/<area>.ts and exports `run(args: string[]): Promise<number>`
 * (the exit code). Areas are loaded on demand so a pure command (a parser, a matcher) never
 * opens the database.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const areasDir = join(dirname(fileURLToPath(import.meta.url)), 'areas');

function listAreas(): string[] {
  return readdirSync(areasDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}

async function main(argv: string[]): Promise<number> {
  const [area, ...rest] = argv;
  if (!area || area === '--help' || area === 'help') {
    process.stdout.write(`Usage: npm run cli -- <area> <command> [options]\nAreas: ${listAreas().join(', ')}\n`);
    return area ? 0 : 1;
  }
  const file = join(areasDir, `${area}.ts`);
  if (!/^[a-z-]+$/.test(area) || !existsSync(file)) {
    process.stderr.write(`Unknown area "${area}". Areas: ${listAreas().join(', ')}\n`);
    return 2;
  }
  const mod = (await import(file)) as { run: (args: string[]) => Promise<number> };
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
