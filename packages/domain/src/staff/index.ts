export * from './roles.js';
export * from './masking.js';
export * from './customer-lookup.js';
export * from './support-access.js';
