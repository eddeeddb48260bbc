// The hosted payment page under /pay/:orderId: the card form, its submission (the test card decides the
// outcome) and the customer's cancel, each sending the browser back to the merchant's return URL.
import { maskCardNumber } from '@portal/domain';
import { gatewayPaths } from '@portal/gateway-protocol';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { approvalCode, returnUrlFor, type OrderStore, type StoredOrder } from './order-store.js';
import { notFoundPage, outcomePage, paymentFormPage, type FormState } from './page.js';
import { sendPage } from './replies.js';
import { checkCardForm } from './test-cards.js';

export interface PaymentPageDeps {
  store: OrderStore;
  now: () => Date;
  merchantName: string;
  pendingSettlesAfterMs: number;
}

export function addPaymentPageRoutes(app: FastifyInstance, deps: PaymentPageDeps): void {
  const { store, now, merchantName } = deps;

  function renderOrder(reply: FastifyReply, order: StoredOrder, state?: FormState): FastifyReply {
    const page =
      order.status === 'created'
        ? paymentFormPage(order, merchantName, state)
        : outcomePage(order, merchantName, returnUrlFor(order));
    return sendPage(reply, page, order);
  }

  app.get<{ Params: { orderId: string } }>('/pay/:orderId', async (request, reply) => {
    const order = store.current(request.params.orderId);
    if (!order) return sendPage(reply.code(404), notFoundPage(), null);
    return renderOrder(reply, order);
  });

  app.post<{ Params: { orderId: string }; Body: Record<string, unknown> | undefined }>(
    '/pay/:orderId',
    async (request, reply) => {
      const order = store.current(request.params.orderId);
      if (!order) return sendPage(reply.code(404), notFoundPage(), null);
      // paid, declined or cancelled already (a second submit, the back button): show the outcome
      if (order.status !== 'created') return reply.redirect(gatewayPaths.paymentPage(order.orderId), 303);

      const field = (name: string): string => {
        const value = request.body?.[name];
        return typeof value === 'string' ? value : '';
      };
      const form = {
        cardNumber: field('cardNumber'),
        expiry: field('expiry'),
        cvv: field('cvv'),
        cardholder: field('cardholder'),
      };
      const check = checkCardForm(form, now());
      if (!check.ok)
        return renderOrder(reply.code(422), order, {
          expiry: form.expiry,
          cardholder: form.cardholder,
          errors: check.errors,
        });

      order.card = { brand: check.brand, maskedPan: maskCardNumber(check.digits) };
      order.updatedAt = now();
      if (check.outcome === 'approved') {
        order.status = 'approved';
        order.approvalCode = approvalCode();
      } else if (check.outcome === 'declined') {
        order.status = 'declined';
      } else {
        order.status = 'pending';
        order.settlesAt = order.updatedAt.getTime() + deps.pendingSettlesAfterMs;
      }
      request.log.info({ orderId: order.orderId, status: order.status }, 'payment submitted');
      store.notify(order);
      return reply.redirect(returnUrlFor(order), 303);
    },
  );

  app.post<{ Params: { orderId: string } }>('/pay/:orderId/cancel', async (request, reply) => {
    const order = store.current(request.params.orderId);
    if (!order) return sendPage(reply.code(404), notFoundPage(), null);
    if (order.status === 'created') {
      order.status = 'cancelled';
      order.updatedAt = now();
      request.log.info({ orderId: order.orderId }, 'payment cancelled by the customer');
      store.notify(order);
    }
    return reply.redirect(returnUrlFor(order), 303);
  });
}
