import { defineError } from './definition.js';

/** The second step of a login came too late, too often wrong, or twice: log in again with the password. */
export const mfaTokenExpired = defineError('MFA_TOKEN_EXPIRED', 401);
