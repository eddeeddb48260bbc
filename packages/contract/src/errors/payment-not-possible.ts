import { defineError } from './definition.js';

/**
 * The chosen bills cannot be paid as asked: one is already paid (or being paid), belongs to a metering
 * point not linked to the account, or the amount is more than what is open on them.
 */
export const paymentNotPossible = defineError('PAYMENT_NOT_POSSIBLE', 422);
