/**
 * Database benchmark of the declaration campaign (figures are printed, never asserted):
 *
 *   npx tsx bench/declarations-db.ts [--count 10000] [--seed 1] [--data-dir DIR]
 *
 * Builds an organisation with `count` declarant employees and their families, opens a campaign (the list of
 * persons derived as of 31 December), imports one synthetic «Справки БК» package per family through the real
 * import (parse, match to HR data, raw package and versions stored, audit) and runs the analysis over the
 * campaign with the previous year as history. The baseline, measured in the same run on the same packages,
 * is the pure engines without a database: parse + analysis. Goal (issue 5): import ≥ 200 packages/s,
 * analysis ≥ 2 000 declarations/s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDeclarations } from '@antikor/engines/declaration-analysis';
import { parseSpravkiBk } from '@antikor/engines/spravki-bk';
import {
  createRng,
  encodePackage,
  generateFamily,
  renderPackageXml,
  type SyntheticFamily,
} from '@antikor/engines/spravki-bk-synthetic';
import { openDatabase } from '../packages/server/src/db/client.js';
import { candidateIndex, importPackageBatch } from '../packages/server/src/modules/declarations/import-packages.js';
import { openCampaign } from '../packages/server/src/modules/declarations/manage-campaign.js';
import { runCampaignAnalysis } from '../packages/server/src/modules/declarations/run-analysis.js';
import { employees, persons, positions, relatives, subdivisions } from '../packages/server/src/modules/org/tables.js';
import { seedOrganisation } from '../packages/server/src/seed/factories.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'data-dir': { type: 'string' },
  },
});
const count = Number(values.count);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// Families with random names: two years each (the previous year is the analysis' history).
let t = performance.now();
const rng = createRng(values.seed ?? '1');
const families: SyntheticFamily[] = Array.from({ length: count }, (_, i) =>
  generateFamily(rng, { id: `f${i}`, firstYear: 2023, lastYear: 2024, anomalyRate: 0.3 }),
);
process.stdout.write(`generated ${count} families in ${secs(performance.now() - t)}\n`);

const dir = values['data-dir'] ?? mkdtempSync(join(tmpdir(), 'antikor-bench-'));
const database = await openDatabase({
  dataDir: process.env.DATABASE_URL ? null : dir,
  databaseUrl: process.env.DATABASE_URL,
});
const db = database.db;
process.stdout.write(`database: ${database.kind}${database.kind === 'pglite' ? ` in ${dir}` : ''}\n`);

// The organisation's staff: each family's declarant an employee in a listed position, with spouse and children as relatives.
t = performance.now();
const org = await seedOrganisation(db, { name: `Бенчмарк ${Date.now()}` });
const [sub] = await db.insert(subdivisions).values({ orgId: org.id, name: 'Аппарат' }).returning();
const [pos] = await db
  .insert(positions)
  .values({ orgId: org.id, subdivisionId: sub.id, title: 'Главный специалист', isDeclarant: true })
  .returning();
for (let i = 0; i < families.length; i += 500) {
  const chunk = families.slice(i, i + 500);
  const people = chunk.flatMap((f) =>
    f.years[1].persons.map((p) => ({
      orgId: org.id,
      lastName: p.lastName ?? '',
      firstName: p.firstName ?? '',
      middleName: p.middleName,
      birthDate: p.birthDate,
    })),
  );
  const ids = await db.insert(persons).values(people).returning({ id: persons.id });
  let k = 0;
  const empRows: (typeof employees.$inferInsert)[] = [];
  const relRows: { familyIndex: number; personId: string; relation: string }[] = [];
  chunk.forEach((f, fi) => {
    for (const p of f.years[1].persons) {
      const personId = ids[k++].id;
      if (p.role === 'self')
        empRows.push({
          orgId: org.id,
          personId,
          positionId: pos.id,
          subdivisionId: sub.id,
          kind: 'municipal_employee',
          hiredAt: '2015-01-01',
        });
      else
        relRows.push({
          familyIndex: fi,
          personId,
          relation: p.role === 'spouse' ? 'spouse' : p.gender === 'female' ? 'daughter' : 'son',
        });
    }
  });
  const emps = await db.insert(employees).values(empRows).returning({ id: employees.id });
  if (relRows.length)
    await db.insert(relatives).values(
      relRows.map((r) => ({
        orgId: org.id,
        employeeId: emps[r.familyIndex].id,
        personId: r.personId,
        relation: r.relation,
      })),
    );
}
process.stdout.write(`staff: ${count} declarants with families in ${secs(performance.now() - t)}\n`);

const audit = { actorId: null, actorLogin: 'bench', ip: null };
t = performance.now();
const previous = await openCampaign(db, { orgId: org.id, reportingYear: 2023, userId: null, audit });
const campaign = await openCampaign(db, { orgId: org.id, reportingYear: 2024, userId: null, audit });
process.stdout.write(`two campaigns opened (persons derived as of 31 December) in ${secs(performance.now() - t)}\n`);

/** Imports one year's packages; files are made 500 at a time so memory shows the import, not the test files. */
async function importYear(c: typeof campaign, yearIndex: number, label: string) {
  const index = await candidateIndex(db, c.id);
  let ms = 0;
  let parseMs = 0;
  let forms = 0;
  let bytes = 0;
  const statuses: Record<string, number> = {};
  for (let i = 0; i < families.length; i += 500) {
    const files = families.slice(i, i + 500).map((f, j) => ({
      name: `${f.id}-${label}.xsb`,
      bytes: encodePackage(renderPackageXml(f.years[yearIndex].persons), (i + j) % 4 === 0 ? 'utf16' : 'xsb'),
    }));
    bytes += files.reduce((sum, f) => sum + f.bytes.length, 0);
    const t0 = performance.now();
    const read = files.map((f) => ({ file: f.name, package: parseSpravkiBk(f.bytes), bytes: f.bytes }));
    const t1 = performance.now();
    const results = await importPackageBatch(db, { actor: null, campaign: c, index, receivedOn: '2025-04-15' }, read);
    ms += performance.now() - t0;
    parseMs += t1 - t0;
    for (const r of results) {
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.status === 'imported') forms += r.forms.length;
    }
  }
  return { ms, parseMs, forms, bytes, statuses };
}

const prev = await importYear(previous, 0, '2023');
process.stdout.write(`import of the previous year (history): ${count} packages in ${secs(prev.ms)}\n`);
const cpu = process.cpuUsage();
const cur = await importYear(campaign, 1, '2024');
const importCpu = process.cpuUsage(cpu);
process.stdout.write(
  `\nIMPORT into the database: ${count} packages (${cur.forms} forms, ${mb(cur.bytes)}), ${JSON.stringify(cur.statuses)}\n` +
    `  wall ${secs(cur.ms)} → ${rate(count, cur.ms)} packages/s (parsing ${secs(cur.parseMs)} of it); CPU of this process ${secs((importCpu.user + importCpu.system) / 1000)}\n`,
);

t = performance.now();
const summary = await runCampaignAnalysis(db, null, campaign);
const analysisMs = performance.now() - t;
process.stdout.write(
  `ANALYSIS from the database: ${summary.families} families (${cur.forms} forms, previous year as history), ${summary.findings} findings stored\n` +
    `  wall ${secs(analysisMs)} → ${rate(cur.forms, analysisMs)} declarations/s (${rate(summary.families, analysisMs)} families/s)\n`,
);

const rssAfterDb = process.resourceUsage().maxRSS * 1024;

// Baseline in the same run: the pure engines on the same packages, no database (files made 500 at a time).
let baseParse = 0;
let baseAnalysis = 0;
for (let i = 0; i < families.length; i += 500) {
  const chunk = families.slice(i, i + 500);
  const files = chunk.map((f) => encodePackage(renderPackageXml(f.years[1].persons), 'xsb'));
  t = performance.now();
  const parsed = files.map((b) => parseSpravkiBk(b));
  baseParse += performance.now() - t;
  t = performance.now();
  chunk.forEach((f, j) => {
    analyzeDeclarations({ current: { year: 2024, persons: parsed[j].persons }, previous: [f.years[0]] });
  });
  baseAnalysis += performance.now() - t;
}
process.stdout.write(
  `\nBASELINE (engines only, same packages): parse ${rate(count, baseParse)} packages/s, analysis ${rate(cur.forms, baseAnalysis)} declarations/s\n` +
    `  the database costs ×${(cur.ms / baseParse).toFixed(1)} on import and ×${(analysisMs / baseAnalysis).toFixed(1)} on analysis\n`,
);
process.stdout.write(
  `goals: import ≥ 200 packages/s — ${rate(count, cur.ms)}; analysis ≥ 2 000 declarations/s — ${rate(cur.forms, analysisMs)}\n`,
);
process.stdout.write(
  `peak RSS ${mb(rssAfterDb)} after the database part (PGlite runs in this process), ${mb(process.resourceUsage().maxRSS * 1024)} at the end\n`,
);
await database.close();
if (!values['data-dir'] && !process.env.DATABASE_URL) rmSync(dir, { recursive: true, force: true });
