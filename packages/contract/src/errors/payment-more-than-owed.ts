import { defineError } from './definition.js';

/**
 * The amount asked for is more than what is owed now on the chosen bills and the debt beyond them
 * (interest, corrections): the debt was recomputed when the order was made and has gone down since
 * the page was loaded, e.g. a bank transfer was booked. Nothing was ordered.
 */
export const paymentMoreThanOwed = defineError('PAYMENT_MORE_THAN_OWED', 422);
