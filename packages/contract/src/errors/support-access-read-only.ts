import { defineError } from './definition.js';

/** Staff viewing a customer's account (X-Support-Access) may only read: no payment, no change. */
export const supportAccessReadOnly = defineError('SUPPORT_ACCESS_READ_ONLY', 403);
