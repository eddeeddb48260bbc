import {
  cardPaymentResponse,
  ipsPaymentBody,
  ipsPaymentResponse,
  ledgerQuery,
  ledgerResponse,
  locales,
  openBillsResponse,
  paymentHistoryQuery,
  paymentHistoryResponse,
  paymentOrderSchema,
  paymentQuoteResponse,
  paymentRequestBody,
  problemSchema,
} from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendPdf } from '../../lib/download.js';
import { ledger, paymentHistory } from './payment-history.service.js';
import { getPaymentOrder, ipsPayment, quotePayment, startCardPayment } from './payment-orders.service.js';
import { listOpenBills } from './open-bills.js';
import { cancelPaymentOrder } from './order-cancel.js';
import type { PaymentsDeps } from './payments.deps.js';
import { paymentReceipt } from './receipt.service.js';

const tags = ['payments'];
const problems = { 400: problemSchema, 401: problemSchema, 404: problemSchema };
const payProblems = { ...problems, 409: problemSchema, 422: problemSchema, 502: problemSchema };
const idParams = z.object({ id: z.uuid() });
const localeQuery = z.object({ locale: z.enum(locales).optional() });

/** Payments, mounted under /api: paying bills, the return page's order, history, ledger, receipts. */
export const paymentsRoutes: FastifyPluginAsyncZod<{ deps: PaymentsDeps }> = async (app, { deps }) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/payments/open-bills',
    {
      schema: {
        tags,
        summary: 'The bills that can be paid, over all linked metering points, and the card fee rule',
        response: { 200: openBillsResponse, ...problems },
      },
    },
    async (request) => listOpenBills(deps, request.actor),
  );

  app.post(
    '/payments/quote',
    {
      schema: {
        tags,
        summary: 'What paying an amount over chosen bills covers (oldest first) and what the card is charged',
        body: paymentRequestBody,
        response: { 200: paymentQuoteResponse, ...payProblems },
      },
    },
    async (request) => quotePayment(deps, request.actor, request.body),
  );

  app.post(
    '/payments/card',
    {
      schema: {
        tags,
        summary: "Starts a card payment: the browser continues on the gateway's payment page",
        body: paymentRequestBody,
        response: { 201: cardPaymentResponse, ...payProblems },
      },
    },
    async (request, reply) => {
      const started = await startCardPayment(deps, request.actor, request.body, request.locale);
      return reply.code(201).send(started);
    },
  );

  app.post(
    '/payments/ips',
    {
      schema: {
        tags,
        summary: 'An NBS IPS QR code for chosen bills or for the whole debt of a metering point',
        body: ipsPaymentBody,
        response: { 200: ipsPaymentResponse, ...payProblems },
      },
    },
    async (request) => {
      if ('meteringPointId' in request.body)
        await app.requireAccess(request.actor, 'meteringPoint.pay', [request.body.meteringPointId]);
      return ipsPayment(deps, request.actor, request.body, request.locale);
    },
  );

  app.get(
    '/payments/orders/:id',
    {
      config: { access: 'paymentOrder.read' },
      schema: {
        tags,
        summary: "A portal payment's real state (the return page shows this, never the redirect's query)",
        params: idParams,
        response: { 200: paymentOrderSchema, ...problems },
      },
    },
    async (request) => getPaymentOrder(deps, request.params.id),
  );

  app.post(
    '/payments/orders/:id/cancel',
    {
      config: { access: 'paymentOrder.cancel' },
      schema: {
        tags,
        summary:
          'Cancels a card payment not yet made (here and on the gateway), so that its bills can be paid again',
        params: idParams,
        response: { 200: paymentOrderSchema, ...problems, 409: problemSchema },
      },
    },
    async (request) => cancelPaymentOrder(deps, request.params.id),
  );

  app.get(
    '/payments/orders/:id/receipt',
    {
      config: { access: 'paymentOrder.receipt' },
      schema: {
        tags,
        summary: 'The receipt of a paid portal payment, as PDF',
        params: idParams,
        querystring: localeQuery,
        response: { 200: z.any().describe('binary file'), ...problems },
      },
    },
    async (request, reply) => {
      const file = await paymentReceipt(deps, request.params.id, request.query.locale ?? request.locale);
      return sendPdf(reply, file);
    },
  );

  app.get(
    '/payments',
    {
      schema: {
        tags,
        summary: 'The payments of all linked metering points, all channels, three years, newest first',
        querystring: paymentHistoryQuery,
        response: { 200: paymentHistoryResponse, ...problems },
      },
    },
    async (request) => paymentHistory(deps, request.actor, null, request.query),
  );

  app.get(
    '/metering-points/:id/payments',
    {
      config: { access: 'payment.read' },
      schema: {
        tags,
        summary: 'The payments of a metering point, all channels, three years, newest first',
        params: idParams,
        querystring: paymentHistoryQuery,
        response: { 200: paymentHistoryResponse, ...problems },
      },
    },
    async (request) => paymentHistory(deps, request.actor, request.params.id, request.query),
  );

  app.get(
    '/metering-points/:id/ledger',
    {
      config: { access: 'ledger.read' },
      schema: {
        tags,
        summary: 'The financial card of a metering point: debits, credits and the running balance',
        params: idParams,
        querystring: ledgerQuery,
        response: { 200: ledgerResponse, ...problems },
      },
    },
    async (request) => ledger(deps, request.params.id, request.query),
  );
};
