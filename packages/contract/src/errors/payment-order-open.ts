import { defineError } from './definition.js';

/**
 * A card payment already started for some of the chosen bills is not finished yet (the customer may
 * still pay it on the gateway's page). The problem names it in `openOrders`, to resume or cancel it.
 */
export const paymentOrderOpen = defineError('PAYMENT_ORDER_OPEN', 409);
