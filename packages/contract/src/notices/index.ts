export * from './notices.schemas.js';
export * from './notices.routes.js';
