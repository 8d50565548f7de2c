/**
 * The one place that reads the environment (style.md §7). Every key has a description and a default;
 * secrets are marked so they are never logged.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const configSchema = z.object({
  /** HTTP port. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to listen on. */
  HOST: z.string().default('0.0.0.0'),
  /** Where the embedded database (PGlite) and uploaded files live. */
  // The repository's ./data whatever the working directory: `npm start` (run in packages/server) and
  // `npm run cli` (run at the root) must open the same embedded database.
  DATA_DIR: z.string().default(resolve(import.meta.dirname, '../../../data')),
  /** PostgreSQL server URL; when set, used instead of the embedded database. Secret. */
  DATABASE_URL: z.string().url().optional(),
  /** Load the demo organisation on first start. */
  SEED_DEMO: bool.default(true),
  /** Password of the demo accounts; random (and printed) when not set. Secret. */
  DEMO_PASSWORD: z.string().min(8).optional(),
  /** Session lifetime, hours of inactivity. */
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Mark cookies Secure (set true behind HTTPS). */
  COOKIE_SECURE: bool.default(false),
  /** Failed sign-ins in a row before the account is locked. */
  LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).default(5),
  /** Lock duration, minutes. */
  LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Largest upload accepted, megabytes. */
  MAX_UPLOAD_MB: z.coerce.number().positive().default(20),
  /** Log level of the server. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Time zone of the organisation's office: decides the registration date and year of journal entries. */
  TIME_ZONE: z.string().default('Asia/Novokuznetsk'),
  /** SMTP server for the daily digest, e.g. smtp://user:pass@mail.example.ru:587. No digest e-mail when unset. Secret. */
  SMTP_URL: z.string().optional(),
  /** Sender of the digest. */
  MAIL_FROM: z.string().default('Антикор <antikor@localhost>'),
  /** Local hour (TIME_ZONE) at which the daily digest is sent. */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  /** Public address of the app, used in links inside e-mails. */
  PUBLIC_URL: z.string().default('http://localhost:3000'),
  /** Directory of the built web client, served at /. */
  WEB_DIST: z.string().default(resolve(import.meta.dirname, '../../web/dist')),
});

export type Config = z.infer<typeof configSchema>;

/** Names of keys whose values must never be printed. */
export const secretKeys: ReadonlySet<keyof Config> = new Set(['DATABASE_URL', 'DEMO_PASSWORD', 'SMTP_URL']);

/** Reads and validates the configuration; throws a readable error naming each bad key. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Config> = {},
): Config {
  const picked = Object.fromEntries(
    Object.keys(configSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = configSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, ...overrides };
}
