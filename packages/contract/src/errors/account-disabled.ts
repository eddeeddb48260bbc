import { defineError } from './definition.js';

/** The password was right but a supervisor has disabled the account (support account actions). */
export const accountDisabled = defineError('ACCOUNT_DISABLED', 403);
