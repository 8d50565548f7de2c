import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Журнал аудита: append-only (a trigger in the migration rejects UPDATE and DELETE) and hash-chained
 * per organisation: each record's hash covers its content and the previous record's hash.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: uuid('org_id'),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    actorLogin: text('actor_login'),
    ip: text('ip'),
    type: text('type').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_org_id_idx').on(t.orgId, t.id), index('audit_entity_idx').on(t.orgId, t.entityId)],
);
