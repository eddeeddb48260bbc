export * from './notices.schemas.js';
