import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');

// The worker thread loads TypeScript through tsx, as the CLI does; Vitest's own module runner does
// not reach into worker threads, so the comparison runs in a tsx child process.
describe('matchAffiliationParallel', () => {
  it('returns exactly the links of the one-thread matcher', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'affiliation-parallel-'));
    const script = path.join(dir, 'compare.mts');
    await writeFile(
      script,
      `import { matchAffiliation } from ${JSON.stringify(path.join(here, 'match.ts'))};
import { matchAffiliationParallel } from ${JSON.stringify(path.join(here, 'match-parallel.ts'))};
import { generateDataset } from ${JSON.stringify(path.join(repoRoot, 'bench/affiliation/generate.ts'))};
import { loadNameSource } from ${JSON.stringify(path.join(repoRoot, 'bench/affiliation/names-source.ts'))};
const ds = generateDataset(loadNameSource(${JSON.stringify(repoRoot)}), { name: 'municipality', employees: 400, companies: 3000, seed: 3 }, 0.1, 0.03);
const one = matchAffiliation(ds.staff, ds.counterparties, { minScore: 0.2 });
const two = await matchAffiliationParallel(ds.staff, ds.counterparties, { minScore: 0.2, threads: 2, minRowsForThreads: 0 });
console.log(JSON.stringify({ one: one.length, same: JSON.stringify(one) === JSON.stringify(two) }));
`,
    );
    const { stdout } = await promisify(execFile)(path.join(repoRoot, 'node_modules/.bin/tsx'), [script], {
      cwd: repoRoot,
    });
    const result = JSON.parse(stdout.trim().split('\n').pop() as string);
    expect(result.one).toBeGreaterThan(50);
    expect(result.same).toBe(true);
  });
});
