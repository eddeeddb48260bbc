import { defineError } from './definition.js';

/**
 * A staff account without a confirmed TOTP: its session may only read its own account and enrol the
 * second factor, until it is confirmed (then a refresh of the session opens the rest).
 */
export const mfaEnrolmentRequired = defineError('MFA_ENROLMENT_REQUIRED', 403);
