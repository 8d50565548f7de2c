import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getTestApp, signInClient } from '../../test/test-app.js';
import { loadDemoOrganisation } from './load-demo.js';

describe('demo organisation', () => {
  it('matches the seed report: 171 municipal employees in declarant positions and 4 heads of institutions', async () => {
    const { app, database } = await getTestApp();
    const prefix = `demo-${randomUUID().slice(0, 6)}-`;
    const demo = await loadDemoOrganisation(database.db, { password: 'demo-password-1', loginPrefix: prefix, force: true });
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
    expect(orgs.some((o: { name: string }) => o.name.startsWith('Комитет по управлению муниципальным имуществом'))).toBe(true);
    // Declarants have families: spouses and minor children feed the declaration campaign.
    const card = (await officer.get(`/api/employees/${declarants.items[0].id}`)).json();
    expect(card.person.inn).toMatch(/^42\d{10}$/);
    const page = (await officer.get('/api/employees?isDeclarant=true&pageSize=200')).json();
    const withRelatives = page.items.filter((e: { relativeCount: number }) => e.relativeCount > 0).length;
    expect(withRelatives / page.items.length).toBeGreaterThan(0.6);
    // Loading again without force changes nothing.
    const again = await loadDemoOrganisation(database.db, { password: 'x', loginPrefix: prefix });
    expect(again.created).toBe(false);
  });
});
