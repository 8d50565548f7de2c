/**
 * Benchmark of the pure declaration engines on synthetic data (figures are printed, never asserted):
 *
 *   npx tsx bench/declarations-engines.ts [--count 10000] [--seed 1]
 *
 * 1. parse: «Справки БК» packages per second, for the .xsb container and each plain-XML encoding;
 * 2. analysis: families (declarations of a declarant with spouse and children, with three previous years)
 *    per second, through all rules;
 * 3. ranking and the seeded low-risk sample over all declarants;
 * and the peak resident memory of the process.
 * Goals from the issue: parse ≥ 200 packages/s, analysis ≥ 2 000 declarations/s.
 */
import { parseArgs } from 'node:util';
import { analyzeDeclarations, rankDeclarants, sampleLowRisk } from '@antikor/engines/declaration-analysis';
import { parseSpravkiBk } from '@antikor/engines/spravki-bk';
import { COUNTERPARTY_INNS } from '@antikor/engines/spravki-bk-synthetic';
import { generateFamilies, packageFiles } from './declarations/generate.js';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } },
});
const count = Number(values.count);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');
/** User + system CPU time of the process in ms. */
const cpuMs_ = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

let t = performance.now();
const families = generateFamilies({ count, seed: values.seed, firstYear: 2021, lastYear: 2024, anomalyRate: 0.3 });
const persons = families.reduce((s, f) => s + f.years[f.years.length - 1].persons.length, 0);
process.stdout.write(
  `generated ${count} families × 4 years (${persons} forms in the last year) in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
);

// 1. Parse: the last year's package of every family, in each file form. Nothing parsed is kept, so the
// figures are those of a streaming import. The machine is shared: CPU time is printed beside wall time.
process.stdout.write('\nparse (one package = one family, 1–5 forms):\n');
// Files are made 500 families at a time, so memory shows the parser, not a gigabyte of test files.
const CHUNK = 500;
for (const encoding of ['xsb', 'utf16', 'utf8', 'cp1251'] as const) {
  // Warm-up so the JIT has compiled the parser before timing.
  for (const f of packageFiles(families.slice(0, 200), encoding, true)) parseSpravkiBk(f.bytes);
  let forms = 0;
  let bytes = 0;
  let ms = 0;
  let cpuMs = 0;
  for (let i = 0; i < families.length; i += CHUNK) {
    const files = packageFiles(families.slice(i, i + CHUNK), encoding, true);
    bytes += files.reduce((s, f) => s + f.bytes.length, 0);
    const cpu = process.cpuUsage();
    t = performance.now();
    for (const f of files) forms += parseSpravkiBk(f.bytes).persons.length;
    ms += performance.now() - t;
    cpuMs += cpuMs_(process.cpuUsage(cpu));
  }
  process.stdout.write(
    `  ${encoding.padEnd(6)} ${count} packages, ${mb(bytes)}: wall ${(ms / 1000).toFixed(2)} s → ${rate(count, ms)} packages/s ` +
      `(${rate(forms, ms)} forms/s); CPU ${(cpuMs / 1000).toFixed(2)} s → ${rate(count, cpuMs)} packages/s\n`,
  );
}
process.stdout.write(`  peak RSS so far ${mb(process.resourceUsage().maxRSS * 1024)}\n`);

// 2. Analysis: every family's last year with the three years before it, all rules, with a counterparty list.
const context = { counterpartyInns: [...COUNTERPARTY_INNS], otherPaidWorkNotices: [], giftNotices: [] };
for (const f of families.slice(0, 500))
  analyzeDeclarations({ current: f.years[3], previous: f.years.slice(0, 3), context });
const cpu = process.cpuUsage();
t = performance.now();
const results = families.map((f) => ({
  declarantId: f.id,
  result: analyzeDeclarations({ current: f.years[3], previous: f.years.slice(0, 3), context }),
}));
let ms = performance.now() - t;
const analysisCpu = cpuMs_(process.cpuUsage(cpu));
const findings = results.reduce((s, r) => s + r.result.findings.length, 0);
process.stdout.write(
  `\nanalysis: ${count} families (${persons} forms, 3 previous years each), ${findings} findings:\n` +
    `  wall ${(ms / 1000).toFixed(2)} s → ${rate(count, ms)} declarants/s (${rate(persons, ms)} forms/s); ` +
    `CPU ${(analysisCpu / 1000).toFixed(2)} s → ${rate(count, analysisCpu)} declarants/s\n`,
);

// 3. Ranking and the yearly sample.
t = performance.now();
const ranked = rankDeclarants(results.map((r) => ({ declarantId: r.declarantId, findings: r.result.findings })));
const sample = sampleLowRisk(ranked, { seed: 'bench', year: 2024 });
ms = performance.now() - t;
const levels = { high: 0, medium: 0, low: 0 };
for (const r of ranked) levels[r.level]++;
process.stdout.write(
  `ranking + sample: ${ms.toFixed(0)} ms; risk levels high ${levels.high}, medium ${levels.medium}, low ${levels.low}; ` +
    `sampled ${sample.length} low-risk declarants\n`,
);

const byRule = new Map<string, number>();
for (const r of results) for (const f of r.result.findings) byRule.set(f.ruleCode, (byRule.get(f.ruleCode) ?? 0) + 1);
process.stdout.write(
  `findings by rule: ${[...byRule]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}\n`,
);

const usage = process.resourceUsage();
process.stdout.write(`\npeak RSS ${mb(usage.maxRSS * 1024)}, heap used now ${mb(process.memoryUsage().heapUsed)}\n`);
