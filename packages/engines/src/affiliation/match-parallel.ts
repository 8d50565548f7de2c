/**
 * The same matching on two threads for large inputs: the main thread and one worker each build
 * the staff index (in parallel), the main thread counts the companies per contact point over all
 * counterparty rows and hands the counts over, then both score chunks of rows, the worker asking
 * for its next chunk whenever it finishes one (so neither waits on the other and the worker
 * never holds more than two chunks). The links are the same as matchAffiliation's.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { countCounterpartyContacts, matchAffiliation, prepareStaff, scoreCounterparties, sortLinks } from './match';
import type { CounterpartyRow, Link, MatchOptions, StaffPerson } from './types';

/** Below this many counterparty rows a second thread costs more (start, copying) than it saves. */
const MIN_ROWS_FOR_THREADS = 100_000;
const CHUNK = 20_000;

export type WorkerInput = { staff: readonly StaffPerson[]; totalRows: number; opts: MatchOptions };
export type ToWorker =
  | { type: 'counts'; counts: Map<string, number> }
  | { type: 'rows'; rows: CounterpartyRow[] }
  | { type: 'end' };
export type FromWorker = { type: 'more' } | { type: 'links'; links: Link[] };

/**
 * matchAffiliation on `threads` threads (1 or 2; more are not used). Falls back to one thread
 * for small inputs.
 */
export async function matchAffiliationParallel(
  staff: readonly StaffPerson[],
  counterparties: readonly CounterpartyRow[],
  opts: MatchOptions & { threads?: number } = {},
): Promise<Link[]> {
  const { threads = 2, ...matchOpts } = opts;
  if (threads < 2 || counterparties.length < MIN_ROWS_FOR_THREADS)
    return matchAffiliation(staff, counterparties, matchOpts);
  const input: WorkerInput = { staff, totalRows: counterparties.length, opts: matchOpts };
  const ext = extname(fileURLToPath(import.meta.url));
  const worker = new Worker(new URL(`./match-worker${ext}`, import.meta.url), { workerData: input });
  let next = 0;
  const take = (): [number, number] | undefined => {
    if (next >= counterparties.length) return undefined;
    const from = next;
    next = Math.min(counterparties.length, next + CHUNK);
    return [from, next];
  };
  const send = (m: ToWorker) => worker.postMessage(m);
  const theirs = new Promise<Link[]>((resolve, reject) => {
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'links') return resolve(m.links);
      const r = take();
      send(r ? { type: 'rows', rows: counterparties.slice(r[0], r[1]) } : { type: 'end' });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`affiliation worker stopped with code ${code}`)));
  });
  theirs.catch(() => undefined); // awaited below; keeps an early failure from being unhandled
  try {
    const ctx = prepareStaff(staff, counterparties.length, matchOpts);
    countCounterpartyContacts(ctx, counterparties);
    send({ type: 'counts', counts: ctx.freq.exportCounterpartyCounts() });
    const mine: Link[] = [];
    for (let r = take(); r; r = take()) {
      for (const l of scoreCounterparties(ctx, counterparties, r[0], r[1])) mine.push(l);
      await new Promise((resolve) => setImmediate(resolve)); // let the worker's requests in
    }
    return sortLinks(mine.concat(await theirs));
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
