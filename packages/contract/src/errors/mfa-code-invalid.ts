import { defineError } from './definition.js';

/** A TOTP or recovery code that is wrong, already used or too old; never says which. */
export const mfaCodeInvalid = defineError('MFA_CODE_INVALID', 400);
