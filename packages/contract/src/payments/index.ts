export * from './payments.schemas.js';
