export * from './control-dates.js';
export * from './indicators.js';
export * from './narrative.js';
export * from './term-rule.js';
