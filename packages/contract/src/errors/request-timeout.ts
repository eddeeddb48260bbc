import { defineError } from './definition.js';

/** The request did not arrive in full within the time the server waits for it. */
export const requestTimeout = defineError('REQUEST_TIMEOUT', 408);
