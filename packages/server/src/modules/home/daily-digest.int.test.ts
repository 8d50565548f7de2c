import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/tables.js';
import { createTestOrg } from '../../test/test-app.js';
import { collectDigests, mailable, renderDigest } from './daily-digest.js';
import type { AttentionItem } from './find-attention-items.js';

const baseUrl = 'https://antikor.example.ru';

describe('daily digest', () => {
  it('writes a letter of what is overdue or due soon, only to users with something to do', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const e = (
      await officer.post('/api/journals/coi-notice/entries', {
        employeeId: t.empA.id,
        registeredOn: '2024-12-25',
        data: { circumstances: 'Супруг — учредитель подрядчика', affectedDuties: 'Приёмка работ' },
      })
    ).json();
    await t.db
      .update(users)
      .set({ email: `officer.${t.tag}@example.ru` })
      .where(eq(users.login, t.login('anticorruption_officer')));
    await t.db
      .update(users)
      .set({ email: `legal.${t.tag}@example.ru` })
      .where(eq(users.login, t.login('legal')));
    const digests = (await collectDigests(t.db, { timeZone: 'Asia/Novokuznetsk', baseUrl })).filter((d) =>
      d.to.includes(t.tag),
    );
    expect(digests.map((d) => d.to)).toEqual([`officer.${t.tag}@example.ru`]);
    expect(digests[0].subject).toMatch(/просрочено 1/);
    expect(digests[0].text).toContain(`https://antikor.example.ru/journals/coi-notice/${e.id}`);
    expect(digests[0].text).toContain('[ПРОСРОЧЕНО] Мотивированное заключение');
  });

  it("mails the other areas' items that need action under the area's heading, with their links", async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    // A submission received long ago: the meeting (Указ № 821, п. 17: 20 days) is overdue.
    const res = await officer.post('/api/commission/cases', {
      ground: '16v',
      receivedOn: '2024-12-25',
      summary: 'Представление члена комиссии о несоблюдении требований к служебному поведению',
      subjectName: 'Иванов И. И., главный специалист',
    });
    expect(res.statusCode).toBe(200);
    const c = res.json();
    await t.db
      .update(users)
      .set({ email: `secretary.${t.tag}@example.ru` })
      .where(eq(users.login, t.login('anticorruption_officer')));
    const [digest] = (await collectDigests(t.db, { timeZone: 'Asia/Novokuznetsk', baseUrl: `${baseUrl}/` })).filter(
      (d) => d.to.includes(t.tag),
    );
    expect(digest.to).toBe(`secretary.${t.tag}@example.ru`);
    expect(digest.subject).toMatch(/просрочено 1/);
    expect(digest.text).toContain('Комиссия по соблюдению требований к служебному поведению\n=====');
    expect(digest.text).toContain(`[ПРОСРОЧЕНО] Ожидает заседания комиссии: вопрос № ${c.regNumber}`);
    expect(digest.text).toContain(`${baseUrl}/commission/cases/${c.id}`);
    expect(digest.text).not.toContain('example.ru//');
  });

  it("groups items by area, overdue first; keeps every deadline, leaves out the other areas' info items", () => {
    const items: AttentionItem[] = [
      { id: '1', kind: 'plan', severity: 'warning', title: 'Отчёт за 2025 год — до 15.01.2026', link: '/plans/p1' },
      { id: '2', kind: 'deadline', severity: 'info', title: 'Сведения о доходах за 2025 год: получено 3 из 40' },
      { id: '3', kind: 'affiliation', severity: 'info', title: 'Связи ждут решения: 2', link: '/affiliation' },
      { id: '4', kind: 'plan', severity: 'overdue', title: 'Отчёт по мероприятию 1.2 возвращён на доработку' },
      { id: '5', kind: 'account', severity: 'overdue', title: 'Смените временный пароль', link: '/account/password' },
      { id: '6', kind: 'registry', severity: 'warning', title: 'Новая проверка' },
      { id: '7', kind: 'commission', severity: 'warning', title: 'Заседание комиссии № 2/2026 — 20.01.2026' },
    ];
    const mailed = items.filter(mailable);
    expect(mailed.map((i) => i.id)).toEqual(['1', '2', '4', '6', '7']);
    const { subject, text } = renderDigest('Иванова И. И.', mailed, baseUrl);
    expect(subject).toBe('Антикор: просрочено 1, всего задач 5');
    const at = (s: string) => {
      const i = text.indexOf(s);
      expect(i, s).toBeGreaterThan(-1);
      return i;
    };
    // Sections in a fixed order, unknown areas last under «Другое».
    expect(at('Сроки по журналам')).toBeLessThan(at('Комиссия по соблюдению'));
    expect(at('Комиссия по соблюдению')).toBeLessThan(at('План противодействия коррупции'));
    expect(at('План противодействия коррупции')).toBeLessThan(at('Другое'));
    expect(at('[ПРОСРОЧЕНО] Отчёт по мероприятию 1.2')).toBeLessThan(at('[скоро срок] Отчёт за 2025 год'));
    expect(text).toContain('[к сведению] Сведения о доходах за 2025 год');
    expect(text).toContain(`${baseUrl}/plans/p1`);
    expect(text).not.toContain('Аффилированность');
  });

  it('renders an empty-free subject when nothing is overdue', () => {
    const d = renderDigest(
      'Иванова И. И.',
      [{ id: 'x', kind: 'deadline', title: 'Сдача подарка на хранение', severity: 'warning', dueDate: '2026-11-27' }],
      'http://x',
    );
    expect(d.subject).toBe('Антикор: задач на сегодня 1');
    expect(d.text).toContain('[скоро срок] Сдача подарка на хранение');
  });
});
