export * from './metering-points.schemas.js';
export * from './metering-points.routes.js';
