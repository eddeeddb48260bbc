import { defineError } from './definition.js';

/** Too many failed attempts to link a contract; try again after the time in the Retry-After header. */
export const linkAttemptsExceeded = defineError('LINK_ATTEMPTS_EXCEEDED', 429);
