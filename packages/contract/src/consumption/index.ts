export * from './consumption.schemas.js';
