/**
 * Synthetic «Справки БК» packages for tests, benchmarks and the demo organisation: fictitious families over
 * several reporting years (or a given family with drawn incomes and property), rendered as package XML and
 * encoded as the program's .xsb container or plain XML. Never a real person's file.
 */
export { encodePackage, encodeXsb, FILE_EXTENSION, type PackageEncoding } from './encode.js';
export { createRng, type Rng } from './random.js';
export { renderPackageXml } from './render-xml.js';
export {
  ANOMALIES,
  type Anomaly,
  COUNTERPARTY_INNS,
  generateFamily,
  type SyntheticFamily,
  type SyntheticPerson,
} from './synthetic-family.js';
