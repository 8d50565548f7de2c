import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestOrg } from '../../test/test-app.js';
import { verifyAudit } from './verify-audit.js';

describe('audit log', () => {
  it('records who did what, when and from where, and lets an administrator filter it', async () => {
    const t = await createTestOrg();
    const hr = await t.as('hr_officer');
    const sub = (await hr.post('/api/subdivisions', { name: 'Отдел ЗАГС' })).json();
    const admin = await t.as('admin');
    const page = (await admin.get('/api/audit?type=subdivision.created')).json();
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      type: 'subdivision.created',
      actorLogin: t.login('hr_officer'),
      entityId: sub.id,
      data: { name: 'Отдел ЗАГС' },
    });
    expect(page.items[0].ip).toBeTruthy();
    const logins = (await admin.get('/api/audit?type=auth.')).json();
    expect(logins.items.some((r: { type: string }) => r.type === 'auth.login')).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.get(`/api/audit?from=${today}&to=${today}&type=subdivision.created`)).json().total).toBe(1);
    expect((await admin.get('/api/audit?from=2000-01-01&to=2000-01-02')).json().total).toBe(0);
    expect((await hr.get('/api/audit')).statusCode).toBe(403);
  });

  it('refuses UPDATE and DELETE of records, and names the first altered record when bypassed', async () => {
    const t = await createTestOrg();
    const hr = await t.as('hr_officer');
    for (const name of ['Отдел 1', 'Отдел 2', 'Отдел 3']) await hr.post('/api/subdivisions', { name });
    const ok = await verifyAudit(t.db, { orgIds: [t.org.id] });
    expect(ok).toMatchObject({ ok: true, chains: 1 });
    expect(ok.checked).toBeGreaterThanOrEqual(4);
    await expect(
      t.db.execute(sql`update audit_log set data = '{}'::jsonb where org_id = ${t.org.id}`),
    ).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_log where org_id = ${t.org.id}`)).rejects.toThrow();

    const rows = await queryRows<{ id: number }>(
      t.db,
      sql`select id from audit_log where org_id = ${t.org.id} and type = 'subdivision.created' order by id`,
    );
    const target = Number(rows[1].id); // node-postgres returns bigint as a string
    // Someone with superuser rights disables the trigger and edits a record: the chain shows where.
    await t.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    try {
      await t.db.execute(sql`update audit_log set data = '{"name":"Подделка"}'::jsonb where id = ${target}`);
    } finally {
      await t.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    }
    const broken = await verifyAudit(t.db, { orgIds: [t.org.id] });
    expect(broken.ok).toBe(false);
    expect(broken.firstBroken).toMatchObject({ id: target, reason: 'содержимое записи изменено' });
    const admin = await t.as('admin');
    expect((await admin.get('/api/audit/verify')).json().firstBroken.id).toBe(target);
  });
});
