export * from './i18n/index.js';
export * from './errors/index.js';
export * from './auth/index.js';
