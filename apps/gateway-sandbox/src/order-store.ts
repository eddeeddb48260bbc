// The sandbox's orders, kept in memory: an order as stored, the shape the merchant sees, and the two
// things that change an order outside a request (a pending payment settling, a notification going out).
import { randomBytes, randomInt } from 'node:crypto';
import type { GatewayNotification, GatewayOrder, GatewayOrderStatus } from '@portal/gateway-protocol';
import type { Notifier } from './notifier.js';
import type { Locale } from './texts.js';

export interface StoredOrder {
  orderId: string;
  merchantOrderId: string;
  status: GatewayOrderStatus;
  amount: string;
  currency: 'RSD';
  description: string;
  returnUrl: string;
  notifyUrl: string;
  locale: Locale;
  paymentPageUrl: string;
  card: GatewayOrder['card'];
  approvalCode: string | null;
  updatedAt: Date;
  /** when a pending order turns approved (epoch ms), silently */
  settlesAt: number | null;
  lastNotification: GatewayNotification | null;
}

export const randomHex = (bytes: number): string => randomBytes(bytes).toString('hex');
export const approvalCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** The return URL with ?orderId=<gateway order id>, keeping its own query. */
export function returnUrlFor(order: StoredOrder): string {
  const url = new URL(order.returnUrl);
  url.searchParams.set('orderId', order.orderId);
  return url.toString();
}

export function toGatewayOrder(order: StoredOrder): GatewayOrder {
  return {
    orderId: order.orderId,
    merchantOrderId: order.merchantOrderId,
    status: order.status,
    amount: order.amount,
    currency: order.currency,
    paymentPageUrl: order.paymentPageUrl,
    card: order.card,
    approvalCode: order.approvalCode,
    updatedAt: order.updatedAt.toISOString(),
  };
}

export interface OrderStore {
  hasMerchantOrder(merchantOrderId: string): boolean;
  add(order: StoredOrder): void;
  /** The order as it stands now: a pending order may have settled since it was last read. */
  current(orderId: string): StoredOrder | undefined;
  /** Sends the order's state to the merchant and keeps it as the order's last notification. */
  notify(order: StoredOrder): void;
}

export function createOrderStore(deps: { now: () => Date; notifier: Pick<Notifier, 'send'> }): OrderStore {
  const orders = new Map<string, StoredOrder>();
  const byMerchantOrderId = new Map<string, string>();

  return {
    hasMerchantOrder: (merchantOrderId) => byMerchantOrderId.has(merchantOrderId),

    add(order) {
      orders.set(order.orderId, order);
      byMerchantOrderId.set(order.merchantOrderId, order.orderId);
    },

    // A pending order whose issuer "answered" in the meantime reads as approved; no notification is sent.
    current(orderId) {
      const order = orders.get(orderId);
      if (
        order?.status === 'pending' &&
        order.settlesAt !== null &&
        deps.now().getTime() >= order.settlesAt
      ) {
        order.status = 'approved';
        order.approvalCode = approvalCode();
        order.updatedAt = new Date(order.settlesAt);
        order.settlesAt = null;
      }
      return order;
    },

    notify(order) {
      const notification: GatewayNotification = {
        eventId: `evt_${randomHex(12)}`,
        orderId: order.orderId,
        merchantOrderId: order.merchantOrderId,
        status: order.status,
        amount: order.amount,
        currency: order.currency,
        card: order.card,
        approvalCode: order.approvalCode,
        occurredAt: order.updatedAt.toISOString(),
      };
      order.lastNotification = notification;
      deps.notifier.send(order.notifyUrl, notification);
    },
  };
}
