export * from './consumption.schemas.js';
export * from './consumption.routes.js';
