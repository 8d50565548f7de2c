/**
 * `npm run cli -- audit verify [--org <uuid>]`: checks the hash chain of the audit log in the configured
 * database (DATA_DIR or DATABASE_URL) and names the first broken record. Exit code 0 when intact, 1 when not.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/client.js';
import { verifyAudit } from '../../platform/audit/verify-audit.js';

const usage = 'Usage: npm run cli -- audit verify [--org <organisation uuid>]\n';

export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { org: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help || positionals[0] !== 'verify') {
    process.stdout.write(usage);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const result = await verifyAudit(database.db, values.org ? { orgIds: [values.org] } : {});
    if (result.ok) {
      process.stdout.write(`Журнал аудита цел: проверено записей ${result.checked} в ${result.chains} цепочках.\n`);
      return 0;
    }
    const b = result.firstBroken!;
    process.stdout.write(
      `НАРУШЕНА целостность журнала аудита: первая повреждённая запись № ${b.id} от ${b.at} (организация ${b.orgId ?? 'система'}): ${b.reason}. Проверено записей: ${result.checked}.\n`,
    );
    return 1;
  } finally {
    await database.close();
  }
}
