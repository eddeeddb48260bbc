export * from './contracts.schemas.js';
