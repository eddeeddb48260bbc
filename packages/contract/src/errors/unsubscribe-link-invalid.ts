import { defineError } from './definition.js';

/** An unsubscribe link whose token this portal did not sign (mistyped, cut off, or forged). */
export const unsubscribeLinkInvalid = defineError('UNSUBSCRIBE_LINK_INVALID', 400);
