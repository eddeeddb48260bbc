export * from './contracts.schemas.js';
export * from './contracts.routes.js';
