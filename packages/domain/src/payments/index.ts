export * from './cards.js';
export * from './allocation.js';
