import { defineError } from './definition.js';

/**
 * The customer has no portal account linked to any of their metering points, so there are no pages
 * of theirs to view; the look-up shows what the billing system holds.
 */
export const noPortalAccount = defineError('NO_PORTAL_ACCOUNT', 409);
