export * from './entry-deadlines.js';
export * from './extra-fields.js';
export * from './field-schema.js';
export * from './format-value.js';
export * from './registry.js';
export * from './types.js';
