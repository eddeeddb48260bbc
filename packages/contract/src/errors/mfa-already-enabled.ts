import { defineError } from './definition.js';

/** TOTP is already on: turn it off first to enrol another authenticator. */
export const mfaAlreadyEnabled = defineError('MFA_ALREADY_ENABLED', 409);
