// The payments module owns IPS QR and card payments, the gateway's notifications and reconciliation,
// payment history, receipts and the payment e-mails.
import { parseRsd } from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { gatewayNotificationsRoutes } from './gateway-notifications.routes.js';
import { reconcileDueOrders } from './reconciliation.js';
import { httpPaymentGateway } from './payment-gateway.js';
import type { PaymentsDeps } from './payments.deps.js';
import { paymentMailTemplates } from './payments.mail.js';
import { paymentsRoutes } from './payments.routes.js';

/** Every 2 minutes, card orders due to be checked (cardOrderRules) are asked about at the gateway. */
export const reconciliationJob = 'payment-reconciliation';

/**
 * The payments module (routes under /api/payments and /api/metering-points/:id). Without a gateway in the configuration, card payments answer
 * PAYMENT_GATEWAY_UNAVAILABLE and everything else works.
 */
export const paymentsModule: FastifyPluginAsyncZod = async (app) => {
  const { config } = app;
  app.mail.registerTemplates(paymentMailTemplates);
  const gateway = config.paymentGateway
    ? httpPaymentGateway({
        baseUrl: config.paymentGateway.url,
        merchantKey: config.paymentGateway.merchantKey,
        notificationKey: config.paymentGateway.notificationKey,
        feeRule: { percent: config.cardFee.percent, minimum: parseRsd(config.cardFee.minimum) },
      })
    : null;
  const deps: PaymentsDeps = {
    prisma: app.prisma,
    statementRows: app.statementRows,
    gateway,
    publicUrl: () => config.publicUrl,
    now: () => app.clock.now(),
    notifyMail: () => app.mail.notify(),
    log: app.log,
  };
  await app.register(paymentsRoutes, { deps });
  await app.register(gatewayNotificationsRoutes, { deps });

  app.jobs.register({
    name: reconciliationJob,
    schedule: { everySeconds: 2 * 60 },
    run: async () => {
      const counts = await reconcileDueOrders(deps);
      if (counts.applied + counts.updated > 0) app.log.info(counts, 'payment orders reconciled');
      return counts;
    },
  });
};
