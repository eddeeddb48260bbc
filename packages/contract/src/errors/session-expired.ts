import { defineError } from './definition.js';

/** The session has ended (logged out, expired or revoked): log in again. */
export const sessionExpired = defineError('SESSION_EXPIRED', 401);
