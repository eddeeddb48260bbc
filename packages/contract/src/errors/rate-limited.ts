import { defineError } from './definition.js';

/** Too many requests; retry after the time in the Retry-After header. */
export const rateLimited = defineError('RATE_LIMITED', 429);
