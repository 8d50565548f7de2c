/**
 * Benchmark of the corruptogenic-factor engine on the labelled development set
 * (bench/expertise/dev-set.jsonl): provision-level precision and recall (a provision is flagged
 * when any claim — a finding with score ≥ 0.5 — falls in it), per-factor recall, the share of
 * flagged positives whose claims include a right code, and throughput. Every 5th provision is held
 * out (never looked at while writing rules); its figures are printed separately.
 * bench/expertise/holdout.jsonl is a second, independently written set (other kinds of municipal acts,
 * half well drafted) measured with the same metrics and printed beside the dev set.
 *
 *   npm run bench:expertise            figures
 *   npm run bench:expertise -- --errors  also list false positives and misses
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLAIM_THRESHOLD, FACTOR_CODES, type FactorCode, scanDraft } from '../packages/engines/src/expertise/index.js';

type Item = { id: string; text: string; codes: FactorCode[]; source: string };

const here = dirname(fileURLToPath(import.meta.url));
const readSet = (file: string): Item[] =>
  readFileSync(join(here, 'expertise', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
const items = readSet('dev-set.jsonl');
const holdout = readSet('holdout.jsonl');
// A second blind batch, written after the rules were changed for holdout.jsonl and measured once.
const holdout2 = readSet('holdout-2.jsonl');
// A third blind batch (other areas again), written after the rules were changed for holdout-2 and measured once.
const holdout3 = readSet('holdout-3.jsonl');
const showErrors = process.argv.includes('--errors');

type Row = { item: Item; claimed: Set<FactorCode>; heldOut: boolean };
const scanRow = (item: Item, heldOut: boolean): Row => {
  const { findings } = scanDraft(item.text);
  const claimed = new Set(findings.filter((f) => f.score >= CLAIM_THRESHOLD).map((f) => f.code));
  return { item, claimed, heldOut };
};
const rows: Row[] = items.map((item, i) => scanRow(item, i % 5 === 4));
const holdoutRows: Row[] = holdout.map((item) => scanRow(item, true));
const holdout2Rows: Row[] = holdout2.map((item) => scanRow(item, true));
const holdout3Rows: Row[] = holdout3.map((item) => scanRow(item, true));

function figures(label: string, set: Row[]): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let rightCode = 0;
  for (const r of set) {
    const positive = r.item.codes.length > 0;
    const flagged = r.claimed.size > 0;
    if (positive && flagged) {
      tp++;
      if (r.item.codes.some((c) => r.claimed.has(c))) rightCode++;
    } else if (positive) fn++;
    else if (flagged) fp++;
    else tn++;
  }
  const p = tp / Math.max(1, tp + fp);
  const rc = tp / Math.max(1, tp + fn);
  console.log(
    `${label.padEnd(22)} n=${String(set.length).padStart(3)}  positives=${tp + fn}  negatives=${fp + tn}  ` +
      `precision=${p.toFixed(3)}  recall=${rc.toFixed(3)}  F1=${((2 * p * rc) / Math.max(1e-9, p + rc)).toFixed(3)}  ` +
      `right code among claims=${(rightCode / Math.max(1, tp)).toFixed(3)} (${rightCode}/${tp})`,
  );
}

console.log(
  `Dev set: ${items.length} provisions, ${items.filter((i) => i.codes.length === 0).length} without factors.\n`,
);
figures('all', rows);
figures(
  'tuning (4 of 5)',
  rows.filter((r) => !r.heldOut),
);
figures(
  'held out (every 5th)',
  rows.filter((r) => r.heldOut),
);
figures('holdout set', holdoutRows);
figures('holdout-2 (tuning)', holdout2Rows);
figures('holdout-3 (blind)', holdout3Rows);
console.log(
  `  (holdout set: bench/expertise/holdout.jsonl, ${holdout.length} provisions, ${holdout.filter((i) => i.codes.length === 0).length} without factors)`,
);

console.log('\nPer-factor recall (the factor is among the claims for provisions labelled with it):');
for (const code of FACTOR_CODES) {
  const labelled = rows.filter((r) => r.item.codes.includes(code));
  const found = labelled.filter((r) => r.claimed.has(code)).length;
  const held = labelled.filter((r) => r.heldOut);
  const heldFound = held.filter((r) => r.claimed.has(code)).length;
  const spurious = rows.filter((r) => !r.item.codes.includes(code) && r.claimed.has(code)).length;
  const hoLabelled = holdoutRows.filter((r) => r.item.codes.includes(code));
  const hoFound = hoLabelled.filter((r) => r.claimed.has(code)).length;
  const hoSpurious = holdoutRows.filter((r) => !r.item.codes.includes(code) && r.claimed.has(code)).length;
  console.log(
    `  ${code}  ${String(found).padStart(2)}/${String(labelled.length).padEnd(2)} = ${(found / Math.max(1, labelled.length)).toFixed(2)}` +
      `   held out ${heldFound}/${held.length}   claimed where not labelled: ${spurious}` +
      `   | holdout set ${hoFound}/${hoLabelled.length}, not labelled ${hoSpurious}`,
  );
}

// Throughput: one long draft made of the whole set repeated (≈ 2 MB of UTF-8), scanned in one call
// (best of 3), and the set scanned provision by provision. CPU time is printed beside wall time
// because the benchmark machines are shared.
const corpus = items.map((i) => i.text).join('\n');
const big = Array.from({ length: Math.ceil(2_000_000 / Buffer.byteLength(corpus)) }, () => corpus).join('\n');
scanDraft(corpus); // warm-up
function timed(run: () => void, repeat: number): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let k = 0; k < repeat; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
}
const one = timed(() => scanDraft(big), 3);
const each = timed(() => {
  for (const i of items) scanDraft(i.text);
}, 5);
const kbps = (bytes: number, ms: number) => (bytes / 1024 / (ms / 1000)).toFixed(0);
const bigBytes = Buffer.byteLength(big);
const setBytes = Buffer.byteLength(corpus);
console.log(
  `\nThroughput (UTF-8 bytes of text; ${big.length.toLocaleString('en')} characters in the long draft):\n` +
    `  one ${(bigBytes / 1024 / 1024).toFixed(2)} MB draft: ${one.wall.toFixed(0)} ms wall = ${kbps(bigBytes, one.wall)} KB/s; CPU ${kbps(bigBytes, one.cpu)} KB/s\n` +
    `  ${items.length} provisions one by one: ${kbps(setBytes, each.wall)} KB/s wall; CPU ${kbps(setBytes, each.cpu)} KB/s`,
);

function listErrors(title: string, rows: Row[]): void {
  console.log(`\n=== ${title} ===`);
  console.log('\nFalse positives:');
  for (const r of rows.filter((x) => x.item.codes.length === 0 && x.claimed.size > 0)) {
    const claims = scanDraft(r.item.text).findings.filter((f) => f.score >= CLAIM_THRESHOLD);
    console.log(
      `  ${r.item.id}${r.heldOut ? ' (held out)' : ''}: ${claims.map((f) => `${f.code} «${f.trigger}» ${f.score} [${f.rule}]`).join('; ')}\n     ${r.item.text.slice(0, 160).replace(/\n/g, ' ')}`,
    );
  }
  console.log('\nMissed positives:');
  for (const r of rows.filter((x) => x.item.codes.length > 0 && x.claimed.size === 0)) {
    console.log(
      `  ${r.item.id}${r.heldOut ? ' (held out)' : ''} [${r.item.codes.join(',')}]: ${r.item.text.slice(0, 160).replace(/\n/g, ' ')}`,
    );
  }
  console.log('\nFlagged positives without a right code:');
  for (const r of rows.filter(
    (x) => x.item.codes.length > 0 && x.claimed.size > 0 && !x.item.codes.some((c) => x.claimed.has(c)),
  )) {
    console.log(
      `  ${r.item.id}${r.heldOut ? ' (held out)' : ''} gold [${r.item.codes.join(',')}] claimed [${[...r.claimed].join(',')}]: ${r.item.text.slice(0, 140).replace(/\n/g, ' ')}`,
    );
  }
}
if (showErrors) {
  listErrors('dev set', rows);
  listErrors('holdout set', holdoutRows);
  listErrors('holdout-2 (tuning)', holdout2Rows);
  listErrors('holdout-3 (blind)', holdout3Rows);
}
