import { defineError } from './definition.js';

/** Signed in, but not allowed to do this or to see this resource. */
export const forbidden = defineError('FORBIDDEN', 403);
