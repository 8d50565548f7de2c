/** Worker side of match-parallel.ts: scores the chunks of counterparty rows it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareStaff, scoreCounterparties } from './match';
import type { FromWorker, ToWorker, WorkerInput } from './match-parallel';
import type { Link } from './types';

const input = workerData as WorkerInput;
const ctx = prepareStaff(input.staff, input.totalRows, input.opts);
const links: Link[] = [];
const send = (m: FromWorker) => parentPort?.postMessage(m);

parentPort?.on('message', (m: ToWorker) => {
  if (m.type === 'counts') {
    ctx.freq.importCounterpartyCounts(m.counts);
    send({ type: 'more' });
    send({ type: 'more' }); // keep one chunk queued while working on another
  } else if (m.type === 'rows') {
    for (const l of scoreCounterparties(ctx, m.rows)) links.push(l);
    send({ type: 'more' });
  } else {
    // 'end' arrives once for each outstanding request; the first one closes the work
    send({ type: 'links', links: links.splice(0) });
    parentPort?.removeAllListeners('message');
  }
});
