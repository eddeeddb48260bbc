export * from './i18n/index.js';
export * from './errors/index.js';
export * from './auth/index.js';
export * from './common/index.js';
export * from './contracts/index.js';
export * from './metering-points/index.js';
export * from './bills/index.js';
export * from './consumption/index.js';
