import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/tables.js';
import { createTestOrg } from '../../test/test-app.js';
import { collectDigests, renderDigest } from './daily-digest.js';

describe('daily digest', () => {
  it('writes a letter of what is overdue or due soon, only to users with something to do', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const e = (await officer.post('/api/journals/coi-notice/entries', { employeeId: t.empA.id, registeredOn: '2024-12-25', data: { circumstances: 'Супруг — учредитель подрядчика', affectedDuties: 'Приёмка работ' } })).json();
    await t.db.update(users).set({ email: `officer.${t.tag}@example.ru` }).where(eq(users.login, t.login('anticorruption_officer')));
    await t.db.update(users).set({ email: `legal.${t.tag}@example.ru` }).where(eq(users.login, t.login('legal')));
    const digests = (await collectDigests(t.db, { timeZone: 'Asia/Novokuznetsk', baseUrl: 'https://antikor.example.ru' })).filter((d) => d.to.includes(t.tag));
    expect(digests.map((d) => d.to)).toEqual([`officer.${t.tag}@example.ru`]);
    expect(digests[0].subject).toMatch(/просрочено 1/);
    expect(digests[0].text).toContain(`https://antikor.example.ru/journals/coi-notice/${e.id}`);
    expect(digests[0].text).toContain('[ПРОСРОЧЕНО] Мотивированное заключение');
  });

  it('renders an empty-free subject when nothing is overdue', () => {
    const d = renderDigest('Иванова И. И.', [{ id: 'x', kind: 'deadline', title: 'Сдача подарка на хранение', severity: 'warning', dueDate: '2026-11-27' }], 'http://x');
    expect(d.subject).toBe('Антикор: задач на сегодня 1');
    expect(d.text).toContain('[скоро срок] Сдача подарка на хранение');
  });
});
