export * from './records.js';
export * from './export-reader.js';
