import { defineError } from './definition.js';

/** Wrong login or password; never says which, so that accounts cannot be discovered. */
export const invalidCredentials = defineError('INVALID_CREDENTIALS', 401);
