export * from './types.js';
export * from './field-schema.js';
export * from './registry.js';
export * from './entry-deadlines.js';
export * from './format-value.js';
export * from './extra-fields.js';
