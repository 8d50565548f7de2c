import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { declarationFigures } from '../../modules/declarations/figures.js';
import { descendantOrgIds } from '../../modules/org/org-tree.js';
import { getTestApp, signInClient } from '../../test/test-app.js';
import { loadDemoOrganisation } from './load-demo.js';

describe('demo declaration campaigns', () => {
  it('2023: all 171 municipal employees and 4 heads of institutions filed; 2025: partly received, analysed', async () => {
    const { app, database } = await getTestApp();
    const prefix = `decl-${randomUUID().slice(0, 6)}-`;
    const demo = await loadDemoOrganisation(database.db, {
      password: 'demo-password-1',
      loginPrefix: prefix,
      force: true,
    });
    const orgIds = await descendantOrgIds(database.db, demo.orgId);
    // The annual report's figures (seed report 2024, measure 1.3).
    expect(await declarationFigures(database.db, orgIds, 2024)).toEqual({
      dueMunicipal: 171,
      receivedMunicipal: 171,
      dueHeads: 4,
      receivedHeads: 4,
    });
    const live = await declarationFigures(database.db, orgIds, 2026);
    expect(live.dueMunicipal).toBe(171);
    expect(live.receivedMunicipal).toBeGreaterThan(100);
    expect(live.receivedMunicipal).toBeLessThan(171);
    const officer = await signInClient(app, `${prefix}officer`, 'demo-password-1');
    const campaigns = (await officer.get('/api/declaration-campaigns')).json().items;
    const c2025 = campaigns.find((c: { reportingYear: number }) => c.reportingYear === 2025);
    const findings = (await officer.get(`/api/declaration-campaigns/${c2025.id}/findings?pageSize=1`)).json();
    expect(findings.total).toBeGreaterThan(0);
    const mismatches = (await officer.get(`/api/declaration-campaigns/${c2025.id}/persons?pageSize=500&role=self`))
      .json()
      .items.filter((p: { matchStatus: string | null }) => p.matchStatus === 'mismatch');
    expect(mismatches.length).toBeGreaterThanOrEqual(1);
  });
});
