// Commission on conduct and conflict of interest (Указ № 821; domain.md §1).
export * from './anonymised-summary.js';
export * from './case-deadlines.js';
export * from './grounds.js';
export * from './quorum.js';
export * from './schemas.js';
export * from './statuses.js';
