// Dunning notice rules: when the debt a notice names counts as paid.
export * from './notice-settlement.js';
