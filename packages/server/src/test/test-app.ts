/**
 * Integration-test harness: one database and one app per test worker (PGlite in memory, or the
 * PostgreSQL server when DATABASE_URL is set), and a fresh organisation per test (style.md §14).
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '@antikor/core';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Response as InjectResponse } from 'light-my-request';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/client.js';
import { hashPassword } from '../platform/auth/password.js';
import { seedEmployee, seedOrganisation, seedPosition, seedSubdivision, seedUser } from '../seed/factories.js';

export type TestContext = { app: FastifyInstance; database: Database };

let shared: Promise<TestContext> | null = null;

/** The worker's app; created on first use, closed when the worker exits. */
export function getTestApp(): Promise<TestContext> {
  shared ??= (async () => {
    const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', SEED_DEMO: 'false', LOCKOUT_THRESHOLD: '5' });
    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: null });
    const app = await buildApp({ config, db: database.db });
    await app.ready();
    return { app, database };
  })();
  return shared;
}

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | null = null;

/** A signed-in client: keeps the cookie and sends the CSRF token on every state-changing request. */
export type Client = {
  login: string;
  userId: string;
  request: (opts: InjectOptions & { method: string; url: string }) => Promise<InjectResponse>;
  get: (url: string) => Promise<InjectResponse>;
  post: (url: string, payload?: unknown) => Promise<InjectResponse>;
  patch: (url: string, payload?: unknown) => Promise<InjectResponse>;
  del: (url: string) => Promise<InjectResponse>;
};

export async function signInClient(app: FastifyInstance, login: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  if (res.statusCode !== 200) throw new Error(`login ${login} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'antikor_sid')!;
  const { csrfToken, user } = res.json();
  const request: Client['request'] = (opts) =>
    app.inject({
      ...opts,
      headers: { cookie: `antikor_sid=${cookie.value}`, 'x-csrf-token': csrfToken, ...(opts.headers ?? {}) },
    } as InjectOptions) as Promise<InjectResponse>;
  return {
    login,
    userId: user.id,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    del: (url) => request({ method: 'DELETE', url }),
  };
}

export type TestOrg = Awaited<ReturnType<typeof createTestOrg>>;

/**
 * A fresh organisation with two subdivisions, a declarant position in each, one employee in each, and a
 * user per role (logins unique to this org). `as(role)` signs in as that role.
 */
export async function createTestOrg(name = 'Тестовая администрация') {
  const { app, database } = await getTestApp();
  const db = database.db;
  const tag = randomUUID().slice(0, 8);
  const org = await seedOrganisation(db, { name: `${name} ${tag}` });
  const subA = await seedSubdivision(db, { orgId: org.id, name: 'Правовое управление' });
  const subB = await seedSubdivision(db, { orgId: org.id, name: 'Управление архитектуры и градостроительства' });
  const posA = await seedPosition(db, {
    orgId: org.id,
    subdivisionId: subA.id,
    title: 'Главный специалист',
    isDeclarant: true,
  });
  const posB = await seedPosition(db, {
    orgId: org.id,
    subdivisionId: subB.id,
    title: 'Ведущий специалист',
    isDeclarant: true,
  });
  const empA = await seedEmployee(db, {
    orgId: org.id,
    positionId: posA.id,
    subdivisionId: subA.id,
    person: { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна', birthDate: '1985-04-12' },
  });
  const empB = await seedEmployee(db, {
    orgId: org.id,
    positionId: posB.id,
    subdivisionId: subB.id,
    person: { lastName: 'Сидоров', firstName: 'Олег', middleName: 'Иванович', birthDate: '1979-11-02' },
  });
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const roleUsers: Partial<Record<Role, string>> = {};
  const make = async (role: Role, extra: { subdivisionId?: string; employeeId?: string } = {}) => {
    const login = `${role.replace(/_/g, '-')}.${tag}`;
    await seedUser(db, {
      orgId: org.id,
      login,
      password: TEST_PASSWORD,
      passwordHash: hash,
      roles: [role],
      fullName: `Тест ${role}`,
      ...extra,
    });
    roleUsers[role] = login;
  };
  await make('admin');
  await make('anticorruption_officer');
  await make('hr_officer');
  await make('responsible_executor', { subdivisionId: subB.id });
  await make('employee', { employeeId: empA.id, subdivisionId: subA.id });
  await make('legal');
  return {
    app,
    db,
    tag,
    org,
    subA,
    subB,
    posA,
    posB,
    empA,
    empB,
    login: (role: keyof typeof roleUsers) => roleUsers[role]!,
    as: (role: keyof typeof roleUsers) => signInClient(app, roleUsers[role]!),
  };
}

export const uniqueLogin = (prefix: string) => `${prefix}.${randomUUID().slice(0, 8)}`;
