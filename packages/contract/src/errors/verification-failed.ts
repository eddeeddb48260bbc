import { defineError } from './definition.js';

/** A verification code that is wrong, expired or used up; never says which. */
export const verificationFailed = defineError('VERIFICATION_FAILED', 400);
