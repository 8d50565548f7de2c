/**
 * `npm run cli -- report annual --year 2024 --out report.docx [--org <uuid|name>] [--plan <uuid>]`: the annual
 * report on the execution of the anti-corruption plan (issue 4) from the configured database (DATA_DIR or
 * DATABASE_URL). Organisation: the demo one unless --org names another; plan: the one covering the year.
 * `report monitoring --year 2026 [--quarter 3] --out monitoring.xlsx`: the monitoring extract.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { and, eq, gte, ilike, lte, or } from 'drizzle-orm';
import { loadConfig } from '../../config.js';
import { type Db, openDatabase } from '../../db/client.js';
import { descendantOrgIds } from '../../modules/org/org-tree.js';
import { organisations } from '../../modules/org/tables.js';
import { buildAnnualReportDocx } from '../../modules/plan/annual-report.js';
import { buildMonitoringXlsx } from '../../modules/plan/quarterly-extract.js';
import { plans } from '../../modules/plan/tables.js';
import type { Actor } from '../../platform/auth/actor.js';
import { resolveDemoPassword } from '../../seed/demo/demo-password.js';
import { loadDemoOrganisation } from '../../seed/demo/load-demo.js';
import { DEMO_ORG_NAME } from '../../seed/demo/structure.js';

const usage = `Usage:
  npm run cli -- report annual --year 2024 --out report.docx [--org <uuid|name>] [--plan <uuid>]
  npm run cli -- report monitoring --year 2026 [--quarter 1-4] --out monitoring.xlsx [--org …] [--plan …]
`;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function findOrg(db: Db, org: string | undefined): Promise<{ id: string; name: string } | string> {
  const name = org ?? DEMO_ORG_NAME;
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      uuid.test(name)
        ? eq(organisations.id, name)
        : or(eq(organisations.name, name), ilike(organisations.shortName, name)),
    );
  if (rows.length === 0) return `Организация «${name}» не найдена`;
  if (rows.length > 1)
    return `Под «${name}» несколько организаций: ${rows.map((r) => r.id).join(', ')} — укажите --org <uuid>`;
  return rows[0];
}

export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      quarter: { type: 'string' },
      out: { type: 'string' },
      org: { type: 'string' },
      plan: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const command = positionals[0];
  if (values.help || (command !== 'annual' && command !== 'monitoring')) {
    process.stdout.write(usage);
    return values.help ? 0 : 2;
  }
  const year = Number(values.year);
  const quarter = values.quarter ? Number(values.quarter) : 0;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    process.stderr.write(`--year: ожидается год, например 2024\n${usage}`);
    return 2;
  }
  if (!Number.isInteger(quarter) || quarter < 0 || quarter > 4) {
    process.stderr.write('--quarter: ожидается 1–4\n');
    return 2;
  }
  if (!values.out) {
    process.stderr.write(`--out: укажите файл для результата\n${usage}`);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const db = database.db;
    // As on `npm start`: the demo organisation exists unless the installation turned it off.
    if (!values.org && config.SEED_DEMO)
      await loadDemoOrganisation(db, { password: resolveDemoPassword(config.DATA_DIR, config.DEMO_PASSWORD) });
    const org = await findOrg(db, values.org);
    if (typeof org === 'string') {
      process.stderr.write(`${org}\n`);
      return 1;
    }
    const candidates = await db
      .select()
      .from(plans)
      .where(
        values.plan
          ? and(eq(plans.id, values.plan), eq(plans.orgId, org.id))
          : and(eq(plans.orgId, org.id), lte(plans.periodFrom, year), gte(plans.periodTo, year)),
      );
    if (candidates.length !== 1) {
      process.stderr.write(
        candidates.length === 0
          ? `У организации «${org.name}» нет плана, действующего в ${year} году${values.plan ? ` с идентификатором ${values.plan}` : ''}\n`
          : `В ${year} году действуют несколько планов: ${candidates.map((p) => `${p.id} (${p.title})`).join('; ')} — укажите --plan\n`,
      );
      return 1;
    }
    const plan = candidates[0];
    // The command line acts as the organisation's system process: it reads everything of the tree.
    const actor: Actor = {
      userId: '00000000-0000-0000-0000-000000000000',
      login: 'cli',
      fullName: 'Командная строка',
      orgId: org.id,
      orgIds: await descendantOrgIds(db, org.id),
      roles: ['anticorruption_officer'],
      subdivisionId: null,
      employeeId: null,
      ip: null,
      sessionId: 'cli',
    };
    if (command === 'annual') {
      const { buffer, missing } = await buildAnnualReportDocx(db, null, plan, year);
      writeFileSync(values.out, buffer);
      process.stdout.write(
        `Отчёт за ${year} год по плану «${plan.title}» записан в ${values.out} (${buffer.length} байт).${missing ? ` Мероприятий без принятых сведений об исполнении: ${missing}.` : ''}\n`,
      );
    } else {
      const buffer = await buildMonitoringXlsx(db, actor, plan, year, quarter);
      writeFileSync(values.out, buffer);
      process.stdout.write(
        `Мониторинг за ${quarter ? `${quarter} квартал ` : ''}${year} года записан в ${values.out}.\n`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}
