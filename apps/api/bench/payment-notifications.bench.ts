// Gateway notifications processed per second when every approval arrives 50 times at once (a gateway
// retrying hard, or several of its nodes delivering the same event), and proof that none was counted
// twice: per order exactly one payment per bill and one ledger credit, 1 "applied" and 49 "unchanged".
// It pays demo.business's open bills by card (it changes the database: use a scratch copy).
// Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/<seeded db> pnpm --filter @portal/api exec tsx \
//        bench/payment-notifications.bench.ts [--orders 40] [--duplicates 50]
import { parseArgs } from 'node:util';
import { demoIdentities } from '@portal/demo-data';
import { signNotification, signatureHeader } from '@portal/gateway-protocol';
import { startSandboxGateway } from '../src/testing/sandbox-gateway.js';
import { startBenchServer } from './http-bench.js';

const { values } = parseArgs({
  options: { orders: { type: 'string', default: '40' }, duplicates: { type: 'string', default: '50' } },
  strict: false,
});
const orderCount = Number(values.orders);
const duplicates = Number(values.duplicates);

const gateway = await startSandboxGateway();
const bench = await startBenchServer(demoIdentities.business.username, { paymentGateway: gateway.config });
const { app, prisma, authorization } = bench;
const notifyUrl = `${app.config.publicUrl}/api/payments/gateway/notifications`;

const open = await app.inject({ url: '/api/payments/open-bills', headers: { authorization } });
const bills = open.json().meteringPoints.flatMap((point: { bills: { id: string }[] }) => point.bills);
if (bills.length === 0) throw new Error('demo.business has no open bills');

// card orders of 1.00 each (partial payments) over the open bills, made through the API and the
// gateway as a customer would
const orders: { id: string; body: string }[] = [];
for (let i = 0; i < orderCount; i++) {
  const started = await app.inject({
    method: 'POST',
    url: '/api/payments/card',
    headers: { authorization },
    payload: { billIds: [bills[i % bills.length].id], amount: '1.00' },
  });
  if (started.statusCode !== 201) throw new Error(started.body);
  const order = await prisma.paymentOrder.findUniqueOrThrow({ where: { id: started.json().orderId } });
  const body = JSON.stringify({
    eventId: `bench-${order.id}`,
    orderId: order.gatewayOrderId,
    merchantOrderId: order.id,
    status: 'approved',
    amount: order.amount.toFixed(2),
    currency: 'RSD',
    card: { brand: 'visa', maskedPan: '4111 ******** 1111' },
    approvalCode: '123456',
    occurredAt: new Date().toISOString(),
  });
  orders.push({ id: order.id, body });
}

const deliver = (body: string) =>
  fetch(notifyUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [signatureHeader]: signNotification(
        gateway.config.notificationKey,
        body,
        Math.floor(Date.now() / 1000),
      ),
    },
    body,
  }).then((response) => response.status);

const latencies: number[] = [];
const started = performance.now();
for (const order of orders) {
  const statuses = await Promise.all(
    Array.from({ length: duplicates }, async () => {
      const t0 = performance.now();
      const status = await deliver(order.body);
      latencies.push(performance.now() - t0);
      return status;
    }),
  );
  if (statuses.some((status) => status !== 204)) throw new Error(`answers: ${statuses.join(',')}`);
}
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!;

// the proof: nothing counted twice
const ids = orders.map((order) => order.id);
const payments = await prisma.payment.groupBy({
  by: ['paymentOrderId'],
  where: { paymentOrderId: { in: ids } },
  _count: true,
});
const credits = await prisma.ledgerEntry.count({ where: { payment: { paymentOrderId: { in: ids } } } });
const outcomes = await prisma.gatewayNotification.groupBy({
  by: ['outcome'],
  where: { orderId: { in: ids } },
  _count: true,
});
const doubled = payments.filter((row) => row._count !== 1).length;
console.log(
  `${orders.length} orders x ${duplicates} concurrent duplicates = ${orders.length * duplicates} notifications ` +
    `in ${seconds.toFixed(2)} s: ${((orders.length * duplicates) / seconds).toFixed(0)} notifications/s, ` +
    `p50 ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms`,
);
console.log(
  `payments: ${payments.length} orders with ${payments.reduce((sum, row) => sum + row._count, 0)} payments ` +
    `(${doubled} orders with more than one), ledger credits ${credits}, outcomes ${JSON.stringify(
      Object.fromEntries(outcomes.map((row) => [row.outcome, row._count])),
    )}`,
);
await bench.close();
await gateway.close();
if (doubled > 0 || credits !== orders.length || payments.length !== orders.length) process.exit(1);
