// The gateway's server-to-server notifications. Public (the gateway has no session), so nothing is
// believed before the signature over the exact bytes received checks out and is fresh; then the
// status is applied idempotently. Every delivery is recorded with what became of it, except refused
// ones beyond a few per source address (see refused-notifications.ts).
import {
  checkNotificationSignature,
  gatewayNotification,
  signatureHeader,
  type GatewayNotification,
} from '@portal/gateway-protocol';
import { paymentsRoutes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error.js';
import { registerRoute } from '../../lib/route.js';
import { applyGatewayState } from './order-processing.js';
import type { PaymentsDeps } from './payments.deps.js';
import { refusalLimiter, refusalLimits } from './refused-notifications.js';

export const gatewayNotificationsRoutes: FastifyPluginAsyncZod<{ deps: PaymentsDeps }> = async (
  app,
  { deps },
) => {
  // The signature covers the body as sent: keep it as text (this plugin's scope only).
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: 16_384 },
    (_request, body, done) => done(null, body),
  );

  const refusals = refusalLimiter(refusalLimits, deps.now, (summary) =>
    deps.log.warn(summary, 'refused gateway notifications not recorded one by one'),
  );

  const record = (
    outcome: string,
    notification: Partial<GatewayNotification> = {},
    orderId: string | null = null,
  ) =>
    deps.prisma.gatewayNotification.create({
      data: {
        outcome,
        eventId: notification.eventId?.slice(0, 64) ?? null,
        gatewayOrderId: notification.orderId?.slice(0, 64) ?? null,
        status: notification.status ?? null,
        orderId,
      },
    });

  registerRoute(app, paymentsRoutes.gatewayNotification, { rateLimit: false }, async (request, reply) => {
    const body = typeof request.body === 'string' ? request.body : '';
    const header = request.headers[signatureHeader];
    const check = checkNotificationSignature(
      deps.gateway?.notificationKey ?? '',
      body,
      typeof header === 'string' ? header : undefined,
      deps.now(),
    );
    if (!deps.gateway || !check.ok) {
      const { action, retryAfterSeconds } = refusals.admit(request.ip);
      if (action === 'limit')
        throw new AppError('RATE_LIMITED', { headers: { 'retry-after': String(retryAfterSeconds) } });
      if (action === 'record') {
        request.log.warn({ reason: check.ok ? 'no gateway' : check.reason }, 'gateway notification refused');
        await record(check.ok ? 'no_gateway' : `signature_${check.reason}`);
      }
      throw new AppError('UNAUTHORIZED');
    }
    let parsed: ReturnType<typeof gatewayNotification.safeParse>;
    try {
      parsed = gatewayNotification.safeParse(JSON.parse(body));
    } catch {
      parsed = gatewayNotification.safeParse(undefined);
    }
    if (!parsed.success) {
      await record('malformed');
      throw new AppError('BAD_REQUEST');
    }
    const notification = parsed.data;
    const { outcome, orderId } = await applyGatewayState(deps, notification);
    await record(outcome, notification, orderId);
    request.log.info(
      { eventId: notification.eventId, orderId, status: notification.status, outcome },
      'gateway notification',
    );
    if (outcome === 'unknown_order') throw new AppError('NOT_FOUND');
    if (outcome === 'amount_mismatch') throw new AppError('CONFLICT');
    return reply.code(204).send();
  });
};
