import { defineError } from './definition.js';

/** A confirmation code came with no enrolment started (or TOTP already confirmed). */
export const mfaEnrolmentNotStarted = defineError('MFA_ENROLMENT_NOT_STARTED', 409);
