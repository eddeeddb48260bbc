export * from './periods.js';
export * from './savings.js';
export * from './exports.js';
