export * from './indicators.js';
export * from './narrative.js';
