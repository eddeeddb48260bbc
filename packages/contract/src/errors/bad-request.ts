import { defineError } from './definition.js';

/** The request could not be read (malformed JSON, missing body, unsupported parameters). */
export const badRequest = defineError('BAD_REQUEST', 400);
