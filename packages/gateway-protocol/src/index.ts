export * from './messages.js';
export * from './signature.js';
