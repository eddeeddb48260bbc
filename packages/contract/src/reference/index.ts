export * from './reference.schemas.js';
