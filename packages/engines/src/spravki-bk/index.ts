/**
 * «Справки БК» packages: decoding (.xsb container, XML in any encoding met), parsing into structured
 * declarations, reading zip archives of packages, and comparing two versions of a declaration.
 */

export * from './build.js';
export * from './decode.js';
export * from './diff.js';
export * from './parse-package.js';
export { INCOME_LINE } from './read-income-expenses.js';
export * from './read-package-files.js';
export * from './types.js';
export { isForeignCountry, roundKopecks } from './values.js';
