/** A tiny test harness: named tests, a fresh browser context per test, screenshots, a summary. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const demoPassword = 'demo-password-1';

/** Throws with `message` unless `condition` holds. */
export function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

/**
 * The helpers a test receives: `page` (1366×768, Russian locale), `baseUrl`, `shot(name)` to save
 * a full-page screenshot, `signIn(login)` through the login form, and `tmpDir` for generated files.
 */
export function makeContext({ browser, baseUrl, screenshotDir, tmpDir }) {
  return async function open() {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'ru-RU',
      timezoneId: 'Asia/Novokuznetsk', // Кемерово
      acceptDownloads: true,
      baseURL: baseUrl,
    });
    // Generous: these 2-core machines are shared, and a loaded one answers slowly.
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    return {
      context,
      page,
      baseUrl,
      tmpDir,
      consoleErrors,
      shot: async (name) => {
        mkdirSync(screenshotDir, { recursive: true });
        await page.waitForLoadState('networkidle').catch(() => {});
        await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
      },
      signIn: async (login, password = demoPassword) => {
        await page.goto('/login');
        await page.getByTestId('login-input').fill(login);
        await page.getByTestId('password-input').fill(password);
        await page.getByTestId('login-submit').click();
        await page.getByTestId('user-menu').waitFor();
      },
    };
  };
}

/** Server log lines worth showing next to a failure: warnings and errors (pino levels ≥ 40). */
function serverTrouble(log) {
  return log
    .split('\n')
    .filter((line) => {
      try {
        return JSON.parse(line).level >= 40;
      } catch {
        return false;
      }
    })
    .slice(-10);
}

/** Runs the tests in order; returns the number of failures. */
export async function runTests(tests, open, { screenshotDir, serverLog = () => '' }) {
  let failed = 0;
  for (const test of tests) {
    const started = Date.now();
    const ctx = await open();
    try {
      await test.fn(ctx);
      if (ctx.consoleErrors.length) throw new Error(`uncaught errors in the page:\n${ctx.consoleErrors.join('\n')}`);
      console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      const file = path.join(screenshotDir, `FAILED-${test.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.png`);
      mkdirSync(screenshotDir, { recursive: true });
      await ctx.page.screenshot({ path: file, fullPage: true }).catch(() => {});
      console.log(
        `  ✗ ${test.name} (${Date.now() - started} ms)\n    ${String(error?.stack ?? error)
          .split('\n')
          .join('\n    ')}\n    screenshot: ${file}`,
      );
      const trouble = serverTrouble(serverLog());
      if (trouble.length) console.log(`    server log:\n      ${trouble.join('\n      ')}`);
    } finally {
      await ctx.context.close();
    }
  }
  return failed;
}
