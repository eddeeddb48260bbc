// Cancelling a card order the customer has not paid, so that its bills can be paid another way. It is
// cancelled on our side at once and then on the gateway, whose page stops taking the card. When the
// gateway answers that the payment was made after all, that is booked (the money was taken) and the
// cancel is refused; when it cannot be reached, the reconciliation job asks it again later, and an
// approval that still arrives is booked and flagged for support.
import type { PaymentOrder } from '@portal/contract';
import { AppError } from '../../lib/app-error.js';
import { getPaymentOrder } from './payment-orders.service.js';
import type { PaymentsDeps } from './payments.deps.js';
import { cancelOnGateway } from './reconciliation.js';

/** `POST /api/payments/orders/:id/cancel`: the order as it is afterwards (the route checks access). */
export async function cancelPaymentOrder(deps: PaymentsDeps, orderId: string): Promise<PaymentOrder> {
  const order = await deps.prisma.paymentOrder.findUnique({ where: { id: orderId } });
  if (!order) throw new AppError('NOT_FOUND');
  if (order.method === 'CARD' && order.status === 'CREATED') {
    const { count } = await deps.prisma.paymentOrder.updateMany({
      where: { id: order.id, status: 'CREATED' },
      data: { status: 'CANCELLED', cancelledAt: deps.now() },
    });
    if (count) await cancelOnGateway(deps, order);
  }
  const after = await getPaymentOrder(deps, orderId);
  if (after.status === 'paid' || after.status === 'processing' || order.method !== 'CARD')
    throw new AppError('PAYMENT_ORDER_NOT_CANCELLABLE');
  return after;
}
