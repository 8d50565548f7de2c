import { describe, expect, it } from 'vitest';
import { getTestApp } from './test/test-app.js';

describe('the HTTP shell', () => {
  it('answers health and serves the OpenAPI description at /api/docs', async () => {
    const { app } = await getTestApp();
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
    const spec = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/employees',
        '/api/employees/{id}',
        '/api/staff-import/commit',
        '/api/audit',
      ]),
    );
    expect((await app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('answers unknown routes and malformed bodies with a Russian error, not a stack trace', async () => {
    const { app } = await getTestApp();
    const missing = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
    const badJson = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"login":',
      headers: { 'content-type': 'application/json' },
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().message).toMatch(/^Неверный запрос/);
    const empty = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: '', password: '' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({
      code: 'VALIDATION',
      details: [
        { field: 'login', message: 'Введите логин' },
        { field: 'password', message: 'Введите пароль' },
      ],
    });
  });
});
