// Two API processes on one database, built as `npm start` builds them (each its own Prisma client, job
// queue and rate-limit store): every mail is sent once, each scheduled reconciliation runs once, and with
// Redis a limit counted in one process holds in the other. Outcomes are polled for, with a deadline.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPrismaClient, migrate, type PrismaClient } from '@portal/db';
import { createScratchDatabase, type ScratchDatabase } from '@portal/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { App } from './app.js';
import { slotJobId } from './modules/jobs/job-slots.js';
import { mailJob } from './modules/mail/mail.plugin.js';
import { reconciliationJob } from './modules/payments/payments.module.js';
import { testClock } from './testing/clock.js';
import { createUser } from './testing/customer-data.js';
import { startTestSmtpServer, type TestSmtpServer } from './testing/smtp-server.js';
import { buildTestApp } from './testing/test-app.js';

const redisUrl = 'redis://127.0.0.1:6379';
const from = 'Uvid u račun <portal@example.rs>';

let database: ScratchDatabase;
let smtp: TestSmtpServer;
/** a gateway that knows no order: counts how often each order is asked about */
let gateway: Server;
const asked = new Map<string, number>();
const processes: { app: App; prisma: PrismaClient }[] = [];
let redisReachable = false;

async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function startProcess(gatewayUrl: string): Promise<App> {
  const prisma = createPrismaClient(database.databaseUrl, { poolSize: 3 });
  const app = await buildTestApp({
    prisma,
    database: { url: database.databaseUrl, embedded: false },
    config: {
      smtpUrl: smtp.url,
      mailFrom: from,
      redisUrl: redisReachable ? redisUrl : undefined,
      paymentGateway: { url: gatewayUrl, merchantKey: 'm'.repeat(20), notificationKey: 'n'.repeat(40) },
    },
    // the test plays the schedule itself, both processes at one slot
    jobs: { run: true, timers: false },
  });
  await app.ready();
  processes.push({ app, prisma });
  return app;
}

let a: App;
let b: App;

beforeAll(async () => {
  database = await createScratchDatabase(inject('databaseMode'), inject('serverUrl'));
  await migrate(database.databaseUrl);
  smtp = await startTestSmtpServer();
  gateway = createServer((request, response) => {
    asked.set(request.url ?? '', (asked.get(request.url ?? '') ?? 0) + 1);
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"unknown order"}');
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000 });
  redisReachable = await probe.connect().then(
    () => true,
    () => false,
  );
  probe.disconnect();
  a = await startProcess(gatewayUrl);
  b = await startProcess(gatewayUrl);
}, 120_000);

afterAll(async () => {
  for (const { app, prisma } of processes) {
    await app.close();
    await prisma.$disconnect();
  }
  await smtp?.stop();
  await new Promise((resolve) => gateway?.close(resolve));
  await database?.drop();
});

const prismaOf = () => processes[0]!.prisma;

it('sends each mail once, whichever process queued it', async () => {
  const count = 24;
  await Promise.all(
    Array.from({ length: count }, (_, n) =>
      (n % 2 ? a : b).mail.enqueue({
        to: `twice-${n}@example.rs`,
        template: 'verificationCode',
        locale: 'en',
        params: { username: `user${n}`, code: String(100000 + n), minutesValid: 15 },
      }),
    ),
  );
  // once every row is SENT no worker can claim it again: then the count is final
  await eventually(async () => {
    const open = await prismaOf().mailOutbox.count({ where: { status: { not: 'SENT' } } });
    return open === 0 ? true : undefined;
  }, 'every mail to be sent');
  await smtp.waitFor(count);
  const recipients = smtp.messages.map((mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text);
  expect(recipients).toHaveLength(count);
  expect(new Set(recipients).size).toBe(count);
  // both processes show the queue, with nothing failed
  const ready = await a.inject({ url: '/ready' });
  expect(ready.json().jobs[mailJob]).toMatchObject({ failed: 0 });
});

it('runs a scheduled reconciliation once when both processes reach its slot', async () => {
  const user = await createUser(a, prismaOf());
  const gatewayOrderId = `gw-twice-${Date.now()}`;
  await prismaOf().paymentOrder.create({
    data: {
      number: `T${Date.now()}`.slice(0, 20),
      userId: user.id,
      method: 'CARD',
      status: 'PENDING',
      amount: '100.00',
      locale: 'en',
      gatewayOrderId,
      // due for a check (15 minutes), not yet given up (an hour)
      createdAt: new Date(testClock.now().getTime() - 20 * 60_000),
    },
  });
  const askedAbout = () =>
    [...asked].filter(([url]) => url.includes(gatewayOrderId)).reduce((n, [, k]) => n + k, 0);
  const runSlot = async (slot: Date) => {
    await Promise.all([a.jobs.fire(reconciliationJob, slot), b.jobs.fire(reconciliationJob, slot)]);
    const id = slotJobId(reconciliationJob, slot);
    await eventually(async () => {
      const rows = await prismaOf().$queryRaw<{ state: string }[]>`
        SELECT state::text FROM pgboss.job WHERE name = ${reconciliationJob} AND id = ${id}::uuid`;
      return rows[0]?.state === 'completed' ? true : undefined;
    }, 'the slot to be reconciled');
  };
  const slot = new Date(Math.round(Date.now() / 120_000) * 120_000);
  await runSlot(slot);
  expect(askedAbout()).toBe(1);
  // the same slot again (a late process) runs nothing; the next slot runs once more
  await Promise.all([a.jobs.fire(reconciliationJob, slot), b.jobs.fire(reconciliationJob, slot)]);
  await runSlot(new Date(slot.getTime() + 120_000));
  expect(askedAbout()).toBe(2);
});

describe('rate limits with REDIS_URL', () => {
  it('counts a user across both processes', async (context) => {
    if (!redisReachable) context.skip();
    const user = await createUser(a, prismaOf());
    const other = await createUser(a, prismaOf());
    const enrol = (app: App, authorization: string, remoteAddress: string) =>
      app.inject({ method: 'POST', url: '/api/auth/mfa/totp', headers: { authorization }, remoteAddress });
    // 10 in 15 minutes per user: five in each process, from two addresses
    for (let n = 0; n < 10; n++) {
      const response = await enrol(n % 2 ? a : b, user.authorization, n < 5 ? '127.0.0.2' : '127.0.0.3');
      expect(response.statusCode, response.body).toBe(200);
    }
    for (const app of [a, b]) {
      const refused = await enrol(app, user.authorization, '127.0.0.4');
      expect(refused.statusCode).toBe(429);
      expect(refused.json().code).toBe('RATE_LIMITED');
    }
    // another user behind the same address is not throttled with them
    expect((await enrol(b, other.authorization, '127.0.0.2')).statusCode).toBe(200);
  });
});
