export * from './complaints.schemas.js';
export * from './complaints.routes.js';
