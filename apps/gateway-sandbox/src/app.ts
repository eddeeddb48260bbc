// The sandbox card payment gateway: a hosted payment page in the usual PSP shape (PCI DSS SAQ-A: the card
// form lives here, never in the portal). The merchant creates an order over the API, the browser pays on
// /pay/:orderId and is sent back to the merchant's return URL, and the merchant learns the outcome from a
// signed notification or by asking for the order. Orders live in memory: it is a sandbox.
//
// Card numbers, expiry dates and CVVs are never kept or logged: only the brand and the masked number are
// stored, no request body is logged, and the card number and CVV are never written back into a page.
import { maskCardNumber } from '@portal/domain';
import { gatewayPaths } from '@portal/gateway-protocol';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { setErrorHandlers } from './error-handlers.js';
import { merchantApi } from './merchant-api.js';
import { createNotifier } from './notifier.js';
import { approvalCode, createOrderStore, returnUrlFor, type StoredOrder } from './order-store.js';
import { notFoundPage, outcomePage, paymentFormPage, type FormState } from './page.js';
import { sendPage } from './replies.js';
import { checkCardForm } from './test-cards.js';

export interface SandboxGatewayOptions {
  /** Bearer key the merchant (portal) uses for the API */
  merchantKey: string;
  /** HMAC key signing notifications (shared with the portal) */
  notificationKey: string;
  /** base URL used in paymentPageUrl; default from the listening address */
  publicUrl?: string;
  /**
   * a 'pending' test card's order turns approved after this, WITHOUT a notification (simulates a lost
   * notification, so the portal's reconciliation job must ask); default 60_000
   */
  pendingSettlesAfterMs?: number;
  /** retries when the portal does not answer 2xx; default [1000, 5000, 30000] */
  notificationRetryDelaysMs?: number[];
  /** shown on the payment page; default 'Uvid u račun' */
  merchantName?: string;
  logger?: boolean | object;
  now?: () => Date;
}

export async function buildSandboxGateway(options: SandboxGatewayOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const pendingSettlesAfterMs = options.pendingSettlesAfterMs ?? 60_000;
  const merchantName = options.merchantName ?? 'Uvid u račun';

  // Fastify logs no request bodies by default (only method, URL and status); nothing here adds any.
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 64 * 1024 });

  const notifier = createNotifier({
    notificationKey: options.notificationKey,
    retryDelaysMs: options.notificationRetryDelaysMs ?? [1000, 5000, 30_000],
    now,
    log: app.log,
  });
  app.addHook('onClose', async () => notifier.close());
  const store = createOrderStore({ now, notifier });

  setErrorHandlers(app);

  // The card form posts urlencoded; parsed here so that no extra dependency is needed.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 8 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  app.get('/health', async () => ({ status: 'ok' }));

  await app.register(
    merchantApi({ merchantKey: options.merchantKey, publicUrl: options.publicUrl, store, notifier, now }),
    { prefix: '/api/v1' },
  );

  // --- the hosted payment page ----------------------------------------------------------------------------
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
        order.settlesAt = order.updatedAt.getTime() + pendingSettlesAfterMs;
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

  return app;
}
