/**
 * Affiliation matching benchmark: `npm run bench:affiliation -- [--scale municipality|region|both]`.
 *
 * Generates synthetic staff (employees and relatives) and counterparties with planted links of
 * every kind the engine must find and namesake / neighbour / switchboard decoys it must not
 * report (bench/affiliation/generate.ts), then prints precision, recall, F1 and wall time of the
 * engine and of two baselines side by side: an exact join on normalised full name + ИНН and a
 * pg_trgm similarity join in PGlite (on a capped sample at region scale). Figures are printed,
 * never asserted.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { matchAffiliation } from '../packages/engines/src/affiliation/match';
import { matchAffiliationParallel } from '../packages/engines/src/affiliation/match-parallel';
import type { Link } from '../packages/engines/src/affiliation/types';
import { exactJoin, trigramJoin } from './affiliation/baselines';
import { type Dataset, generateDataset, SCALES, type ScaleName } from './affiliation/generate';
import { pairKey, recallByKind, type Scores, score } from './affiliation/metrics';
import { loadNameSource } from './affiliation/names-source';
import { Rng } from './affiliation/rng';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TRGM_THRESHOLD = 0.7;

type MethodResult = { name: string; scores: Scores; seconds: number; note?: string };
type ScaleResult = {
  scale: ScaleName;
  staff: number;
  counterparties: number;
  truth: number;
  methods: MethodResult[];
  kinds: Map<string, { found: number; total: number }>;
  decoyFp: Map<string, number>;
  bands: string[];
  peakRssMb: number;
  heapMb: number;
};

const fmt = (x: number) => x.toFixed(3);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function calibration(links: Link[], truth: Dataset['truth']): string[] {
  const edges = [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1.0001];
  const out: string[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const band = links.filter((l) => l.score >= edges[i] && l.score < edges[i + 1]);
    const tp = band.filter((l) => truth.has(pairKey(l.staffId, l.counterpartyId))).length;
    const mean = band.reduce((s, l) => s + l.score, 0) / Math.max(1, band.length);
    out.push(
      `[${edges[i].toFixed(2)}, ${Math.min(1, edges[i + 1]).toFixed(2)}${i + 2 === edges.length ? ']' : ')'}  links ${String(band.length).padStart(6)}  mean score ${fmt(mean)}  share true ${band.length ? fmt(tp / band.length) : '  -  '}`,
    );
  }
  return out;
}

/** Staff sample (whole families) and counterparty sample (rows linked to them plus random others). */
function sampleForTrigram(ds: Dataset, staffCap: number, extraCounterparties: number, seed: number) {
  const rng = new Rng(seed);
  const families = [...new Set(ds.staff.map((s) => s.employeeId))];
  const chosen = new Set<string | undefined>();
  let n = 0;
  while (n < staffCap && chosen.size < families.length) {
    const f = rng.pick(families);
    if (chosen.has(f)) continue;
    chosen.add(f);
    n += ds.staff.filter((s) => s.employeeId === f).length;
  }
  const staff = ds.staff.filter((s) => chosen.has(s.employeeId));
  const ids = new Set(staff.map((s) => s.id));
  const truth = new Map([...ds.truth].filter(([k]) => ids.has(k.split('\t')[0])));
  const linked = new Set([...truth.keys()].map((k) => k.split('\t')[1]));
  const cps = ds.counterparties.filter(
    (c) => linked.has(c.id) || rng.next() < extraCounterparties / ds.counterparties.length,
  );
  return { staff, counterparties: cps, truth };
}

async function runScale(scale: ScaleName, trgmStaffCap: number, trgmExtra: number): Promise<ScaleResult> {
  const spec = SCALES[scale];
  process.stderr.write(`[${scale}] generating ${spec.employees} employees, ${spec.companies} companies…\n`);
  let t = performance.now();
  const ds = generateDataset(loadNameSource(repoRoot), spec);
  process.stderr.write(`[${scale}] generated in ${((performance.now() - t) / 1000).toFixed(1)} s; matching…\n`);

  t = performance.now();
  const cpu0 = process.cpuUsage();
  const links = matchAffiliation(ds.staff, ds.counterparties, { minScore: 0.05 });
  const engineSeconds = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const engineCpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const heapMb = mb(process.memoryUsage().heapUsed);
  const claimed = links.filter((l) => l.score >= 0.5);
  const predicted = new Set(claimed.map((l) => pairKey(l.staffId, l.counterpartyId)));
  const decoyFp = new Map<string, number>();
  for (const l of claimed) {
    const k = pairKey(l.staffId, l.counterpartyId);
    if (ds.truth.has(k)) continue;
    const kind = ds.decoyOf.get(l.counterpartyId) ?? 'other (chance namesake or shared value)';
    decoyFp.set(kind, (decoyFp.get(kind) ?? 0) + 1);
  }
  const methods: MethodResult[] = [
    {
      name: 'engine (score ≥ 0.5)',
      scores: score(predicted, ds.truth),
      seconds: engineSeconds,
      note: `engine CPU time ${engineCpuSeconds.toFixed(2)} s (user + system, all threads)`,
    },
  ];

  if (ds.counterparties.length >= 100_000) {
    // The CLI's two-thread mode (match-parallel.ts): same links, less wall time when a second core is free.
    process.stderr.write(`[${scale}] engine ${engineSeconds.toFixed(2)} s; two threads…\n`);
    const t2 = performance.now();
    const cpu2 = process.cpuUsage();
    const parallel = await matchAffiliationParallel(ds.staff, ds.counterparties, { minScore: 0.5, threads: 2 });
    const seconds2 = (performance.now() - t2) / 1000;
    const c2 = process.cpuUsage(cpu2);
    methods.push({
      name: 'engine, two threads (as the CLI runs it)',
      scores: score(
        parallel.map((l) => pairKey(l.staffId, l.counterpartyId)),
        ds.truth,
      ),
      seconds: seconds2,
      note: `CPU time ${((c2.user + c2.system) / 1e6).toFixed(2)} s (both threads); peak RSS after ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    });
  }
  process.stderr.write(`[${scale}] engines done; baselines…\n`);
  t = performance.now();
  const exact = exactJoin(ds.staff, ds.counterparties);
  methods.push({
    name: 'exact join: full name + ИНН',
    scores: score(exact, ds.truth),
    seconds: (performance.now() - t) / 1000,
  });

  const isCapped = ds.staff.length > trgmStaffCap;
  const sample = isCapped
    ? sampleForTrigram(ds, trgmStaffCap, trgmExtra, spec.seed)
    : { staff: ds.staff, counterparties: ds.counterparties, truth: ds.truth };
  t = performance.now();
  const trgm = await trigramJoin(sample.staff, sample.counterparties, TRGM_THRESHOLD);
  methods.push({
    name: `pg_trgm join, similarity ≥ ${TRGM_THRESHOLD} (PGlite)`,
    scores: score(trgm, sample.truth),
    seconds: (performance.now() - t) / 1000,
    note: isCapped
      ? `CAPPED SAMPLE: ${sample.staff.length} staff rows × ${sample.counterparties.length} counterparty rows (all rows linked to the sampled families + ${trgmExtra} random); truth ${sample.truth.size} pairs; precision on a sample is optimistic`
      : undefined,
  });
  if (isCapped) {
    // The engine on exactly the sampled rows, for a like-for-like comparison with the capped baseline.
    const staffIds = new Set(sample.staff.map((x) => x.id));
    const cpIds = new Set(sample.counterparties.map((x) => x.id));
    const onSample = [...predicted].filter((k) => {
      const [sid, cid] = k.split('\t');
      return staffIds.has(sid) && cpIds.has(cid);
    });
    methods.push({
      name: 'engine, restricted to the pg_trgm sample',
      scores: score(onSample, sample.truth),
      seconds: Number.NaN,
    });
  }
  return {
    scale,
    staff: ds.staff.length,
    counterparties: ds.counterparties.length,
    truth: ds.truth.size,
    methods,
    kinds: recallByKind(predicted, ds.truth),
    decoyFp,
    bands: calibration(links, ds.truth),
    peakRssMb,
    heapMb,
  };
}

function report(results: ScaleResult[]) {
  const out: string[] = [];
  out.push('Affiliation matching benchmark — synthetic data (bench/affiliation/generate.ts), fixed seeds');
  out.push(
    `Node ${process.version}; load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (2-core machine shared with other jobs: wall times grow with the load)`,
  );
  out.push('');
  out.push(
    `${'scale'.padEnd(13)} ${'method'.padEnd(44)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)} ${'TP'.padStart(6)} ${'FP'.padStart(6)} ${'FN'.padStart(6)} ${'time'.padStart(9)}`,
  );
  for (const r of results) {
    r.methods.forEach((m, i) => {
      const s = m.scores;
      out.push(
        `${(i === 0 ? r.scale : '').padEnd(13)} ${m.name.padEnd(44)} ${fmt(s.precision).padStart(9)} ${fmt(s.recall).padStart(7)} ${fmt(s.f1).padStart(6)} ${String(s.tp).padStart(6)} ${String(s.fp).padStart(6)} ${String(s.fn).padStart(6)} ${(Number.isNaN(m.seconds) ? '' : `${m.seconds.toFixed(2)} s`).padStart(9)}`,
      );
      if (m.note) out.push(`${''.padEnd(13)}   ↳ ${m.note}`);
    });
    out.push(
      `${''.padEnd(13)} data: ${r.staff} staff rows, ${r.counterparties} counterparty rows, ${r.truth} true links; engine peak RSS ${r.peakRssMb} MB (whole process, generated data included), heap after ${r.heapMb} MB`,
    );
    out.push('');
  }
  out.push('Engine recall by kind of planted link ("derived:" = another member of the household sharing the contact):');
  const kinds = [...new Set(results.flatMap((r) => [...r.kinds.keys()]))].sort();
  out.push(`  ${'kind'.padEnd(26)} ${results.map((r) => r.scale.padStart(16)).join(' ')}`);
  for (const k of kinds) {
    out.push(
      `  ${k.padEnd(26)} ${results
        .map((r) => {
          const v = r.kinds.get(k);
          return (v ? `${v.found}/${v.total}` : '-').padStart(16);
        })
        .join(' ')}`,
    );
  }
  out.push('');
  out.push('Engine false positives by decoy kind:');
  for (const r of results)
    out.push(`  ${r.scale}: ${[...r.decoyFp].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  out.push('');
  out.push('Calibration (all pairs the engine scored ≥ 0.05): share of true links per score band');
  for (const r of results) {
    out.push(`  ${r.scale}`);
    for (const b of r.bands) out.push(`    ${b}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'both' },
      'trgm-staff': { type: 'string', default: '5000' },
      'trgm-extra': { type: 'string', default: '20000' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(
      'Usage: npm run bench:affiliation -- [--scale municipality|region|both] [--trgm-staff 5000] [--trgm-extra 20000]\n',
    );
    return;
  }
  const scales: ScaleName[] = values.scale === 'both' ? ['municipality', 'region'] : [values.scale as ScaleName];
  if (!scales.every((s) => s in SCALES))
    throw new Error(`--scale must be municipality, region or both, got ${values.scale}`);
  const results: ScaleResult[] = [];
  for (const s of scales) results.push(await runScale(s, Number(values['trgm-staff']), Number(values['trgm-extra'])));
  report(results);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
