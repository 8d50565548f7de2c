import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DECOY_KINDS, generateDataset, PLANTED_KINDS } from './generate';
import { loadNameSource } from './names-source';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const names = loadNameSource(repoRoot);
const spec = { name: 'municipality' as const, employees: 300, companies: 1500, seed: 7 };

describe('generateDataset', () => {
  const ds = generateDataset(names, spec, 0.1, 0.03);

  it('plants links of every kind and decoys of every kind', () => {
    const kinds = new Set(ds.truth.values());
    for (const k of PLANTED_KINDS) expect(kinds).toContain(k);
    const decoys = new Set(ds.decoyOf.values());
    for (const k of DECOY_KINDS) expect(decoys).toContain(k);
  });

  it('makes about three staff rows per employee and two counterparty rows per company', () => {
    expect(ds.staff.length / spec.employees).toBeGreaterThan(2.5);
    expect(ds.staff.length / spec.employees).toBeLessThan(3.6);
    expect(ds.counterparties.length / spec.companies).toBeGreaterThan(1.6);
    expect(ds.counterparties.length / spec.companies).toBeLessThan(2.4);
  });

  it('is reproducible from its seed', () => {
    const again = generateDataset(names, spec, 0.1, 0.03);
    expect(again.counterparties.slice(0, 50)).toEqual(ds.counterparties.slice(0, 50));
    expect([...again.truth]).toEqual([...ds.truth]);
  });

  it('writes a planted married woman under her maiden surname', () => {
    const pair = [...ds.truth].find(([, kind]) => kind === 'married');
    expect(pair).toBeDefined();
    const [staffId, cpId] = (pair as [string, string])[0].split('\t');
    const s = ds.staff.find((r) => r.id === staffId);
    const c = ds.counterparties.find((r) => r.id === cpId);
    expect(c?.lastName?.toLowerCase()).not.toBe(s?.lastName?.toLowerCase());
    expect(c?.firstName?.toLowerCase()).toBe(s?.firstName?.toLowerCase());
  });
});
