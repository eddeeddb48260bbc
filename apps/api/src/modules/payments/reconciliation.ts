// Asking the gateway when it did not tell us: card orders still open after a while, orders the
// customer came back from, and cancellations the gateway has not confirmed yet.
import { cardOrderExpired, reconcileOrdersMadeBefore } from '@portal/domain';
import type { GatewayOrder } from '@portal/gateway-protocol';
import { applyGatewayState, type ApplyOutcome } from './order-processing.js';
import { GatewayOrderUnknownError } from './payment-gateway.js';
import type { PaymentsDeps } from './payments.deps.js';

/**
 * Asks the gateway for one order and applies what it says; gives up an order never completed. An
 * order the gateway does not know (never created there, or lost when a sandbox restarted) cannot be
 * paid, so it expires after the same window instead of being asked about forever.
 */
export async function reconcileOrder(
  deps: PaymentsDeps,
  order: { id: string; gatewayOrderId: string | null; createdAt: Date },
): Promise<ApplyOutcome> {
  const expired = cardOrderExpired(order.createdAt, deps.now());
  const giveUpIfExpired = async (): Promise<ApplyOutcome> => {
    if (!expired) return 'unchanged';
    const { count } = await deps.prisma.paymentOrder.updateMany({
      where: { id: order.id, status: { in: ['CREATED', 'PENDING'] } },
      data: { status: 'EXPIRED' },
    });
    return count ? 'updated' : 'unchanged';
  };
  if (!order.gatewayOrderId || !deps.gateway) return giveUpIfExpired();
  let state: GatewayOrder | null;
  try {
    state = await deps.gateway.getOrder(order.gatewayOrderId);
  } catch (error) {
    if (!(error instanceof GatewayOrderUnknownError)) throw error;
    deps.log.warn({ orderId: order.id }, 'the gateway does not know this order');
    state = null;
  }
  await deps.prisma.paymentOrder.update({ where: { id: order.id }, data: { checkedAt: deps.now() } });
  if (!state) return giveUpIfExpired();
  const status = state.status === 'created' && expired ? 'expired' : state.status;
  const { outcome } = await applyGatewayState(deps, { ...state, status });
  return outcome;
}

/**
 * The job: card orders still open 15 minutes after they were made are checked with the gateway, and
 * cancellations it has not confirmed are sent to it again.
 */
export async function reconcileDueOrders(deps: PaymentsDeps): Promise<Record<ApplyOutcome, number>> {
  const before = reconcileOrdersMadeBefore(deps.now());
  const due = await deps.prisma.paymentOrder.findMany({
    where: { method: 'CARD', status: { in: ['CREATED', 'PENDING'] }, createdAt: { lt: before } },
    select: { id: true, gatewayOrderId: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
    take: 200,
  });
  const counts: Record<ApplyOutcome, number> = {
    applied: 0,
    updated: 0,
    unchanged: 0,
    unknown_order: 0,
    amount_mismatch: 0,
  };
  for (const order of due) {
    try {
      counts[await reconcileOrder(deps, order)]++;
    } catch (error) {
      deps.log.warn({ err: error, orderId: order.id }, 'reconciliation of an order failed; next run retries');
    }
  }
  // cancelled in the portal while the gateway could not be reached: it may still take the card
  const unconfirmed = await deps.prisma.paymentOrder.findMany({
    where: {
      method: 'CARD',
      status: 'CANCELLED',
      cancelledAt: { not: null },
      OR: [{ checkedAt: null }, { checkedAt: { lt: deps.prisma.paymentOrder.fields.cancelledAt } }],
    },
    select: { id: true, gatewayOrderId: true },
    orderBy: { createdAt: 'asc' },
    take: 200,
  });
  for (const order of unconfirmed) {
    await cancelOnGateway(deps, order).catch((error: unknown) =>
      deps.log.warn({ err: error, orderId: order.id }, 'applying a cancellation failed; next run retries'),
    );
  }
  return counts;
}

/**
 * Cancels an order on the gateway too and applies what the gateway says it became. Marks the
 * cancellation confirmed (checkedAt) once the gateway's answer is final or it does not know the order.
 */
export async function cancelOnGateway(
  deps: PaymentsDeps,
  order: { id: string; gatewayOrderId: string | null },
): Promise<void> {
  let state: GatewayOrder | null = null;
  if (order.gatewayOrderId && deps.gateway) {
    try {
      state = await deps.gateway.cancelOrder(order.gatewayOrderId);
    } catch (error) {
      if (!(error instanceof GatewayOrderUnknownError)) {
        deps.log.warn(
          { err: error, orderId: order.id },
          'could not cancel an order on the gateway; retried later',
        );
        return;
      }
    }
  }
  if (state?.status === 'pending') {
    // the card was submitted just before: the bank decides, and the order is open again
    await deps.prisma.paymentOrder.updateMany({
      where: { id: order.id, status: 'CANCELLED' },
      data: { status: 'PENDING', cancelledAt: null },
    });
    return;
  }
  if (state && state.status !== 'cancelled' && state.status !== 'created')
    await applyGatewayState(deps, state);
  await deps.prisma.paymentOrder.update({ where: { id: order.id }, data: { checkedAt: deps.now() } });
}
