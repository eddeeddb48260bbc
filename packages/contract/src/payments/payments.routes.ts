import { defineRoute, binary, problems } from '../routes/define-route.js';
import { documentLocaleQuery, uuidParams } from '../routes/route-inputs.js';
import {
  cardPaymentResponse,
  ipsPaymentBody,
  ipsPaymentResponse,
  ledgerQuery,
  ledgerResponse,
  openBillsResponse,
  paymentHistoryQuery,
  paymentHistoryResponse,
  paymentOrderSchema,
  paymentQuoteResponse,
  paymentRequestBody,
} from './payments.schemas.js';

const tags = ['payments'];
const answers = problems(400, 401, 404);
const payAnswers = problems(400, 401, 404, 409, 422, 502);

/** Paying bills, the return page's order, history, ledger, receipts, and the gateway's call-back. */
export const paymentsRoutes = {
  openBills: defineRoute({
    method: 'GET',
    path: '/api/payments/open-bills',
    summary: 'The bills that can be paid, over all linked metering points, and the card fee rule',
    tags,
    responses: { 200: openBillsResponse, ...answers },
  }),
  quote: defineRoute({
    method: 'POST',
    path: '/api/payments/quote',
    summary: 'What paying an amount over chosen bills covers (oldest first) and what the card is charged',
    tags,
    body: paymentRequestBody,
    responses: { 200: paymentQuoteResponse, ...payAnswers },
  }),
  card: defineRoute({
    method: 'POST',
    path: '/api/payments/card',
    summary: "Starts a card payment: the browser continues on the gateway's payment page",
    tags,
    body: paymentRequestBody,
    responses: { 201: cardPaymentResponse, ...payAnswers },
  }),
  ips: defineRoute({
    method: 'POST',
    path: '/api/payments/ips',
    summary: 'An NBS IPS QR code for chosen bills or for the whole debt of a metering point',
    tags,
    body: ipsPaymentBody,
    responses: { 200: ipsPaymentResponse, ...payAnswers },
  }),
  order: defineRoute({
    method: 'GET',
    path: '/api/payments/orders/:id',
    summary: "A portal payment's real state (the return page shows this, never the redirect's query)",
    tags,
    params: uuidParams,
    responses: { 200: paymentOrderSchema, ...answers },
  }),
  cancelOrder: defineRoute({
    method: 'POST',
    path: '/api/payments/orders/:id/cancel',
    summary:
      'Cancels a card payment not yet made (here and on the gateway), so that its bills can be paid again',
    tags,
    params: uuidParams,
    responses: { 200: paymentOrderSchema, ...problems(400, 401, 404, 409) },
  }),
  receipt: defineRoute({
    method: 'GET',
    path: '/api/payments/orders/:id/receipt',
    summary: 'The receipt of a paid portal payment, as PDF',
    tags,
    params: uuidParams,
    query: documentLocaleQuery,
    responses: { 200: binary(), ...answers },
  }),
  history: defineRoute({
    method: 'GET',
    path: '/api/payments',
    summary: 'The payments of all linked metering points, all channels, three years, newest first',
    tags,
    query: paymentHistoryQuery,
    responses: { 200: paymentHistoryResponse, ...answers },
  }),
  meteringPointHistory: defineRoute({
    method: 'GET',
    path: '/api/metering-points/:id/payments',
    summary: 'The payments of a metering point, all channels, three years, newest first',
    tags,
    params: uuidParams,
    query: paymentHistoryQuery,
    responses: { 200: paymentHistoryResponse, ...answers },
  }),
  ledger: defineRoute({
    method: 'GET',
    path: '/api/metering-points/:id/ledger',
    summary: 'The financial card of a metering point: debits, credits and the running balance',
    tags,
    params: uuidParams,
    query: ledgerQuery,
    responses: { 200: ledgerResponse, ...answers },
  }),
  // The gateway has no session: its signature over the raw body is checked by the handler, which
  // therefore declares no body schema.
  gatewayNotification: defineRoute({
    method: 'POST',
    path: '/api/payments/gateway/notifications',
    summary: 'Signed server-to-server notification of the card gateway (HMAC-SHA256, 5-minute window)',
    tags,
    auth: 'public',
    hide: true,
    responses: {},
  }),
};
