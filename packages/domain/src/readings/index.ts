export * from './plausibility.js';
