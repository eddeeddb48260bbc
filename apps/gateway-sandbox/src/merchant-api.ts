// The merchant API under /api/v1 (Bearer merchant key): create an order, read it, cancel it before
// its page is submitted, and a test helper that sends the last notification again.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOrderRequest, gatewayPaths } from '@portal/gateway-protocol';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Notifier } from './notifier.js';
import { randomHex, toGatewayOrder, type OrderStore, type StoredOrder } from './order-store.js';
import { apiError } from './replies.js';

export interface MerchantApiDeps {
  merchantKey: string;
  /** base URL used in paymentPageUrl; default from the listening address */
  publicUrl: string | undefined;
  store: OrderStore;
  notifier: Pick<Notifier, 'deliverOnce'>;
  now: () => Date;
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function publicBaseUrl(publicUrl: string | undefined, server: Server, request: FastifyRequest): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const address = server.address() as AddressInfo | string | null;
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

export function merchantApi(deps: MerchantApiDeps): FastifyPluginAsync {
  const { store, notifier, now } = deps;
  return async (api) => {
    api.addHook('onRequest', async (request, reply) => {
      const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
      if (!match || !sameSecret(match[1]!, deps.merchantKey))
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
        paymentPageUrl:
          publicBaseUrl(deps.publicUrl, api.server, request) + gatewayPaths.paymentPage(orderId),
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
  };
}
