// The portal listening on a local port with the sandbox gateway running for real beside it, over a
// demo database, for the payments integration tests: the gateway's signed notifications arrive over
// HTTP as in production. Call it at the top of a test file; it starts in beforeAll and stops in afterAll.
import type { OpenBillsResponse, PaymentOrder } from '@portal/contract';
import { signNotification, signatureHeader, type GatewayNotification } from '@portal/gateway-protocol';
import { Writable } from 'node:stream';
import { statementRows } from '@portal/db';
import pino from 'pino';
import { afterAll, beforeAll, expect } from 'vitest';
import { loggerOptions, type App } from '../app.js';
import { httpPaymentGateway } from '../modules/payments/payment-gateway.js';
import type { PaymentsDeps } from '../modules/payments/payments.deps.js';
import { createDemoDatabase, demoLogin, type DemoDatabase } from './demo-database.js';
import { sandboxKeys, startSandboxGateway, type RunningSandbox } from './sandbox-gateway.js';
import { buildTestApp, testConfig } from './test-app.js';
import { testClock } from './clock.js';

type Auth = { authorization: string };

export function usePaymentsHarness() {
  let demo: DemoDatabase;
  let gateway: RunningSandbox;
  let app: App;
  let household: Auth;
  let business: Auth;
  /** what the portal and the gateway logged, at the most verbose level */
  let logs = '';

  beforeAll(async () => {
    demo = await createDemoDatabase({ customers: 3 });
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logs += String(chunk);
        done();
      },
    });
    gateway = await startSandboxGateway({
      pendingSettlesAfterMs: 300,
      logger: { level: 'trace', stream: sink },
    });
    const config = { paymentGateway: gateway.config, logLevel: 'trace' as const };
    app = await buildTestApp({
      prisma: demo.prisma,
      config,
      loggerInstance: pino(loggerOptions(testConfig(config)), sink),
    });
    app.config.publicUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    household = await demoLogin(app, 'demo.household');
    business = await demoLogin(app, 'demo.business');
  });

  afterAll(async () => {
    await app?.close();
    await gateway?.close();
    await demo?.drop();
  });

  async function openBills(auth: Auth): Promise<OpenBillsResponse> {
    const response = await app.inject({ url: '/api/payments/open-bills', headers: auth });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function startCard(auth: Auth, body: object) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/payments/card',
      headers: auth,
      payload: body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { orderId: string; paymentPageUrl: string };
  }

  async function order(auth: Auth, id: string): Promise<PaymentOrder> {
    const response = await app.inject({ url: `/api/payments/orders/${id}`, headers: auth });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 5_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() > end) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The payments module's dependencies as the app has them, `aheadMs` in the future, on `gatewayUrl`. */
  function depsAt(aheadMs: number, gatewayUrl = gateway.url): PaymentsDeps {
    return {
      prisma: demo.prisma,
      statementRows: statementRows(demo.prisma),
      gateway: httpPaymentGateway({
        baseUrl: gatewayUrl,
        ...sandboxKeys,
        feeRule: { percent: '0', minimum: 0 },
      }),
      publicUrl: () => app.config.publicUrl,
      now: () => new Date(testClock.now().getTime() + aheadMs),
      notifyMail: () => {},
      log: app.log,
    };
  }

  const portalPayments = (orderId: string) =>
    demo.prisma.payment.findMany({ where: { paymentOrderId: orderId } });

  /** A card order of the business for its `fromEnd`-th last open bill (another test's may be open). */
  async function cardOrder(fromEnd = 1) {
    const { meteringPoints } = await openBills(business);
    const bill = meteringPoints.flatMap((point) => point.bills).at(-fromEnd)!;
    const started = await startCard(business, { billIds: [bill.id] });
    const saved = await demo.prisma.paymentOrder.findUniqueOrThrow({ where: { id: started.orderId } });
    return { bill, started, saved };
  }

  function notification(
    saved: { id: string; gatewayOrderId: string | null; amount: { toFixed(n: number): string } },
    status: GatewayNotification['status'],
    eventId: string,
  ): string {
    return JSON.stringify({
      eventId,
      orderId: saved.gatewayOrderId!,
      merchantOrderId: saved.id,
      status,
      amount: saved.amount.toFixed(2),
      currency: 'RSD',
      card: status === 'approved' ? { brand: 'mastercard', maskedPan: '5555 ******** 4444' } : null,
      approvalCode: status === 'approved' ? 'A12345' : null,
      occurredAt: testClock.now().toISOString(),
    } satisfies GatewayNotification);
  }

  /** Delivers a notification signed with the sandbox's key now, as the gateway would. */
  const deliver = (body: string) =>
    fetch(`${app.config.publicUrl}/api/payments/gateway/notifications`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [signatureHeader]: signNotification(
          sandboxKeys.notificationKey,
          body,
          Math.floor(testClock.now().getTime() / 1000),
        ),
      },
      body,
    });

  return {
    get demo() {
      return demo;
    },
    get gateway() {
      return gateway;
    },
    get app() {
      return app;
    },
    get household() {
      return household;
    },
    get business() {
      return business;
    },
    /** what the portal and the gateway logged, at the most verbose level */
    get logs() {
      return logs;
    },
    openBills,
    startCard,
    order,
    until,
    depsAt,
    portalPayments,
    cardOrder,
    notification,
    deliver,
  };
}
