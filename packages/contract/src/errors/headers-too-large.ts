import { defineError } from './definition.js';

/** The request's header fields (cookies, most often) are larger than the server reads. */
export const headersTooLarge = defineError('HEADERS_TOO_LARGE', 431);
