// Contract linking rules: how many failed attempts to link a contract are allowed, and for how long.
export * from './link-attempts.js';
