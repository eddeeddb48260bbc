// The sandbox gateway over real HTTP, with a small local server standing in for the portal's notify endpoint.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  checkNotificationSignature,
  gatewayNotification,
  gatewayOrder,
  signatureHeader,
  type CreateOrderRequest,
  type GatewayNotification,
} from '@portal/gateway-protocol';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildSandboxGateway } from './app.js';

const merchantKey = 'test-merchant-key';
const notificationKey = 'test-notification-key';
const pendingSettlesAfterMs = 400;

interface Received {
  raw: string;
  signature: string | undefined;
  notification: GatewayNotification;
}

let gateway: FastifyInstance;
let baseUrl: string;
let portal: Server;
let notifyUrl: string;
let received: Received[] = [];
/** statuses the portal answers with, in order; 204 once they run out */
let portalAnswers: number[] = [];
const logLines: string[] = [];

beforeAll(async () => {
  portal = createServer((request, response) => {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (raw += chunk));
    request.on('end', () => {
      const header = request.headers[signatureHeader];
      received.push({
        raw,
        signature: Array.isArray(header) ? header[0] : header,
        notification: gatewayNotification.parse(JSON.parse(raw)),
      });
      response.statusCode = portalAnswers.shift() ?? 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  notifyUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}/api/payments/gateway/notify`;

  gateway = await buildSandboxGateway({
    merchantKey,
    notificationKey,
    pendingSettlesAfterMs,
    notificationRetryDelaysMs: [50, 100],
    logger: { level: 'trace', stream: { write: (line: string) => logLines.push(line) } },
  });
  baseUrl = await gateway.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await gateway?.close();
  await new Promise((resolve) => portal?.close(resolve));
});

beforeEach(() => {
  received = [];
  portalAnswers = [];
});

let orderNumber = 0;
function orderRequest(changes: Partial<CreateOrderRequest> = {}): CreateOrderRequest {
  orderNumber += 1;
  return {
    merchantOrderId: `po_${Date.now()}_${orderNumber}`,
    amount: '1234.56',
    currency: 'RSD',
    description: 'Račun za oktobar 2026, mesto merenja 1234567',
    returnUrl: 'https://portal.example/placanje/povratak?lang=sr',
    notifyUrl,
    locale: 'sr',
    ...changes,
  };
}

function api(path: string, init: RequestInit & { key?: string | null } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.key !== null) headers.set('authorization', `Bearer ${init.key ?? merchantKey}`);
  if (init.body) headers.set('content-type', 'application/json');
  return fetch(baseUrl + path, { ...init, headers });
}

async function createOrder(changes: Partial<CreateOrderRequest> = {}) {
  const response = await api('/api/v1/orders', {
    method: 'POST',
    body: JSON.stringify(orderRequest(changes)),
  });
  expect(response.status).toBe(201);
  return gatewayOrder.parse(await response.json());
}

async function getOrder(orderId: string) {
  const response = await api(`/api/v1/orders/${orderId}`);
  expect(response.status).toBe(200);
  return gatewayOrder.parse(await response.json());
}

const card = { expiry: '12/40', cvv: '987', cardholder: 'Petar Petrović' };

function submit(orderId: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${baseUrl}/pay/${orderId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

async function waitFor<T>(check: () => T | undefined, timeoutMs = 3000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function expectSigned(item: Received) {
  expect(checkNotificationSignature(notificationKey, item.raw, item.signature, new Date())).toMatchObject({
    ok: true,
  });
  expect(checkNotificationSignature('another-key', item.raw, item.signature, new Date()).ok).toBe(false);
}

describe('health', () => {
  it('answers ok', async () => {
    const response = await fetch(`${baseUrl}/health`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('creating an order', () => {
  it('wants the merchant key', async () => {
    for (const key of [null, 'wrong-key']) {
      const response = await api('/api/v1/orders', {
        method: 'POST',
        body: JSON.stringify(orderRequest()),
        key,
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: 'unauthorized', message: expect.any(String) });
    }
    expect((await api('/api/v1/orders/gw_x', { key: null })).status).toBe(401);
  });

  it('refuses an invalid request with 400', async () => {
    const bad = await api('/api/v1/orders', {
      method: 'POST',
      body: JSON.stringify({ ...orderRequest(), amount: '12,50', returnUrl: 'not a url' }),
    });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: string; message: string };
    expect(body).toMatchObject({ error: 'validation_failed' });
    expect(body.message).toContain('amount');
    expect(body.message).toContain('returnUrl');

    const notJson = await api('/api/v1/orders', { method: 'POST', body: '{"merchantOrderId":' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: 'bad_request', message: expect.any(String) });
  });

  it('creates an order with an opaque id and a payment page URL, once per merchant order id', async () => {
    const request = orderRequest();
    const response = await api('/api/v1/orders', { method: 'POST', body: JSON.stringify(request) });
    expect(response.status).toBe(201);
    const order = gatewayOrder.parse(await response.json());
    expect(order).toMatchObject({
      merchantOrderId: request.merchantOrderId,
      status: 'created',
      amount: '1234.56',
      currency: 'RSD',
      card: null,
      approvalCode: null,
    });
    expect(order.orderId).toMatch(/^gw_[0-9a-f]{24}$/);
    expect(order.paymentPageUrl).toBe(`${baseUrl}/pay/${order.orderId}`);
    expect(await getOrder(order.orderId)).toEqual(order);

    const again = await api('/api/v1/orders', { method: 'POST', body: JSON.stringify(request) });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: 'duplicate_order' });
  });

  it('answers 404 for an unknown order', async () => {
    const response = await api('/api/v1/orders/gw_000000000000000000000000');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });

  it('uses publicUrl for the payment page when given', async () => {
    const other = await buildSandboxGateway({
      merchantKey,
      notificationKey,
      publicUrl: 'https://pay.example/',
    });
    try {
      const response = await other.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${merchantKey}` },
        payload: orderRequest(),
      });
      expect(response.statusCode).toBe(201);
      expect(response.json().paymentPageUrl).toMatch(/^https:\/\/pay\.example\/pay\/gw_[0-9a-f]{24}$/);
    } finally {
      await other.close();
    }
  });
});

describe('the payment page', () => {
  it('shows the merchant, the order, the amount and a labelled card form in Serbian', async () => {
    const order = await createOrder();
    const response = await fetch(order.paymentPageUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).toContain('form-action');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<html lang="sr">');
    expect(html).toContain('Uvid u račun');
    expect(html).toContain('Račun za oktobar 2026, mesto merenja 1234567');
    expect(html).toContain('1.234,56 RSD');
    for (const [id, label] of [
      ['cardNumber', 'Broj kartice'],
      ['expiry', 'Važi do (MM/GG)'],
      ['cvv', 'CVV'],
      ['cardholder', 'Ime na kartici'],
    ])
      expect(html).toContain(`<label for="${id}">${label}</label>`);
    expect(html).toContain('Plati 1.234,56 RSD');
    expect(html).toContain('Odustani');
    expect(html).toContain('4111 1111 1111 1111');
    expect(html).toContain('4000 0000 0000 0259');
    expect(html).not.toContain('<script');
  });

  it('speaks English for an English order and escapes the description', async () => {
    const order = await createOrder({ locale: 'en', description: 'Bill <b>October</b> & more' });
    const html = await (await fetch(order.paymentPageUrl)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('1,234.56 RSD');
    expect(html).toContain('<label for="cardNumber">Card number</label>');
    expect(html).toContain('Bill &lt;b&gt;October&lt;/b&gt; &amp; more');
  });

  it('answers 404 for an unknown order', async () => {
    const response = await fetch(`${baseUrl}/pay/gw_000000000000000000000000`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Plaćanje nije pronađeno');
  });

  it('shows what is wrong and never writes the card number or CVV back', async () => {
    const order = await createOrder();
    const response = await submit(order.orderId, {
      cardNumber: '4111 1111 1111 1112',
      expiry: '01/20',
      cvv: '98',
      cardholder: 'Petar Petrović',
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Broj kartice nije ispravan');
    expect(html).toContain('Kartica je istekla');
    expect(html).toContain('CVV ima tačno 3 cifre');
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('1112');
    expect(html).not.toMatch(/value="98"/);
    expect(html).toContain('value="01/20"');
    expect(html).toContain('value="Petar Petrović"');
    expect(received).toEqual([]);
    expect((await getOrder(order.orderId)).status).toBe('created');

    for (const [cardNumber, message] of [
      ['3782 822463 10005', 'samo DinaCard, Visa i Mastercard'],
      ['4242 4242 4242 4242', 'koristite jednu od test kartica'],
    ] as const) {
      const html = await (await submit(order.orderId, { ...card, cardNumber })).text();
      expect(html).toContain(message);
      expect(html).not.toContain(cardNumber);
    }
  });
});

describe('paying', () => {
  it.each([
    ['4111 1111 1111 1111', 'visa', '4111 ******** 1111'],
    ['5555555555554444', 'mastercard', '5555 ******** 4444'],
    ['9891 0000 0000 0003', 'dina', '9891 ******** 0003'],
  ])(
    'approves test card %s, sends the browser back and a signed notification',
    async (number, brand, masked) => {
      const order = await createOrder();
      const response = await submit(order.orderId, { ...card, cardNumber: number });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(
        `https://portal.example/placanje/povratak?lang=sr&orderId=${order.orderId}`,
      );

      const [item] = await waitFor(() => (received.length > 0 ? received : undefined));
      expectSigned(item!);
      expect(item!.notification).toMatchObject({
        orderId: order.orderId,
        merchantOrderId: order.merchantOrderId,
        status: 'approved',
        amount: '1234.56',
        currency: 'RSD',
        card: { brand, maskedPan: masked },
        approvalCode: expect.stringMatching(/^\d{6}$/),
      });
      expect(item!.notification.eventId).toMatch(/^evt_/);

      const after = await getOrder(order.orderId);
      expect(after).toMatchObject({
        status: 'approved',
        card: { brand, maskedPan: masked },
        approvalCode: item!.notification.approvalCode,
      });

      // the page now shows the outcome, and paying again is not possible
      const page = await (await fetch(order.paymentPageUrl)).text();
      expect(page).toContain('Plaćanje je uspelo');
      expect(page).toContain(
        `href="https://portal.example/placanje/povratak?lang=sr&amp;orderId=${order.orderId}"`,
      );
      expect(page).not.toContain('name="cardNumber"');
      const again = await submit(order.orderId, { ...card, cardNumber: number });
      expect(again.status).toBe(303);
      expect(again.headers.get('location')).toBe(`/pay/${order.orderId}`);
      await sleep(50);
      expect(received).toHaveLength(1);
    },
  );

  it('declines the declining test card', async () => {
    const order = await createOrder();
    const response = await submit(order.orderId, { ...card, cardNumber: '4000 0000 0000 0002' });
    expect(response.status).toBe(303);
    const [item] = await waitFor(() => (received.length > 0 ? received : undefined));
    expectSigned(item!);
    expect(item!.notification).toMatchObject({
      status: 'declined',
      card: { brand: 'visa', maskedPan: '4000 ******** 0002' },
      approvalCode: null,
    });
    expect((await getOrder(order.orderId)).status).toBe('declined');
    expect(await (await fetch(order.paymentPageUrl)).text()).toContain('Plaćanje nije uspelo');
  });

  it('leaves the pending test card pending, then approves it silently after the delay', async () => {
    const order = await createOrder();
    const response = await submit(order.orderId, { ...card, cardNumber: '4000000000000259' });
    expect(response.status).toBe(303);
    const [item] = await waitFor(() => (received.length > 0 ? received : undefined));
    expectSigned(item!);
    expect(item!.notification).toMatchObject({ status: 'pending', approvalCode: null });
    expect(await getOrder(order.orderId)).toMatchObject({ status: 'pending', approvalCode: null });

    await sleep(pendingSettlesAfterMs + 50);
    const settled = await getOrder(order.orderId);
    expect(settled).toMatchObject({
      status: 'approved',
      approvalCode: expect.stringMatching(/^\d{6}$/),
      card: { brand: 'visa', maskedPan: '4000 ******** 0259' },
    });
    expect(await getOrder(order.orderId)).toEqual(settled);
    await sleep(100);
    expect(received).toHaveLength(1);
  });

  it('sends a notification again after a 500, with the same eventId', async () => {
    portalAnswers = [500, 503];
    const order = await createOrder();
    await submit(order.orderId, { ...card, cardNumber: '4111111111111111' });
    const items = await waitFor(() => (received.length >= 3 ? received : undefined));
    await sleep(200);
    expect(received).toHaveLength(3);
    expect(new Set(items.map((item) => item.notification.eventId)).size).toBe(1);
    expect(new Set(items.map((item) => item.raw)).size).toBe(1);
    for (const item of items) expectSigned(item);
  });

  it('gives up after the last retry', async () => {
    portalAnswers = [500, 500, 500, 500];
    const order = await createOrder();
    await submit(order.orderId, { ...card, cardNumber: '4111111111111111' });
    await waitFor(() => (received.length >= 3 ? received : undefined));
    await sleep(300);
    expect(received).toHaveLength(3);
    expect(logLines.some((line) => line.includes('giving up') && line.includes(order.orderId))).toBe(true);
  });

  it('reports a payment cancelled on the page as cancelled, not declined, and sends the browser back', async () => {
    const order = await createOrder();
    const response = await fetch(`${order.paymentPageUrl}/cancel`, { method: 'POST', redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `https://portal.example/placanje/povratak?lang=sr&orderId=${order.orderId}`,
    );
    const [item] = await waitFor(() => (received.length > 0 ? received : undefined));
    expectSigned(item!);
    expect(item!.notification).toMatchObject({ status: 'cancelled', card: null, approvalCode: null });
    expect((await getOrder(order.orderId)).status).toBe('cancelled');
    const page = await fetch(order.paymentPageUrl);
    expect(await page.text()).toContain('Plaćanje je otkazano');
  });

  it('lets the merchant cancel an order not yet paid, and answers a paid one as it is', async () => {
    const open = await createOrder();
    const cancelled = await api(`/api/v1/orders/${open.orderId}/cancel`, { method: 'POST' });
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ orderId: open.orderId, status: 'cancelled' });
    expect((await getOrder(open.orderId)).status).toBe('cancelled');
    const afterwards = await submit(open.orderId, { ...card, cardNumber: '4111111111111111' });
    expect(afterwards.status).toBe(303);
    expect((await getOrder(open.orderId)).status).toBe('cancelled');

    const paid = await createOrder();
    await submit(paid.orderId, { ...card, cardNumber: '4111111111111111' });
    const answer = await api(`/api/v1/orders/${paid.orderId}/cancel`, { method: 'POST' });
    expect(await answer.json()).toMatchObject({ status: 'approved' });
    expect((await api('/api/v1/orders/gw_unknown/cancel', { method: 'POST' })).status).toBe(404);
    expect((await api(`/api/v1/orders/${paid.orderId}/cancel`, { method: 'POST', key: null })).status).toBe(
      401,
    );
  });

  it('re-sends the last notification on request', async () => {
    const order = await createOrder();
    const none = await api(`/api/v1/test/orders/${order.orderId}/resend-notification`, { method: 'POST' });
    expect(none.status).toBe(409);

    await submit(order.orderId, { ...card, cardNumber: '5555 5555 5555 4444' });
    const [first] = await waitFor(() => (received.length > 0 ? received : undefined));
    const response = await api(`/api/v1/test/orders/${order.orderId}/resend-notification`, {
      method: 'POST',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      eventId: first!.notification.eventId,
      delivered: true,
      httpStatus: 204,
    });
    expect(received).toHaveLength(2);
    expect(received[1]!.raw).toBe(first!.raw);
    expectSigned(received[1]!);
  });
});

describe('card data', () => {
  it('never reaches the log', async () => {
    const order = await createOrder();
    const start = logLines.length;
    await submit(order.orderId, {
      cardNumber: '4111 1111 1111 1111',
      expiry: '12/40',
      cvv: '12',
      cardholder: 'X Y',
    });
    await submit(order.orderId, {
      cardNumber: '5555 5555 5555 4444',
      expiry: '11/39',
      cvv: '731',
      cardholder: 'X Y',
    });
    await waitFor(() => (received.length > 0 ? received : undefined));
    await sleep(50);
    const log = logLines.slice(start).join('');
    // the log was captured at all: the requests and the outcome are in it
    expect(log).toContain(`/pay/${order.orderId}`);
    expect(log).toContain('notification delivered');
    for (const secret of [
      '4111111111111111',
      '4111 1111 1111 1111',
      '4111+1111',
      '5555555555554444',
      '5555 5555',
      '5555+5555',
    ])
      expect(log).not.toContain(secret);
    expect(log).not.toMatch(/(^|[^0-9a-z.])731([^0-9a-z]|$)/i);
    expect(log).not.toMatch(/(^|[^0-9a-z.])11\/39([^0-9a-z]|$)/i);
    expect(log).not.toMatch(/cvv|cardNumber|expiry/i);
  });
});
