// Every customer-data endpoint refuses another user's ids with the same 404 as an unknown id, and
// declares the permission the access seam (modules/access) checks on its id. The routes come from
// Fastify's route table, so an endpoint added later is covered without touching this file, or makes it
// fail until it declares a permission and its path parameter is described in `idsOfUserA` below.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrismaClient } from '@portal/db';
import Fastify, { type HTTPMethods, type RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalApp, type App } from '../app.js';
import { createCustomer, createUser, linkPoints, type TestUser } from '../testing/customer-data.js';
import { testClock } from '../testing/clock.js';
import { testConfig } from '../testing/test-app.js';
import { accessRuleOf, type AccessRule } from './access/access.plugin.js';
import { permissions } from './access/permissions.js';
import { complaintFiles } from './complaints/complaint-files.js';
import { testDatabaseClient } from '../testing/test-database.js';

/** Routes with no customer data behind their ids. */
const excluded = [/^\/api\/auth(\/|$)/, /^\/api\/dev(\/|$)/];

/**
 * For each path parameter, by the path segment before it and its name: an id that user A may use. A
 * new route whose parameter is not here fails the test: add the kind of id it takes.
 */
type Ids = Record<string, string>;
let idsOfUserA: Ids;

/** Bodies that pass validation, for routes that have one: the ownership check must be what answers. */
const sampleBodies: Record<string, unknown> = {
  'PATCH /api/metering-points/:id': { nickname: 'Туђа кућа' },
  'POST /api/metering-points/:id/readings': { readOn: '2026-01-01', vt: 1, nt: 1 },
  'POST /api/complaints/:id/replies': { text: 'Туђи приговор, туђа реч.' },
};

let prisma: PrismaClient;
let app: App;
let userA: TestUser;
let userB: TestUser;
/** support staff: the "user A" of the staff routes, whose ids (import runs) no customer holds */
let staff: TestUser;
const staffRoutes = /^\/api\/support\//;
let linkedPointsOfA: string[];
/** complaint attachments are files: a directory of this test's own */
let dataDir: string;
const routes: { method: HTTPMethods; url: string; access: AccessRule | undefined }[] = [];

beforeAll(async () => {
  prisma = testDatabaseClient();
  // The app as buildApp makes it, with an onRoute hook in place before any route is registered.
  app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.addHook('onRoute', (route: RouteOptions) => {
    for (const method of [route.method].flat())
      routes.push({ method, url: route.url, access: route.config?.access });
  });
  dataDir = await mkdtemp(join(tmpdir(), 'authorization-matrix-'));
  await app.register(fp(portalApp, { name: 'portal-app' }), { config: testConfig({ dataDir }), prisma });
  await app.ready();

  const a = await createCustomer(prisma, {
    points: [
      {
        balance: '100.00',
        openNotice: { kind: 'WARNING_BEFORE_DISCONNECTION', debt: '100.00' },
        bills: [
          {
            periodStart: '2026-09-01',
            periodEnd: '2026-09-30',
            dueDate: '2026-10-20',
            total: '100.00',
            paid: '0',
          },
        ],
      },
    ],
  });
  const b = await createCustomer(prisma, { regionId: 'NS' });
  userA = await createUser(app, prisma);
  userB = await createUser(app, prisma);
  staff = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  linkedPointsOfA = a.meteringPointIds;
  await linkPoints(prisma, userA.id, a.meteringPointIds);
  await linkPoints(prisma, userB.id, b.meteringPointIds);
  // a complaint of user A's with one attached file (staff handle every complaint)
  const complaint = await prisma.complaint.create({
    data: {
      userId: userA.id,
      meteringPointId: a.meteringPointIds[0]!,
      billId: a.billIds[0]!,
      category: 'BILL',
      text: 'Рачун није исправан.',
      receivedOn: new Date('2026-12-01'),
      answerDue: new Date('2026-12-09'),
      resolutionDue: new Date('2026-12-16'),
      attachments: { create: { filename: 'račun.pdf', contentType: 'application/pdf', size: 5 } },
    },
    include: { attachments: true },
  });
  await complaintFiles(join(dataDir, 'complaints')).write(
    complaint.id,
    complaint.attachments[0]!.id,
    Buffer.from('%PDF-'),
  );
  idsOfUserA = {
    'complaints:id': complaint.id,
    'attachments:attachmentId': complaint.attachments[0]!.id,
    'contracts:id': a.billingAccountId,
    'metering-points:id': a.meteringPointIds[0]!,
    'metering-points:meteringPointId': a.meteringPointIds[0]!,
    'bills:id': a.billIds[0]!,
    'bills:billId': a.billIds[0]!,
    'orders:id': (
      await prisma.paymentOrder.create({
        data: {
          number: `A${Date.now()}`.slice(0, 20),
          userId: userA.id,
          method: 'CARD',
          status: 'APPROVED',
          amount: '100.00',
          locale: 'sr-Cyrl',
          paidAt: new Date(),
          items: {
            create: { billId: a.billIds[0]!, meteringPointId: a.meteringPointIds[0]!, amount: '100.00' },
          },
        },
      })
    ).id,
    // an import run is held by staff; a customer never gets as far as its id (role-matrix.int.test.ts)
    'imports:id': (
      await prisma.importRun.create({
        data: {
          regionId: 'BG',
          sequence: 1,
          exportDate: new Date('2026-12-01'),
          kind: 'FULL',
          checksum: '0'.repeat(64),
          fileName: 'BG_20261201_000001.zip',
          status: 'REFUSED',
          startedAt: new Date(),
        },
      })
    ).id,
    // a customer is every staff member's to open a view of; an access is its opener's
    'customers:id': a.customerId,
    'users:id': userA.id,
    'accesses:id': (
      await prisma.supportAccess.create({
        data: {
          staffUserId: staff.id,
          viewedUserId: userA.id,
          customerId: a.customerId,
          reasonCategory: 'ticket',
          reason: '12345',
          openedAt: testClock.now(),
          expiresAt: new Date(testClock.now().getTime() + 30 * 60_000),
        },
      })
    ).id,
    'notices:noticeId': (
      await prisma.dunningNotice.findFirstOrThrow({ where: { meteringPointId: a.meteringPointIds[0]! } })
    ).id,
    // an announcement for A's region (B's points are in another); staff manage every announcement
    'news:id': (
      await prisma.newsItem.create({
        data: {
          regionId: 'BG',
          kind: 'OUTAGE',
          titleSrCyrl: 'Искључење',
          titleEn: 'Outage',
          bodySrCyrl: 'Текст',
          bodyEn: 'Text',
          publishedAt: new Date(testClock.now().getTime() - 86_400_000),
          expiresAt: new Date(testClock.now().getTime() + 86_400_000),
          createdById: staff.id,
        },
      })
    ).id,
  };
});

afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The routes under /api that take an id, except the excluded ones. */
function customerDataRoutes() {
  return routes.filter(
    (r) =>
      r.url.startsWith('/api/') && r.url.includes('/:') && !excluded.some((pattern) => pattern.test(r.url)),
  );
}

/** The route's path with every parameter replaced by `idFor(key)`; throws on a parameter not described. */
function fill(url: string, idFor: (key: string) => string): string {
  const segments = url.split('/');
  return segments
    .map((segment, i) => {
      if (!segment.startsWith(':')) return segment;
      const key = `${segments[i - 1]}:${segment.slice(1)}`;
      if (!(key in idsOfUserA)) {
        throw new Error(
          `${url}: add "${key}" (an id of user A) to idsOfUserA in authorization-matrix.int.test.ts`,
        );
      }
      return idFor(key);
    })
    .join('/');
}

async function ask(user: TestUser, method: HTTPMethods, url: string, template: string) {
  const body = sampleBodies[`${method} ${template}`];
  return app.inject({
    method,
    url,
    headers: { authorization: user.authorization },
    ...(['POST', 'PUT', 'PATCH'].includes(method) ? { payload: (body ?? {}) as object } : {}),
  });
}

describe('authorization matrix', () => {
  it('finds the customer-data routes in the route table', () => {
    const urls = customerDataRoutes().map((r) => `${r.method} ${r.url}`);
    expect(urls).toEqual(
      expect.arrayContaining([
        'GET /api/metering-points/:id',
        'PATCH /api/metering-points/:id',
        'DELETE /api/contracts/:id',
      ]),
    );
  });

  it('declares on every route with an id the permission the access seam checks on it', () => {
    for (const { method, url, access } of customerDataRoutes()) {
      const label = `${method} ${url}`;
      expect(access, `${label}: declare config: { access: <permission> } (modules/access)`).toBeDefined();
      const { permission, param } = accessRuleOf(access!);
      expect(permissions, label).toContain(permission);
      expect(url.split('/'), label).toContain(`:${param}`);
    }
  });

  it("answers user B's requests for user A's ids with the same 404 as for unknown ids", async () => {
    const checked: string[] = [];
    // Staff routes answer a customer 403 before any id is looked at (role-matrix.int.test.ts).
    for (const { method, url } of customerDataRoutes().filter((r) => !staffRoutes.test(r.url))) {
      const label = `${method} ${url}`;
      const foreign = await ask(
        userB,
        method,
        fill(url, (key) => idsOfUserA[key]!),
        url,
      );
      const unknown = await ask(
        userB,
        method,
        fill(url, () => randomUUID()),
        url,
      );
      for (const [what, response] of [
        ['foreign', foreign],
        ['unknown', unknown],
      ] as const) {
        const hint =
          response.statusCode === 400
            ? ` (add a valid body for "${label}" to sampleBodies)`
            : ` ${response.body}`;
        expect(response.statusCode, `${label} with a ${what} id${hint}`).toBe(404);
        if (method !== 'HEAD') expect(response.json().code, label).toBe('NOT_FOUND');
      }
      // A malformed id may be refused by the params schema instead: that tells nothing about anyone's data.
      const malformed = await ask(
        userB,
        method,
        fill(url, () => 'not-an-id'),
        url,
      );
      expect([400, 404], `${label} with a malformed id`).toContain(malformed.statusCode);
      checked.push(label);
    }
    expect(checked.length).toBeGreaterThanOrEqual(3);

    // nothing of user A's changed
    const links = await prisma.userMeteringPoint.findMany({ where: { userId: userA.id } });
    expect(links.map((l) => l.meteringPointId)).toEqual(linkedPointsOfA);
    expect(links.every((l) => l.nickname === null)).toBe(true);
  });

  it("answers user B's ids of user A in a query string (consumption compare) like unknown ids", async () => {
    const asked = (user: TestUser, ids: string) =>
      app.inject({
        method: 'GET',
        url: `/api/consumption/compare?ids=${ids}`,
        headers: { authorization: user.authorization },
      });
    const foreign = await asked(userB, linkedPointsOfA[0]!);
    const unknown = await asked(userB, randomUUID());
    for (const response of [foreign, unknown]) {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json().code).toBe('NOT_FOUND');
    }
    expect((await asked(userA, linkedPointsOfA[0]!)).statusCode).toBe(200);
    // the account-level sum names only the caller's own metering points
    const sum = await app.inject({
      method: 'GET',
      url: '/api/consumption',
      headers: { authorization: userB.authorization },
    });
    expect(sum.statusCode).toBe(200);
    expect(sum.body).not.toContain(linkedPointsOfA[0]!);
  });

  it('lets user A use the same ids (so the 404s above are about ownership)', async () => {
    for (const { method, url } of customerDataRoutes().filter((r) => r.method === 'GET')) {
      const response = await ask(
        staffRoutes.test(url) ? staff : userA,
        method,
        fill(url, (key) => idsOfUserA[key]!),
        url,
      );
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(200);
    }
  });
});
