import { defineError } from './definition.js';

/** The address (a path parameter of it) is longer than any the API takes. */
export const uriTooLong = defineError('URI_TOO_LONG', 414);
