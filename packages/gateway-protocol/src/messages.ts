// The card gateway's API as our portal uses it, in the shape of the usual hosted-payment-page PSPs:
// the merchant creates an order server to server, sends the browser to the gateway's payment page,
// gets the browser back on its return URL, and learns the outcome from a signed server-to-server
// notification (or, when that is late, by asking for the order).
import { z } from 'zod';

export const gatewayPaths = {
  /** POST: create an order (Authorization: Bearer <merchant key>) */
  orders: '/api/v1/orders',
  /** GET: an order's current state (Authorization: Bearer <merchant key>) */
  order: (orderId: string) => `/api/v1/orders/${encodeURIComponent(orderId)}`,
  /**
   * POST: cancel an order whose payment page has not been submitted (Authorization: Bearer <merchant
   * key>). Answers the order as it stands afterwards: `cancelled`, or whatever it had become already
   * (an approved order stays approved). 404 for an order the gateway does not know.
   */
  cancel: (orderId: string) => `/api/v1/orders/${encodeURIComponent(orderId)}/cancel`,
  /** the hosted payment page the browser is sent to */
  paymentPage: (orderId: string) => `/pay/${encodeURIComponent(orderId)}`,
} as const;

/** The header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256>` on notifications. */
export const signatureHeader = 'x-gateway-signature';

/** "1234.56": what the gateway charges, in dinars with two decimals (no grouping). */
export const gatewayAmount = z.string().regex(/^(0|[1-9]\d{0,11})\.\d{2}$/);
export const gatewayCurrency = z.literal('RSD');

export const cardBrands = ['dina', 'visa', 'mastercard'] as const;
export const gatewayCard = z.object({
  brand: z.enum(cardBrands),
  /** first four and last four digits, the rest as asterisks: all our portal may keep of a card */
  maskedPan: z.string().regex(/^\d{4} \*+ \d{4}$/),
});

/**
 * created: the payment page has not been submitted; pending: the card issuer has not answered yet;
 * approved and declined (by the issuer) are final; cancelled: the customer gave up on the payment page,
 * or the merchant cancelled the order before it was paid; expired: the page was never completed in time.
 */
export const gatewayOrderStatuses = [
  'created',
  'pending',
  'approved',
  'declined',
  'cancelled',
  'expired',
] as const;
export type GatewayOrderStatus = (typeof gatewayOrderStatuses)[number];
export const finalGatewayStatuses: readonly GatewayOrderStatus[] = [
  'approved',
  'declined',
  'cancelled',
  'expired',
];

export const createOrderRequest = z.object({
  /** our payment order's id; the gateway refuses a second order with the same one */
  merchantOrderId: z.string().min(1).max(64),
  amount: gatewayAmount,
  currency: gatewayCurrency,
  description: z.string().min(1).max(140),
  /** where the payment page sends the browser back to, with ?orderId= */
  returnUrl: z.url(),
  /** where the gateway POSTs signed notifications */
  notifyUrl: z.url(),
  locale: z.enum(['sr', 'en']).default('sr'),
});
export type CreateOrderRequest = z.input<typeof createOrderRequest>;

export const gatewayOrder = z.object({
  orderId: z.string().min(1),
  merchantOrderId: z.string(),
  status: z.enum(gatewayOrderStatuses),
  amount: gatewayAmount,
  currency: gatewayCurrency,
  paymentPageUrl: z.url(),
  card: gatewayCard.nullable(),
  /** the issuer's authorisation code of an approved payment */
  approvalCode: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});
export type GatewayOrder = z.infer<typeof gatewayOrder>;

/** The body of a notification; the signature covers its exact bytes. */
export const gatewayNotification = z.object({
  /** unique per notification; a retry of the same event repeats it */
  eventId: z.string().min(1).max(64),
  orderId: z.string().min(1),
  merchantOrderId: z.string(),
  status: z.enum(gatewayOrderStatuses),
  amount: gatewayAmount,
  currency: gatewayCurrency,
  card: gatewayCard.nullable(),
  approvalCode: z.string().nullable(),
  occurredAt: z.iso.datetime(),
});
export type GatewayNotification = z.infer<typeof gatewayNotification>;

export const gatewayError = z.object({ error: z.string(), message: z.string() });
