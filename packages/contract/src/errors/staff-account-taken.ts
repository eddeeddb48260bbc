import { defineError } from './definition.js';

/** A new staff account's username or e-mail address is already an account's (staff or customer). */
export const staffAccountTaken = defineError('STAFF_ACCOUNT_TAKEN', 409);
