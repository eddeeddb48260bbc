import { paymentsRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPdf } from '../../lib/download.js';
import { registerRoute } from '../../lib/route.js';
import { ledger, paymentHistory } from './payment-history.service.js';
import { getPaymentOrder, ipsPayment, quotePayment, startCardPayment } from './payment-orders.service.js';
import { listOpenBills } from './open-bills.js';
import { cancelPaymentOrder } from './order-cancel.js';
import type { PaymentsDeps } from './payments.deps.js';
import type { Actor } from '../access/actor.js';
import { paymentReceipt } from './receipt.service.js';

/** Paying bills, the return page's order, history, ledger, receipts (the contract's paymentsRoutes). */
export const paymentsRoutes: FastifyPluginAsyncZod<{ deps: PaymentsDeps }> = async (app, { deps }) => {
  registerRoute(app, routes.openBills, {}, async (request) => listOpenBills(deps, request.actor));

  // another user's metering point is not found, as on the other routes of a metering point
  const requireDebtAccess = async (actor: Actor, body: { debtBeyondBills?: string[] | undefined }) => {
    if (body.debtBeyondBills?.length)
      await app.requireAccess(actor, 'meteringPoint.pay', [...new Set(body.debtBeyondBills)]);
  };

  registerRoute(app, routes.quote, {}, async (request) => {
    await requireDebtAccess(request.actor, request.body);
    return quotePayment(deps, request.actor, request.body);
  });

  registerRoute(app, routes.card, {}, async (request, reply) => {
    await requireDebtAccess(request.actor, request.body);
    const started = await startCardPayment(deps, request.actor, request.body, request.locale);
    return reply.code(201).send(started);
  });

  registerRoute(app, routes.ips, {}, async (request) => {
    if ('meteringPointId' in request.body)
      await app.requireAccess(request.actor, 'meteringPoint.pay', [request.body.meteringPointId]);
    return ipsPayment(deps, request.actor, request.body, request.locale);
  });

  // polled by the page the gateway sends the customer back to, while the gateway's notification writes
  // the outcome: on the primary, so that the page never shows an order older than it is (read-scope.ts)
  const order = { access: 'paymentOrder.read', reads: 'primary' } as const;
  registerRoute(app, routes.order, order, async (request) => getPaymentOrder(deps, request.params.id));

  registerRoute(app, routes.cancelOrder, { access: 'paymentOrder.cancel' }, async (request) =>
    cancelPaymentOrder(deps, request.params.id),
  );

  registerRoute(app, routes.receipt, { access: 'paymentOrder.receipt' }, async (request, reply) => {
    const file = await paymentReceipt(deps, request.params.id, request.query.locale ?? request.locale);
    return sendPdf(reply, file);
  });

  registerRoute(app, routes.history, {}, async (request) =>
    paymentHistory(deps, request.actor, null, request.query),
  );

  // one statement, scoped by the actor's links: the access seam asks nothing more (modules/access)
  const scoped = {
    access: { permission: 'payment.read', inStatement: true },
    compiledAnswers: true,
  } as const;
  registerRoute(app, routes.meteringPointHistory, scoped, async (request) =>
    paymentHistory(deps, request.actor, request.params.id, request.query),
  );

  registerRoute(app, routes.ledger, { access: 'ledger.read' }, async (request) =>
    ledger(deps, request.params.id, request.query),
  );
};
