import { defineError } from './definition.js';

/** A verification e-mail was asked for an account whose address is already verified. */
export const emailAlreadyVerified = defineError('EMAIL_ALREADY_VERIFIED', 409);
