import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generatePassword } from '../../platform/auth/password.js';

/**
 * The demo accounts' password: DEMO_PASSWORD when set; otherwise generated once and kept in
 * DATA_DIR/demo-password.txt (readable by the owner only), so no password ever sits in the repository
 * and the start-up log can print it on every start.
 */
export function resolveDemoPassword(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv;
  const file = join(resolve(dataDir), 'demo-password.txt');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(resolve(dataDir), { recursive: true });
  const password = generatePassword(12);
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}
