// A read replica for real: a second database made as a copy of the primary (CREATE DATABASE … TEMPLATE),
// whose rows are then changed so that every answer shows which of the two it was read from. The app
// reaches it through read-only sessions, as it would a hot standby.
import { createPrismaClient, migrate, type PrismaClient } from '@portal/db';
import { createScratchDatabase, type ScratchDatabase } from '@portal/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { App } from '../app.js';
import {
  createCustomer,
  createUser,
  linkPoints,
  type TestCustomer,
  type TestUser,
} from '../testing/customer-data.js';
import { buildTestApp } from '../testing/test-app.js';
import { recentWriteCookie } from './read-scope.js';

const onServer = inject('databaseMode') === 'server';

const primaryStreet = 'Улица примарне базе 1';
const replicaStreet = 'Улица реплике 2';
const replicaName = 'Купац из реплике';

let primaryDb: ScratchDatabase;
let replicaUrl: string;
let primary: PrismaClient;
/** the replica's own writable client: to make its rows differ, and to look at them */
let replicaAdmin: PrismaClient;
let app: App;
let holder: TestUser;
let support: TestUser;
let customer: TestCustomer;
let pointId: string;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('serverUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const nameOf = (url: string) => new URL(url).pathname.slice(1);

beforeAll(async () => {
  if (!onServer) return;
  primaryDb = await createScratchDatabase('server', inject('serverUrl'));
  await migrate(primaryDb.databaseUrl);
  primary = createPrismaClient(primaryDb.databaseUrl);
  const setup = await buildTestApp({ prisma: primary });
  holder = await createUser(setup, primary);
  support = await createUser(setup, primary, 'NATURAL', 'SUPPORT');
  customer = await createCustomer(primary, { points: [{ street: primaryStreet }] });
  pointId = customer.meteringPointIds[0]!;
  await linkPoints(primary, holder.id, customer.meteringPointIds);
  await setup.close();
  // a template may have no other sessions: the primary's pool is closed for the copy
  await primary.$disconnect();
  const url = new URL(primaryDb.databaseUrl);
  url.pathname = `/${nameOf(primaryDb.databaseUrl)}_replica`;
  replicaUrl = url.toString();
  await admin((client) =>
    client.query(`CREATE DATABASE ${nameOf(replicaUrl)} TEMPLATE ${nameOf(primaryDb.databaseUrl)}`),
  );
  replicaAdmin = createPrismaClient(replicaUrl);
  await replicaAdmin.meteringPoint.update({ where: { id: pointId }, data: { street: replicaStreet } });
  await replicaAdmin.customer.update({ where: { id: customer.customerId }, data: { name: replicaName } });

  primary = createPrismaClient(primaryDb.databaseUrl);
  app = await buildTestApp({ prisma: primary, replica: createPrismaClient(replicaUrl, { readOnly: true }) });
  // a GET that writes, then reads what it may depend on (the test's own route, on the app's client)
  app.get('/api/test/read-after-write', async () => {
    const street = async () =>
      (await app.prisma.meteringPoint.findUniqueOrThrow({ where: { id: pointId }, select: { street: true } }))
        .street;
    const before = await street();
    await app.prisma.userMeteringPoint.updateMany({
      where: { meteringPointId: pointId },
      data: { nickname: 'Викендица' },
    });
    return { before, after: await street() };
  });
  addStatementRoutes(app);
  app.get('/api/test/primary-reads', { config: { reads: 'primary' } }, async () =>
    app.prisma.meteringPoint.findUniqueOrThrow({ where: { id: pointId }, select: { street: true } }),
  );
});

/** The street as the one-statement reads on node-postgres (app.statementRows) see it, in a GET and a POST. */
function addStatementRoutes(on: App) {
  const street = async () =>
    (await on.statementRows('SELECT street FROM metering_point WHERE id = $1::uuid', [pointId]))[0];
  on.get('/api/test/statement-street', street);
  on.post('/api/test/statement-street', street);
}

afterAll(async () => {
  await app?.close();
  await app?.replica?.$disconnect();
  await primary?.$disconnect();
  await replicaAdmin?.$disconnect();
  if (replicaUrl)
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${nameOf(replicaUrl)} WITH (FORCE)`));
  await primaryDb?.drop();
});

const get = (user: TestUser, url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers: { authorization: user.authorization, ...headers } });

const streetOf = (response: { body: string }) =>
  response.body.includes(replicaStreet) ? 'replica' : response.body.includes(primaryStreet) ? 'primary' : '?';

describe.skipIf(!onServer)('with DATABASE_REPLICA_URL', () => {
  it("answers a customer's read-only route from the replica, and sets no cookie", async () => {
    const point = await get(holder, `/api/metering-points/${pointId}`);
    expect(point.statusCode, point.body).toBe(200);
    expect(streetOf(point)).toBe('replica');
    expect(streetOf(await get(holder, '/api/metering-points'))).toBe('replica');
    expect(point.cookies.find((c) => c.name === recentWriteCookie)).toBeUndefined();
  });

  it("writes to the primary; the writer's next reads, with the cookie, come from the primary", async () => {
    // over a socket, the body in two parts a moment apart: it is read in the socket's events, after
    // which the request must still be in its read scope
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const body = new TextEncoder().encode(JSON.stringify({ nickname: 'Кућа' }));
    const patched = await fetch(`${address}/api/metering-points/${pointId}`, {
      method: 'PATCH',
      headers: { authorization: holder.authorization, 'content-type': 'application/json' },
      body: new ReadableStream({
        async start(controller) {
          controller.enqueue(body.subarray(0, 5));
          await new Promise((resolve) => setTimeout(resolve, 50));
          controller.enqueue(body.subarray(5));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(patched.status, await patched.text()).toBe(200);
    const where = { userId: holder.id, meteringPointId: pointId };
    expect((await primary.userMeteringPoint.findFirstOrThrow({ where })).nickname).toBe('Кућа');
    expect((await replicaAdmin.userMeteringPoint.findFirstOrThrow({ where })).nickname).toBeNull();

    const setCookie = patched.headers.getSetCookie().find((c) => c.startsWith(`${recentWriteCookie}=`));
    expect(setCookie).toMatch(/; Max-Age=10; Path=\/api; HttpOnly; Secure; SameSite=Strict$/);
    const cookie = setCookie!.split(';')[0]!;
    const fresh = await get(holder, `/api/metering-points/${pointId}`, {
      cookie,
    });
    expect(streetOf(fresh)).toBe('primary');
    expect(fresh.body).toContain('Кућа');
    // without it, or once it has run out, the replica again
    expect(streetOf(await get(holder, `/api/metering-points/${pointId}`))).toBe('replica');
    const ranOut = String(app.clock.now().getTime() - 1);
    const stale = await get(holder, `/api/metering-points/${pointId}`, {
      cookie: `${recentWriteCookie}=${ranOut}`,
    });
    expect(streetOf(stale)).toBe('replica');
    // nor one that claims more than the window: it was not set by the app
    const forged = String(app.clock.now().getTime() + 3_600_000);
    const ahead = await get(holder, `/api/metering-points/${pointId}`, {
      cookie: `${recentWriteCookie}=${forged}`,
    });
    expect(streetOf(ahead)).toBe('replica');
  });

  it('reads the one-statement reads of node-postgres where Prisma would read them', async () => {
    const url = '/api/test/statement-street';
    expect((await app.inject({ url })).json()).toEqual({ street: replicaStreet });
    expect((await app.inject({ method: 'POST', url })).json()).toEqual({ street: primaryStreet });
    const recent = `${recentWriteCookie}=${app.clock.now().getTime() + 5_000}`;
    expect((await app.inject({ url, headers: { cookie: recent } })).json()).toEqual({
      street: primaryStreet,
    });
    // outside a request (a job): the primary
    expect(
      await app.statementRows('SELECT street FROM metering_point WHERE id = $1::uuid', [pointId]),
    ).toEqual([{ street: primaryStreet }]);
  });

  it("reads a request's own write: its reads after the write come from the primary", async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test/read-after-write' });
    expect(response.json()).toEqual({ before: replicaStreet, after: primaryStreet });
    expect(response.cookies.some((c) => c.name === recentWriteCookie)).toBe(true);
  });

  it("reads a GET registered with reads: 'primary' from the primary", async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test/primary-reads' });
    expect(response.json()).toEqual({ street: primaryStreet });
  });

  it("keeps staff's audit rows of a read on the primary, while the read itself uses the replica", async () => {
    const lookup = await get(support, `/api/support/customers?q=${customer.billingNumber}`);
    expect(lookup.statusCode, lookup.body).toBe(200);
    expect(lookup.json().items).toMatchObject([{ id: customer.customerId, name: replicaName }]);

    const opened = await app.inject({
      method: 'POST',
      url: `/api/support/customers/${customer.customerId}/access`,
      headers: { authorization: support.authorization },
      payload: { reason: { category: 'complaint', text: 'INC-2026-0101 the customer disputes a bill' } },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    // the access was opened on the primary a moment ago: it is looked up there, and the view (whose
    // audit row is written before the handler reads) still reads the account from the replica
    const viewed = await get(support, `/api/metering-points/${pointId}`, {
      'x-support-access': opened.json().accessId,
    });
    expect(viewed.statusCode, viewed.body).toBe(200);
    expect(streetOf(viewed)).toBe('replica');
    expect(viewed.cookies.some((c) => c.name === recentWriteCookie)).toBe(false);

    for (const request of [lookup, viewed]) {
      const where = { requestId: String(request.headers['x-request-id']) };
      expect(await primary.auditEvent.count({ where })).toBe(1);
      expect(await replicaAdmin.auditEvent.count({ where })).toBe(0);
    }
  });

  it('reports the replica in /ready; reads fall back to the primary while it does not answer', async () => {
    const ready = await app.inject({ method: 'GET', url: '/ready' });
    expect(ready.json()).toMatchObject({ status: 'ok', replica: 'ok' });

    const unreachable = createPrismaClient('postgresql://portal@127.0.0.1:1/portal', { readOnly: true });
    const down = await buildTestApp({ prisma: primary, replica: unreachable });
    addStatementRoutes(down);
    try {
      const answer = await down.inject({ method: 'GET', url: '/ready' });
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toMatchObject({ status: 'ok', replica: 'unavailable' });
      const point = await down.inject({
        url: `/api/metering-points/${pointId}`,
        headers: { authorization: holder.authorization },
      });
      expect(point.statusCode, point.body).toBe(200);
      expect(streetOf(point)).toBe('primary');
      const statement = await down.inject({ url: '/api/test/statement-street' });
      expect(statement.json()).toEqual({ street: primaryStreet });
    } finally {
      await down.close();
      await unreachable.$disconnect();
    }
  });

  it('refuses a write that reaches the replica: its sessions are read-only', async () => {
    await expect(
      app.replica!.meteringPoint.update({ where: { id: pointId }, data: { street: 'x' } }),
    ).rejects.toThrow(/read-only transaction/);
  });
});
