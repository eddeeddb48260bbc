import { defineError } from './definition.js';

/** The payment can no longer be cancelled: it was paid, or the bank is still deciding on it. */
export const paymentOrderNotCancellable = defineError('PAYMENT_ORDER_NOT_CANCELLABLE', 409);
