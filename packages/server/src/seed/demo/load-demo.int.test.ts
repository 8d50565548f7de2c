import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { commissionFigures } from '../../modules/commission/figures.js';
import { getTestApp, signInClient } from '../../test/test-app.js';
import { loadDemoOrganisation } from './load-demo.js';

describe('demo organisation', () => {
  it('matches the seed report: 171 municipal employees in declarant positions and 4 heads of institutions', async () => {
    const { app, database } = await getTestApp();
    const prefix = `demo-${randomUUID().slice(0, 6)}-`;
    const demo = await loadDemoOrganisation(database.db, {
      password: 'demo-password-1',
      loginPrefix: prefix,
      force: true,
    });
    expect(demo.created).toBe(true);
    expect(demo.accounts.map((a) => a.login)).toContain(`${prefix}officer`);
    const officer = await signInClient(app, `${prefix}officer`, 'demo-password-1');
    const declarants = (await officer.get('/api/employees?isDeclarant=true&kind=municipal_employee&pageSize=1')).json();
    expect(declarants.total).toBe(171);
    const heads = (await officer.get('/api/employees?kind=institution_head')).json();
    expect(heads.total).toBe(4);
    expect(heads.items.every((e: { isDeclarant: boolean }) => e.isDeclarant)).toBe(true);
    const dismissed = (await officer.get('/api/employees?status=dismissed&pageSize=1')).json();
    expect(dismissed.total).toBe(40);
    // The subdivisions the seed report names as responsible executors exist.
    const subs = (await officer.get('/api/subdivisions')).json().items.map((s: { name: string }) => s.name);
    for (const name of [
      'Отдел по профилактике коррупционных и иных правонарушений',
      'Отдел кадров и муниципальной службы',
      'Правовое управление',
      'Управление протокола и документационного обеспечения',
      'Управление по работе со средствами массовой информации',
      'Управление информационных технологий',
      'Управление архитектуры и градостроительства',
      'Управление бухгалтерского учета и отчетности',
      'Отдел внутреннего финансового контроля',
      'Отдел контрактной службы',
    ]) {
      expect(subs).toContain(name);
    }
    const orgs = (await officer.get('/api/orgs')).json().items;
    expect(orgs.filter((o: { kind: string }) => o.kind === 'institution')).toHaveLength(4);
    expect(
      orgs.some((o: { name: string }) => o.name.startsWith('Комитет по управлению муниципальным имуществом')),
    ).toBe(true);
    // Declarants have families: spouses and minor children feed the declaration campaign.
    const card = (await officer.get(`/api/employees/${declarants.items[0].id}`)).json();
    expect(card.person.inn).toMatch(/^42\d{10}$/);
    const page = (await officer.get('/api/employees?isDeclarant=true&pageSize=200')).json();
    const withRelatives = page.items.filter((e: { relativeCount: number }) => e.relativeCount > 0).length;
    expect(withRelatives / page.items.length).toBeGreaterThan(0.6);
    // The 2024 journals hold the seed report's figures.
    const count = async (code: string, q = '') =>
      (await officer.get(`/api/journals/${code}/entries?year=2024&pageSize=1${q}`)).json().total;
    expect(await count('outside-work-notice')).toBe(11);
    expect(await count('ex-employee-notice')).toBe(33);
    expect(await count('ex-employee-notice', '&status=closed')).toBe(33);
    expect(await count('court-case')).toBe(14);
    expect(await count('court-case', '&status=executed')).toBe(3);
    expect(await count('court-case', '&status=dismissed')).toBe(9);
    expect(await count('court-case', '&status=pending')).toBe(2);
    expect(await count('draft-act')).toBe(382);
    expect(await count('direct-line')).toBe(48);
    expect(await count('public-hearing')).toBe(76);
    expect(await count('gift-notice')).toBe(0);
    expect(await count('inducement-notice')).toBe(0);
    const quiz = (await officer.get(`/api/journals/event/entries?q=${encodeURIComponent('квиз')}`)).json();
    expect(quiz.items[0].data.heldOn).toBe('2024-11-21');
    const drafts = (await officer.get('/api/journals/draft-act/entries?year=2024&pageSize=500')).json().items;
    expect(
      drafts.filter((d: { data: { anticorruptionExpertise: boolean } }) => d.data.anticorruptionExpertise).length,
    ).toBe(365);
    // Messages were processed with motivated conclusions within the term.
    const msgs = (await officer.get('/api/journals/ex-employee-notice/entries?year=2024&pageSize=50')).json().items;
    expect(msgs.every((m: { data: { conclusion: string } }) => m.data.conclusion === 'not_subject')).toBe(true);
    // Measure 1.1: 5 meetings of the commission in 2024 about 4 municipal employees.
    expect(await commissionFigures(database.db, [demo.orgId], '2024-01-01', '2024-12-31')).toEqual({
      meetings: 5,
      employeesConsidered: 4,
    });
    const summary = (await officer.get('/api/commission/summary?from=2024-01-01&to=2024-12-31')).json();
    expect(summary.lines[0]).toBe(
      'Проведено заседаний комиссии: 5; рассмотрено вопросов: 5; в отношении муниципальных служащих (граждан): 4.',
    );
    expect(
      (await officer.get('/api/home/attention')).json().items.some((i: { kind: string }) => i.kind === 'commission'),
    ).toBe(true);
    // Loading again without force changes nothing.
    const again = await loadDemoOrganisation(database.db, { password: 'x', loginPrefix: prefix });
    expect(again.created).toBe(false);
  });
});
