/**
 * The database schema, assembled from each context's tables. drizzle-kit reads this file to generate
 * the checked-in SQL migrations in ./migrations (forward-only, never edited once landed).
 */

export * from '../modules/affiliation/tables.js';
export * from '../modules/commission/tables.js';
export * from '../modules/declarations/tables.js';
export * from '../modules/expertise/tables.js';
export * from '../modules/journals/tables.js';
export * from '../modules/org/tables.js';
export * from '../modules/plan/tables.js';
export * from '../platform/audit/tables.js';
export * from '../platform/auth/tables.js';
