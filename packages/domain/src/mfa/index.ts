export * from './totp.js';
export * from './recovery-codes.js';
export * from './second-factor.js';
