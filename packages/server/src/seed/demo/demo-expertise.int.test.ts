import { describe, expect, it } from 'vitest';
import { createTestOrg } from '../../test/test-app.js';
import { loadDemoExpertise } from './demo-expertise.js';

describe('demo expertise', () => {
  it('holds 2026 drafts with findings, decisions, a removed factor set, a clean draft and live received documents', async () => {
    const t = await createTestOrg();
    await loadDemoExpertise(t.db, t.org.id, '2026-11-25');
    const legal = await t.as('legal');
    const entries = (await legal.get('/api/journals/draft-act/entries?year=2026&pageSize=50')).json().items as {
      id: string;
      data: Record<string, unknown>;
    }[];
    expect(entries).toHaveLength(5);
    const byTitle = (s: string) => entries.find((e) => String(e.data.draftTitle).includes(s))!;
    const landUse = byTitle('использование земель');
    expect(landUse.data).toMatchObject({ anticorruptionExpertise: true, factorsFound: 3 });
    const overview = (await legal.get(`/api/draft-acts/${landUse.id}/expertise`)).json();
    expect(overview.runs[0].counts).toMatchObject({ confirmed: 3, rejected: 1 });
    expect(overview.runs[0].counts.pending).toBeGreaterThan(3);
    expect(overview.attachments[0].fileName).toMatch(/\.docx$/);
    const run = (await legal.get(`/api/expertise-runs/${overview.runs[0].id}`)).json();
    expect(run.text).toContain('2.8. В исключительных случаях');
    expect(byTitle('субсидий').data).toMatchObject({ factorsFound: 6, factorsRemoved: true });
    expect(byTitle('оплате труда').data).toMatchObject({ anticorruptionExpertise: true, factorsFound: 0 });
    const stats = (await legal.get('/api/expertise/stats?year=2026')).json();
    expect(stats.report).toMatchObject({ drafts: 5, withExpertise: 5, draftsFactorsRemoved: 1 });
    expect(stats.prosecutorDemands).toMatchObject({ received: 1, answered: 0 });
    expect(stats.independentConclusions).toMatchObject({ received: 2, answered: 1 });
  });
});
