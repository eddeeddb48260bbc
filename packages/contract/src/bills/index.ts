export * from './bills.schemas.js';
