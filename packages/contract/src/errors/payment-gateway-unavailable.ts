import { defineError } from './definition.js';

/** The card payment gateway did not answer or refused the order; nothing was charged. */
export const paymentGatewayUnavailable = defineError('PAYMENT_GATEWAY_UNAVAILABLE', 502);
