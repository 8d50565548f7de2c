import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export type HashedFields = {
  orgId: string | null;
  at: Date;
  actorId: string | null;
  actorLogin: string | null;
  ip: string | null;
  type: string;
  entityType: string | null;
  entityId: string | null;
  data: Record<string, unknown>;
};

/** The first record of each organisation's chain links to this. */
export const GENESIS_HASH = '0'.repeat(64);

export function recordHash(prevHash: string, r: HashedFields): string {
  // Pick the fields explicitly: a stored row also carries id, prevHash and hash, which are not content.
  const body = canonicalJson({
    orgId: r.orgId,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorLogin: r.actorLogin,
    ip: r.ip,
    type: r.type,
    entityType: r.entityType,
    entityId: r.entityId,
    data: r.data,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
