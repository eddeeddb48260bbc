// The sandbox card payment gateway: a hosted payment page in the usual PSP shape (PCI DSS SAQ-A: the card
// form lives here, never in the portal). The merchant creates an order over the API, the browser pays on
// /pay/:orderId and is sent back to the merchant's return URL, and the merchant learns the outcome from a
// signed notification or by asking for the order. Orders live in memory: it is a sandbox.
//
// Card numbers, expiry dates and CVVs are never kept or logged: only the brand and the masked number are
// stored, no request body is logged, and the card number and CVV are never written back into a page.
import Fastify, { type FastifyInstance } from 'fastify';
import { setErrorHandlers } from './error-handlers.js';
import { merchantApi } from './merchant-api.js';
import { createNotifier } from './notifier.js';
import { createOrderStore } from './order-store.js';
import { addPaymentPageRoutes } from './payment-page.js';

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
  addPaymentPageRoutes(app, {
    store,
    now,
    merchantName: options.merchantName ?? 'Uvid u račun',
    pendingSettlesAfterMs: options.pendingSettlesAfterMs ?? 60_000,
  });

  return app;
}
