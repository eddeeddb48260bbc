import { defineError } from './definition.js';

/** TOTP cannot be turned off: it is not on. */
export const mfaNotEnabled = defineError('MFA_NOT_ENABLED', 409);
