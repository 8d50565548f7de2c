export * from './access/roles.js';
export * from './audit/schemas.js';
export * from './calendar/index.js';
export * from './common/errors.js';
export * from './common/pagination.js';
export * from './journals/index.js';
export * from './org/schemas.js';
export * from './plan/index.js';
