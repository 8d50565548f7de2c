/** Starts Antikor: opens the database, applies migrations, loads the demo organisation, listens. */
import { buildApp } from './app.js';
import { loadConfig, secretKeys } from './config.js';
import { openDatabase } from './db/client.js';
import { collectDigests } from './modules/home/daily-digest.js';
import { createMailer } from './platform/mail/send-mail.js';
import { scheduleDaily } from './platform/scheduler.js';
import { resolveDemoPassword } from './seed/demo/demo-password.js';
import { loadDemoOrganisation } from './seed/demo/load-demo.js';

async function main() {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const app = await buildApp({ config, db: database.db });
  app.log.info(
    {
      config: Object.fromEntries(
        Object.entries(config).map(([k, v]) => [k, secretKeys.has(k as never) && v ? '***' : v]),
      ),
      database: database.kind,
    },
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

  // The daily digest by e-mail when SMTP is configured; the same items are always on the home page.
  let stopDigest = () => {};
  if (config.SMTP_URL) {
    const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM);
    stopDigest = scheduleDaily({
      hour: config.DIGEST_HOUR,
      timeZone: config.TIME_ZONE,
      onError: (err) => app.log.error({ err }, 'daily digest failed'),
      run: async () => {
        const digests = await collectDigests(database.db, { timeZone: config.TIME_ZONE, baseUrl: config.PUBLIC_URL });
        for (const d of digests) await mailer.send(d);
        app.log.info({ sent: digests.length }, 'daily digest sent');
      },
    });
  }

  const close = async () => {
    stopDigest();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);

  await app.listen({ port: config.PORT, host: config.HOST });
  const port = (app.server.address() as { port: number }).port;
  process.stdout.write(
    `${banner}\n\nАнтикор запущен: http://localhost:${port}/  (API: http://localhost:${port}/api/docs)\n\n`,
  );
}

main().catch((err) => {
  process.stderr.write(
    `Не удалось запустить Антикор: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
