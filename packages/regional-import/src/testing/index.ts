// Helpers for tests and benchmarks of the regional exports: sample records, a known small export, reading
// written files back.
export * from './sample-records.js';
export * from './known-records.js';
export * from './raw-record.js';
export * from './read-back.js';
