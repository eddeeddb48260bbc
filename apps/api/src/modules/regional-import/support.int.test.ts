// Support staff read the import runs, a run's quarantine and the portal payments no export confirmed;
// customers get nothing of it.
import { createPrismaClient, type PrismaClient } from '@portal/db';
import { fixedClock } from '@portal/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createUser, type TestUser } from '../../testing/customer-data.js';
import { createImportDatabase, type ImportDatabase } from '../../testing/import-database.js';
import { customer, household, numbersOf, streamOf, testExport } from '../../testing/regional-exports.js';
import { buildTestApp } from '../../testing/test-app.js';
import { applyExport } from './apply-export.js';

let db: ImportDatabase;
let prisma: PrismaClient;
let app: App;
let support: TestUser;
let someone: TestUser;
let runId: string;

beforeAll(async () => {
  db = await createImportDatabase();
  prisma = createPrismaClient(db.databaseUrl, { poolSize: 2 });
  app = await buildTestApp({ prisma });
  support = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  someone = await createUser(app, prisma);
  const { ed, account } = numbersOf(1);
  const exp = testExport('NI', 1, 'FULL', [household(1, ed, account), customer('C2', 2, { jmbg: '123' })]);
  const result = await applyExport(db, {
    ...exp,
    records: streamOf(exp.records),
    clock: fixedClock('2026-12-06T08:00:00Z'),
    useCopy: db.useCopy,
  });
  runId = result.runId!;
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
  await db?.drop();
});

const get = (user: TestUser, url: string) =>
  app.inject({ method: 'GET', url, headers: { authorization: user.authorization } });

it('lists the import runs and a run quarantine to support staff', async () => {
  const list = await get(support, '/api/support/imports?region=NI');
  expect(list.statusCode).toBe(200);
  expect(list.json().runs).toEqual([
    expect.objectContaining({
      id: runId,
      region: 'NI',
      sequence: 1,
      status: 'APPLIED',
      records: 7,
      quarantined: 1,
    }),
  ]);
  const quarantine = await get(support, `/api/support/imports/${runId}/quarantine`);
  expect(quarantine.statusCode).toBe(200);
  expect(quarantine.json().records).toEqual([
    expect.objectContaining({ recordType: 'customer', sourceKey: 'C2', awaitsParent: false }),
  ]);
  expect(
    await prisma.auditEvent.count({
      where: { action: 'support.quarantine.read', actorUserId: support.id, subjectId: runId },
    }),
  ).toBe(1);
});

it('answers a customer 403 on every staff route, before any id is looked at', async () => {
  expect((await get(someone, '/api/support/imports')).statusCode).toBe(403);
  expect((await get(someone, '/api/support/unconfirmed-payments')).statusCode).toBe(403);
  expect((await get(someone, `/api/support/imports/${runId}/quarantine`)).statusCode).toBe(403);
});

it('flags portal payments that no export confirmed within three days', async () => {
  const point = await prisma.meteringPoint.findFirstOrThrow();
  const order = await prisma.paymentOrder.create({
    data: {
      number: '900001',
      userId: someone.id,
      method: 'CARD',
      status: 'APPROVED',
      amount: '100.00',
      locale: 'sr-Cyrl',
    },
  });
  const now = app.clock.now().getTime();
  for (const [days, amount] of [
    [4, '100.00'],
    [1, '50.00'],
  ] as const)
    await prisma.payment.create({
      data: {
        regionId: 'NI',
        meteringPointId: point.id,
        paidOn: new Date(now - days * 86_400_000),
        bookedAt: new Date(now - days * 86_400_000),
        amount,
        channel: 'PORTAL_CARD',
        paymentOrderId: order.id,
      },
    });
  const response = await get(support, '/api/support/unconfirmed-payments');
  expect(response.statusCode).toBe(200);
  expect(response.json()).toMatchObject({ days: 3, payments: [{ orderNumber: '900001', amount: '100.00' }] });
  expect(response.json().payments).toHaveLength(1);
});
