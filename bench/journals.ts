/**
 * `npm run bench:journals`: how a journal list behaves at 100 000 entries, against a 1 000-entry journal in
 * the same run (the baseline). Prints milliseconds per query (median of several runs) for the first page,
 * a deep page, a status + period filter, and Russian full-text search — the queries the list page makes —
 * and the computation of all the year's indicators (the annual report, the «Показатели» page).
 * Figures are printed, never asserted.
 */
import { findJournal } from '@antikor/core';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../packages/server/src/db/client.js';
import { findEntries } from '../packages/server/src/modules/journals/find-entries.js';
import { computeIndicators } from '../packages/server/src/modules/plan/compute-indicators.js';
import type { Actor } from '../packages/server/src/platform/auth/actor.js';
import { seedOrganisation } from '../packages/server/src/seed/factories.js';

const sizes = [1_000, 100_000];
const def = findJournal('court-case')!;
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: null });
const db = database.db;

async function fill(orgId: string, n: number) {
  // Bulk insert in SQL: the benchmark measures reading, not the registration path.
  await db.execute(sql`
    INSERT INTO journal_entries (org_id, journal_code, year, number, reg_number, registered_at, registered_on, period_date, status, party, subject_name, data, search)
    SELECT ${orgId}, 'court-case', 2024, g, g || '/2024', timestamp '2024-01-01' + (g % 360) * interval '1 day', (date '2024-01-01' + (g % 360)), (date '2024-01-01' + (g % 360)),
           (array['pending','dismissed','executed','terminated'])[1 + g % 4],
           'Истец ' || g, 'Истец ' || g,
           jsonb_build_object('court', 'Кемеровский районный суд', 'caseNumber', '2а-' || g || '/2024', 'filedOn', (date '2024-01-01' + (g % 360))::text,
             'challengedAct', (array['Отказ в предоставлении земельного участка','Бездействие по ремонту дороги','Отказ в выдаче разрешения на строительство','Уведомление о сносе'])[1 + g % 4]),
           to_tsvector('russian', g || '/2024 Истец ' || g || ' Кемеровский районный суд ' || (array['Отказ в предоставлении земельного участка','Бездействие по ремонту дороги','Отказ в выдаче разрешения на строительство','Уведомление о сносе'])[1 + g % 4])
    FROM generate_series(1, ${n}) g`);
  await db.execute(sql`ANALYZE journal_entries`);
}

async function median(fn: () => Promise<unknown>, runs = 7): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const results: Record<string, Record<number, number>> = {};
for (const n of sizes) {
  const org = await seedOrganisation(db, { name: `Бенчмарк ${n}` });
  const t0 = performance.now();
  await fill(org.id, n);
  const fillMs = performance.now() - t0;
  const actor: Actor = {
    userId: '00000000-0000-0000-0000-000000000000',
    login: 'bench',
    fullName: 'bench',
    orgId: org.id,
    orgIds: [org.id],
    roles: ['legal'],
    subdivisionId: null,
    employeeId: null,
    ip: null,
    sessionId: 'bench',
  };
  const base = { sort: '-number' as const, page: 1, pageSize: 50 };
  const queries: Record<string, () => Promise<unknown>> = {
    'first page (50, newest first)': () => findEntries(db, actor, def, base),
    'deep page (page 100)': () => findEntries(db, actor, def, { ...base, page: 100 }),
    'status + period filter': () =>
      findEntries(db, actor, def, { ...base, status: 'dismissed', from: '2024-03-01', to: '2024-03-31' }),
    'full-text «земельных участков»': () => findEntries(db, actor, def, { ...base, q: 'земельных участков' }),
    'registration number «4217/2024»': () => findEntries(db, actor, def, { ...base, q: '4217/2024' }),
    // The annual report and the «Показатели» page compute every figure of the year from the registries.
    'indicators of the year (all)': () => computeIndicators(db, org.id, [org.id], 2024),
  };
  console.log(`\n${n.toLocaleString('ru-RU')} entries (bulk insert ${fillMs.toFixed(0)} ms, ${database.kind})`);
  for (const [name, fn] of Object.entries(queries)) {
    const ms = await median(fn);
    (results[name] ??= {})[n] = ms;
    console.log(`  ${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms`);
  }
}
console.log('\nquery                               1 000 (baseline)   100 000    ratio');
for (const [name, r] of Object.entries(results)) {
  console.log(
    `  ${name.padEnd(34)} ${r[sizes[0]].toFixed(1).padStart(8)} ms ${r[sizes[1]].toFixed(1).padStart(9)} ms ${(r[sizes[1]] / r[sizes[0]]).toFixed(1).padStart(7)}×`,
  );
}
await database.close();
