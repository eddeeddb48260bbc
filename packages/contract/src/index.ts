export * from './i18n/index.js';
export * from './errors/index.js';
