/**
 * End-to-end tests: starts the server (fresh data directory, demo organisation), drives Debian's
 * Chromium through playwright-core, prints ✓/✗ per test, exits non-zero on any failure.
 * Run with `npm run test:e2e` (it builds the web client first). Screenshots go to e2e/screenshots/.
 *
 *   CHROMIUM_PATH=/path/to/chromium  use another browser binary
 *   E2E_ONLY=import                  run only the tests whose name contains the text
 *   E2E_SERVER_TIMEOUT_MS=300000      how long to wait for the server's /api/health
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { demoPassword, makeContext, runTests } from './lib/harness.mjs';
import { startServer } from './lib/server.mjs';
import { tests as affiliationTests } from './tests/affiliation.mjs';
import { tests as auditTests } from './tests/audit.mjs';
import { tests as authTests } from './tests/auth.mjs';
import { tests as commissionTests } from './tests/commission.mjs';
import { tests as declarationsTests } from './tests/declarations.mjs';
import { tests as employeeTests } from './tests/employee.mjs';
import { tests as expertiseTests } from './tests/expertise.mjs';
import { tests as journalsTests } from './tests/journals.mjs';
import { tests as pagesTests } from './tests/pages.mjs';
import { tests as planTests } from './tests/plan.mjs';
import { tests as importTests } from './tests/staff-import.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const screenshotDir = path.join(here, 'screenshots');

// Order matters only for the audit test, which looks for the actions of the tests before it.
const all = [
  ...authTests,
  ...employeeTests,
  ...importTests,
  ...auditTests,
  ...pagesTests,
  ...journalsTests,
  ...expertiseTests,
  ...affiliationTests,
  ...planTests,
  ...commissionTests,
  ...declarationsTests,
];
const only = process.env.E2E_ONLY;
const selected = only ? all.filter((t) => t.name.includes(only)) : all;

const started = Date.now();
rmSync(screenshotDir, { recursive: true, force: true }); // no stale FAILED-*.png from an earlier run
console.log('e2e: starting the server…');
// Start-up applies migrations and seeds the demo organisation: slow on a busy 2-core machine.
const server = await startServer({
  repoRoot,
  demoPassword,
  timeoutMs: Number(process.env.E2E_SERVER_TIMEOUT_MS) || 300_000,
});
console.log(`e2e: server at ${server.baseUrl} (${Date.now() - started} ms)`);
const tmpDir = mkdtempSync(path.join(tmpdir(), 'antikor-e2e-files-'));
let browser;
let failed = 0;
let crashed = false;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const open = makeContext({ browser, baseUrl: server.baseUrl, screenshotDir, tmpDir });
  failed = await runTests(selected, open, { screenshotDir, serverLog: server.log });
} catch (error) {
  crashed = true;
  console.error(error);
} finally {
  await browser?.close();
  await server.stop();
  rmSync(tmpDir, { recursive: true, force: true });
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (crashed) console.log(`e2e: aborted after ${seconds} s`);
else console.log(`e2e: ${selected.length - failed} passed, ${failed} failed, ${seconds} s`);
process.exit(failed || crashed ? 1 : 0);
