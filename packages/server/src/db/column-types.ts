/** Column types drizzle has no built-in for, shared by the contexts' tables. */
import { customType } from 'drizzle-orm/pg-core';

/** File contents (attachments, uploaded packages); PGlite hands back a Uint8Array, node-postgres a Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** A full-text search vector, filled by SQL. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
