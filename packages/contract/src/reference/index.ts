export * from './reference.schemas.js';
export * from './reference.routes.js';
