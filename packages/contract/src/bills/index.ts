export * from './bills.schemas.js';
export * from './bills.routes.js';
