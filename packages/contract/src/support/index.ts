export * from './support.schemas.js';
export * from './support.routes.js';
export * from './customer-lookup.schemas.js';
export * from './customer-lookup.routes.js';
export * from './reports.schemas.js';
export * from './reports.routes.js';
export * from './support-access.schemas.js';
export * from './support-access.routes.js';
