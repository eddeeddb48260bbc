import { defineError } from './definition.js';

/** The password was right but the e-mail address is not verified yet. */
export const emailNotVerified = defineError('EMAIL_NOT_VERIFIED', 403);
