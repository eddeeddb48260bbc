// The states of a portal payment order and which news may move it where. Card orders hear from the
// gateway (a signed notification or a status query); a final status is never undone, except that an
// approval is booked whatever came before it: the money was taken.

export type PaymentOrderStatus = 'CREATED' | 'PENDING' | 'APPROVED' | 'DECLINED' | 'EXPIRED' | 'CANCELLED';

/** What the gateway says an order is (gateway-protocol's statuses). */
export type GatewayStatus = 'created' | 'pending' | 'declined' | 'cancelled' | 'expired' | 'approved';

/** Which statuses of an order an incoming gateway status may replace. */
export const orderStatusReplaces: Readonly<Record<GatewayStatus, readonly PaymentOrderStatus[]>> = {
  created: [],
  pending: ['CREATED'],
  declined: ['CREATED', 'PENDING'],
  cancelled: ['CREATED', 'PENDING'],
  expired: ['CREATED', 'PENDING'],
  approved: ['CREATED', 'PENDING', 'DECLINED', 'EXPIRED', 'CANCELLED'],
};

/** The order status a gateway status other than created and approved (booked apart) writes. */
export const orderStatusOf = {
  pending: 'PENDING',
  declined: 'DECLINED',
  cancelled: 'CANCELLED',
  expired: 'EXPIRED',
} as const satisfies Partial<Record<GatewayStatus, PaymentOrderStatus>>;

/** Card orders in these states may still take money: new orders for their bills wait for them. */
export const openOrderStatuses = ['CREATED', 'PENDING'] as const satisfies readonly PaymentOrderStatus[];

/** Why support should look at an order (payment_order.review_reason). */
export const reviewReasons = {
  /** money was taken beyond what the bills still owed; it is kept as credit */
  surplusCredit: 'surplus_credit',
  /** approved after the customer cancelled it in the portal (booked all the same) */
  approvedAfterCancel: 'approved_after_cancel',
  /**
   * the regional export confirmed the order with another amount than the portal booked: the booking
   * (what the card was charged) stays, and support reconciles with the billing system
   */
  exportAmountDiffers: 'export_amount_differs',
} as const;
