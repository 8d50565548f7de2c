import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, recordHash } from './hash.js';

describe('audit hashing', () => {
  it('serialises objects with sorted keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'т' } })).toBe(
      '{"a":{"c":"т","d":[2,{"y":null,"z":1}]},"b":1}',
    );
  });
  it('changes the hash when any field or the predecessor changes', () => {
    const r = {
      orgId: 'o',
      at: new Date('2024-11-21T09:00:00.000Z'),
      actorId: 'u',
      actorLogin: 'officer',
      ip: '10.0.0.1',
      type: 'employee.read',
      entityType: 'employee',
      entityId: 'e',
      data: { a: 1 },
    };
    const h = recordHash(GENESIS_HASH, r);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(recordHash(GENESIS_HASH, { ...r })).toBe(h);
    expect(recordHash(GENESIS_HASH, { ...r, data: { a: 2 } })).not.toBe(h);
    expect(recordHash(GENESIS_HASH, { ...r, ip: '10.0.0.2' })).not.toBe(h);
    expect(recordHash('1'.repeat(64), r)).not.toBe(h);
  });
});

describe('audit hashing of stored rows', () => {
  it('ignores the row id and stored hashes', () => {
    const r = {
      orgId: null,
      at: new Date('2024-01-09T00:00:00.000Z'),
      actorId: null,
      actorLogin: 'system',
      ip: null,
      type: 'organisation.created',
      entityType: null,
      entityId: null,
      data: {},
    };
    expect(recordHash(GENESIS_HASH, { ...r, id: 7, prevHash: 'x', hash: 'y' } as typeof r)).toBe(
      recordHash(GENESIS_HASH, r),
    );
  });
});
