import { defineError } from './definition.js';

/** The input was read but is not valid; `errors` lists each field. */
export const validationFailed = defineError('VALIDATION_FAILED', 400);
