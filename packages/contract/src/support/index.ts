export * from './support.schemas.js';
export * from './support.routes.js';
export * from './customer-lookup.schemas.js';
export * from './customer-lookup.routes.js';
export * from './support-reason.schemas.js';
export * from './account-actions.schemas.js';
export * from './account-actions.routes.js';
