// How the outcome of a card payment reaches our books, from a signed notification or from asking the
// gateway. Exactly once: the change of the order's status to APPROVED is a conditional update, so of
// any number of concurrent or repeated deliveries only one finds the order not yet approved and writes
// the payments, ledger credits and mail; the rest change nothing. A final status is never undone, but
// an approval after a decline or expiry is still booked: the money was taken.
import type { GatewayOrder } from '@portal/gateway-protocol';
import { formatRsd, orderStatusOf, orderStatusReplaces, reviewReasons } from '@portal/domain';
import { belgradeDateOf } from '../../lib/belgrade-date.js';
import { bookOrder, queueConfirmation } from './order-booking.js';
import type { PaymentsDeps } from './payments.deps.js';
import { para } from '../../lib/para.js';

/** What the gateway says about an order, from a notification or a status query. */
export type GatewayState = Pick<
  GatewayOrder,
  'orderId' | 'status' | 'amount' | 'currency' | 'card' | 'approvalCode'
>;

export type ApplyOutcome = 'applied' | 'updated' | 'unchanged' | 'unknown_order' | 'amount_mismatch';

type Applied = { outcome: ApplyOutcome; orderId: string | null };

/**
 * The same news about an order being applied right now in this process: later copies wait for it and
 * change nothing, instead of each holding a connection while it waits for the order's row lock. (Other
 * processes are kept out by the conditional update alone.)
 */
const inFlight = new Map<string, Promise<Applied>>();

export function applyGatewayState(deps: PaymentsDeps, state: GatewayState): Promise<Applied> {
  const key = `${state.orderId} ${state.status} ${state.amount} ${state.currency}`;
  const running = inFlight.get(key);
  if (running) {
    return running.then((first) => ({
      ...first,
      outcome: first.outcome === 'applied' || first.outcome === 'updated' ? 'unchanged' : first.outcome,
    }));
  }
  const applying = applyOnce(deps, state).finally(() => inFlight.delete(key));
  inFlight.set(key, applying);
  return applying;
}

async function applyOnce(deps: PaymentsDeps, state: GatewayState): Promise<Applied> {
  const order = await deps.prisma.paymentOrder.findUnique({ where: { gatewayOrderId: state.orderId } });
  if (!order) return { outcome: 'unknown_order', orderId: null };
  const charged = formatRsd(para(order.amount) + para(order.fee));
  if (state.amount !== charged || state.currency !== 'RSD') {
    deps.log.warn(
      { orderId: order.id, expected: charged, notified: state.amount, currency: state.currency },
      'gateway amount differs from the order; not applied',
    );
    return { outcome: 'amount_mismatch', orderId: order.id };
  }
  const from = orderStatusReplaces[state.status];
  if (!from.includes(order.status)) return { outcome: 'unchanged', orderId: order.id };
  if (state.status !== 'approved') {
    if (state.status === 'created') return { outcome: 'unchanged', orderId: order.id };
    const { count } = await deps.prisma.paymentOrder.updateMany({
      where: { id: order.id, status: { in: [...from] } },
      data: { status: orderStatusOf[state.status] },
    });
    return { outcome: count ? 'updated' : 'unchanged', orderId: order.id };
  }
  const applied = await deps.prisma.$transaction(async (tx) => {
    const now = deps.now();
    const { count } = await tx.paymentOrder.updateMany({
      where: { id: order.id, status: { not: 'APPROVED' } },
      data: {
        status: 'APPROVED',
        paidAt: now,
        cardBrand: state.card?.brand ?? null,
        maskedPan: state.card?.maskedPan ?? null,
        approvalCode: state.approvalCode,
      },
    });
    if (count === 0) return false;
    const surplus = await bookOrder(tx, order.id, belgradeDateOf(now));
    const reviewReason =
      surplus > 0
        ? reviewReasons.surplusCredit
        : order.status === 'CANCELLED'
          ? reviewReasons.approvedAfterCancel
          : null;
    if (reviewReason) {
      await tx.paymentOrder.update({ where: { id: order.id }, data: { reviewReason } });
      deps.log.warn({ orderId: order.id, reviewReason, surplus }, 'approved card order flagged for support');
    }
    await queueConfirmation(tx, deps, order.id);
    return true;
  });
  if (applied) deps.notifyMail();
  return { outcome: applied ? 'applied' : 'unchanged', orderId: order.id };
}
