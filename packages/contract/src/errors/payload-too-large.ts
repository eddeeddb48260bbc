import { defineError } from './definition.js';

/** The request body is larger than the server accepts. */
export const payloadTooLarge = defineError('PAYLOAD_TOO_LARGE', 413);
