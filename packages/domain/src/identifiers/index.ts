export * from './jmbg.js';
export * from './pib.js';
export * from './maticni-broj.js';
export * from './model97.js';
export * from './bank-account.js';
