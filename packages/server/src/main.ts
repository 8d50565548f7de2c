/** Starts Antikor: opens the database, applies migrations, loads the demo organisation, listens. */
import { buildApp } from './app.js';
import { loadConfig, secretKeys } from './config.js';
import { openDatabase } from './db/client.js';
import { resolveDemoPassword } from './seed/demo/demo-password.js';
import { loadDemoOrganisation } from './seed/demo/load-demo.js';

async function main() {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const app = await buildApp({ config, db: database.db });
  app.log.info(
    { config: Object.fromEntries(Object.entries(config).map(([k, v]) => [k, secretKeys.has(k as never) && v ? '***' : v])), database: database.kind },
    'configuration',
  );

  let banner = '';
  if (config.SEED_DEMO) {
    const password = resolveDemoPassword(config.DATA_DIR, config.DEMO_PASSWORD);
    const demo = await loadDemoOrganisation(database.db, { password });
    if (demo.created) app.log.info('demo organisation loaded');
    const width = Math.max(...demo.accounts.map((a) => a.login.length));
    banner = [
      '',
      'Демонстрационная организация: «Администрация Кемеровского муниципального округа»',
      `Демо-учётные записи (только для демо-организации), пароль: ${password}`,
      ...demo.accounts.map((a) => `  ${a.login.padEnd(width)}  ${a.description}`),
    ].join('\n');
  }

  const close = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);

  await app.listen({ port: config.PORT, host: config.HOST });
  const port = (app.server.address() as { port: number }).port;
  process.stdout.write(`${banner}\n\nАнтикор запущен: http://localhost:${port}/  (API: http://localhost:${port}/api/docs)\n\n`);
}

main().catch((err) => {
  process.stderr.write(`Не удалось запустить Антикор: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
