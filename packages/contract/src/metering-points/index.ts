export * from './metering-points.schemas.js';
