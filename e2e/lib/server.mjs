/** Starts the Antikor server as a child process on a free port with a fresh data directory. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Runs `npx tsx packages/server/src/main.ts` from the repository root and waits for /api/health.
 * Returns the base URL and a stop() that kills the server and removes its data directory.
 */
export async function startServer({ repoRoot, demoPassword, timeoutMs = 120_000 }) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'antikor-e2e-'));
  const log = [];
  const child = spawn('npx', ['tsx', 'packages/server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_PASSWORD: demoPassword,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() also ends the tsx/node grandchildren
  });
  const keep = (chunk) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      const deadline = Date.now() + 10_000;
      while (exited === null && Date.now() < deadline) await sleep(100);
      if (exited === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {}
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) {
      await stop();
      throw new Error(`server exited (${JSON.stringify(exited)}) before becoming healthy:\n${log.join('')}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok && (await res.json()).status === 'ok') return { baseUrl, stop, log: () => log.join('') };
    } catch {}
    await sleep(300);
  }
  await stop();
  throw new Error(`server did not answer /api/health within ${timeoutMs} ms:\n${log.join('')}`);
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
