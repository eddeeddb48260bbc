import { defineError } from './definition.js';

/** An unexpected server error; details are logged, never sent. */
export const internal = defineError('INTERNAL', 500);
