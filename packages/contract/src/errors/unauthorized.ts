import { defineError } from './definition.js';

/** No valid session: the caller must sign in. */
export const unauthorized = defineError('UNAUTHORIZED', 401);
