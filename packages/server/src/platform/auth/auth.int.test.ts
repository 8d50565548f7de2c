import { describe, expect, it } from 'vitest';
import { createTestOrg, signInClient, TEST_PASSWORD } from '../../test/test-app.js';

describe('sign-in, sessions, CSRF, lockout', () => {
  it('signs in, tells who is signed in, and signs out', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const me = await officer.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.roles).toEqual(['anticorruption_officer']);
    expect(me.json().user.orgName).toContain('Тестовая администрация');
    expect((await officer.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await officer.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('sets an httpOnly, SameSite=Strict session cookie', async () => {
    const t = await createTestOrg();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: t.login('admin'), password: TEST_PASSWORD },
    });
    const c = res.cookies.find((x) => x.name === 'antikor_sid')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Strict');
  });

  it('answers a wrong password in Russian without saying whether the login exists', async () => {
    const t = await createTestOrg();
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: t.login('admin'), password: 'nope' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'no-such-user', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Неверный логин или пароль' });
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('rejects a state-changing request without the CSRF token and changes nothing', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const res = await officer.request({
      method: 'POST',
      url: '/api/subdivisions',
      payload: { name: 'Отдел без токена' },
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF');
    const list = await officer.get('/api/subdivisions');
    expect(list.json().items.map((s: { name: string }) => s.name)).not.toContain('Отдел без токена');
  });

  it('locks the account after 5 failures in a row, even for the right password', async () => {
    const t = await createTestOrg();
    const login = t.login('legal');
    for (let i = 0; i < 4; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login, password: `bad-${i}` },
      });
      expect(r.statusCode).toBe(401);
    }
    const fifth = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password: 'bad-5' } });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().message).toMatch(/заблокирована/);
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login, password: TEST_PASSWORD },
    });
    expect(right.statusCode).toBe(423);
    // The administrator sees it on the home page and lifts it with a password reset.
    const admin = await t.as('admin');
    const home = await admin.get('/api/home/attention');
    expect(home.json().items.some((i: { title: string }) => i.title.includes(login))).toBe(true);
    const users = (await admin.get('/api/users')).json().items;
    const legal = users.find((u: { login: string }) => u.login === login);
    const reset = await admin.post(`/api/users/${legal.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const again = await signInClient(t.app, login, reset.json().temporaryPassword);
    expect((await again.get('/api/auth/me')).json().user.mustChangePassword).toBe(true);
  });

  it('lets a user change their password and ends their other sessions', async () => {
    const t = await createTestOrg();
    const first = await t.as('hr_officer');
    const second = await t.as('hr_officer');
    const weak = await second.post('/api/auth/change-password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().message).toMatch(/не короче 10/);
    const ok = await second.post('/api/auth/change-password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-much-better-passphrase',
    });
    expect(ok.statusCode).toBe(204);
    expect((await first.get('/api/auth/me')).statusCode).toBe(401);
    expect((await second.get('/api/auth/me')).statusCode).toBe(200);
    await expect(signInClient(t.app, t.login('hr_officer'))).rejects.toThrow(/401/);
    await signInClient(t.app, t.login('hr_officer'), 'a-much-better-passphrase');
  });

  it('lets an administrator create, deactivate and reset users; a deactivated user cannot sign in', async () => {
    const t = await createTestOrg();
    const admin = await t.as('admin');
    const login = `new.user.${t.tag}`;
    const created = await admin.post('/api/users', {
      login,
      fullName: 'Новикова Ирина Павловна',
      roles: ['responsible_executor'],
      subdivisionId: t.subA.id,
    });
    expect(created.statusCode).toBe(200);
    const { user, temporaryPassword } = created.json();
    expect(temporaryPassword).toHaveLength(14);
    const newbie = await signInClient(t.app, login, temporaryPassword);
    expect((await newbie.get('/api/auth/me')).json().user.mustChangePassword).toBe(true);
    const dup = await admin.post('/api/users', { login, fullName: 'Другой', roles: ['employee'] });
    expect(dup.statusCode).toBe(409);
    expect((await admin.patch(`/api/users/${user.id}`, { isActive: false })).json().isActive).toBe(false);
    expect((await newbie.get('/api/auth/me')).statusCode).toBe(401);
    await expect(signInClient(t.app, login, temporaryPassword)).rejects.toThrow(/401/);
    // Only administrators manage users.
    const officer = await t.as('anticorruption_officer');
    expect((await officer.get('/api/users')).statusCode).toBe(403);
  });
});
