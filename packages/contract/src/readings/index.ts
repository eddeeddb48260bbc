export * from './readings.schemas.js';
export * from './readings.routes.js';
