// The sandbox card payment gateway: a hosted payment page in the usual PSP shape (PCI DSS SAQ-A: the card
// form lives here, never in the portal). The merchant creates an order over the API, the browser pays on
// /pay/:orderId and is sent back to the merchant's return URL, and the merchant learns the outcome from a
// signed notification or by asking for the order. Orders live in memory: it is a sandbox.
//
// Card numbers, expiry dates and CVVs are never kept or logged: only the brand and the masked number are
// stored, no request body is logged, and the card number and CVV are never written back into a page.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { maskCardNumber } from '@portal/domain';
import { createOrderRequest, gatewayPaths } from '@portal/gateway-protocol';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { setErrorHandlers } from './error-handlers.js';
import { createNotifier } from './notifier.js';
import {
  approvalCode,
  createOrderStore,
  randomHex,
  returnUrlFor,
  toGatewayOrder,
  type StoredOrder,
} from './order-store.js';
import { notFoundPage, outcomePage, paymentFormPage, type FormState } from './page.js';
import { apiError, sendPage } from './replies.js';
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

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
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

  function publicBaseUrl(request: FastifyRequest): string {
    if (options.publicUrl) return options.publicUrl.replace(/\/+$/, '');
    const address = app.server.address() as AddressInfo | string | null;
    if (address && typeof address === 'object') {
      const host =
        address.address === '::' || address.address === '0.0.0.0'
          ? 'localhost'
          : address.family === 'IPv6'
            ? `[${address.address}]`
            : address.address;
      return `http://${host}:${address.port}`;
    }
    return `${request.protocol}://${request.host}`;
  }

  setErrorHandlers(app);

  // The card form posts urlencoded; parsed here so that no extra dependency is needed.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 8 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  app.get('/health', async () => ({ status: 'ok' }));

  // --- merchant API -------------------------------------------------------------------------------------
  await app.register(
    async (api) => {
      api.addHook('onRequest', async (request, reply) => {
        const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
        if (!match || !sameSecret(match[1]!, options.merchantKey))
          return apiError(reply, 401, 'unauthorized', 'A valid merchant key is required (Bearer)');
      });

      api.post('/orders', async (request, reply) => {
        const parsed = createOrderRequest.safeParse(request.body);
        if (!parsed.success) {
          const message = parsed.error.issues
            .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
            .join('; ');
          return apiError(reply, 400, 'validation_failed', message);
        }
        const input = parsed.data;
        if (store.hasMerchantOrder(input.merchantOrderId))
          return apiError(
            reply,
            409,
            'duplicate_order',
            `An order for merchantOrderId ${input.merchantOrderId} exists already`,
          );
        const orderId = `gw_${randomHex(12)}`;
        const order: StoredOrder = {
          orderId,
          merchantOrderId: input.merchantOrderId,
          status: 'created',
          amount: input.amount,
          currency: input.currency,
          description: input.description,
          returnUrl: input.returnUrl,
          notifyUrl: input.notifyUrl,
          locale: input.locale,
          paymentPageUrl: publicBaseUrl(request) + gatewayPaths.paymentPage(orderId),
          card: null,
          approvalCode: null,
          updatedAt: now(),
          settlesAt: null,
          lastNotification: null,
        };
        store.add(order);
        request.log.info({ orderId, merchantOrderId: order.merchantOrderId }, 'order created');
        return reply.code(201).send(toGatewayOrder(order));
      });

      api.get<{ Params: { orderId: string } }>('/orders/:orderId', async (request, reply) => {
        const order = store.current(request.params.orderId);
        if (!order) return apiError(reply, 404, 'not_found', 'No such order');
        return reply.send(toGatewayOrder(order));
      });

      // Only an order whose page has not been submitted can be cancelled; any other is answered as it is.
      api.post<{ Params: { orderId: string } }>('/orders/:orderId/cancel', async (request, reply) => {
        const order = store.current(request.params.orderId);
        if (!order) return apiError(reply, 404, 'not_found', 'No such order');
        if (order.status === 'created') {
          order.status = 'cancelled';
          order.updatedAt = now();
          request.log.info({ orderId: order.orderId }, 'order cancelled by the merchant');
        }
        return reply.send(toGatewayOrder(order));
      });

      // a test helper: the last notification once more (same eventId), awaited
      api.post<{ Params: { orderId: string } }>(
        '/test/orders/:orderId/resend-notification',
        async (request, reply) => {
          const order = store.current(request.params.orderId);
          if (!order) return apiError(reply, 404, 'not_found', 'No such order');
          if (!order.lastNotification)
            return apiError(reply, 409, 'no_notification', 'No notification has been sent for this order');
          const result = await notifier.deliverOnce(order.notifyUrl, order.lastNotification);
          return reply.send({ eventId: order.lastNotification.eventId, ...result });
        },
      );
    },
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
