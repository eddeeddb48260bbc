import { defineError } from './definition.js';

/**
 * The X-Support-Access header names no access this staff member opened, or one that has ended (30
 * minutes after it was opened): open a new one, with a reason.
 */
export const supportAccessInvalid = defineError('SUPPORT_ACCESS_INVALID', 403);
