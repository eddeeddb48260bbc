// A database outage for real: the app's Prisma client reaches PostgreSQL through a TCP proxy that the
// test cuts (refusing new connections and cutting the open ones) and restores.
import { problemContentType } from '@portal/contract';
import { createPrismaClient, type PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { createDemoDatabase, demoLogin, demoPassword, type DemoDatabase } from '../testing/demo-database.js';
import { startPgProxy, type PgProxy } from '../testing/pg-proxy.js';
import { buildTestApp } from '../testing/test-app.js';

let demo: DemoDatabase;
let proxy: PgProxy;
let prisma: PrismaClient;
let app: App;
let auth: { authorization: string };
let dataUrls: string[];

beforeAll(async () => {
  demo = await createDemoDatabase({ customers: 1 });
  proxy = await startPgProxy(demo.databaseUrl);
  prisma = createPrismaClient(proxy.url);
  app = await buildTestApp({ prisma });
  auth = await demoLogin(app, 'demo.household');
  const { meteringPointId } = await prisma.userMeteringPoint.findFirstOrThrow({
    where: { user: { usernameNormalized: 'demo.household' } },
  });
  dataUrls = [
    '/api/metering-points',
    `/api/metering-points/${meteringPointId}`,
    `/api/metering-points/${meteringPointId}/bills`,
    `/api/metering-points/${meteringPointId}/consumption`,
    '/api/payments',
    '/api/payments/open-bills',
    '/api/auth/me',
  ];
});

afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
  await proxy?.close();
  await demo?.drop();
});

const login = () =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'accept-language': 'en' },
    payload: { login: 'demo.household', password: demoPassword },
  });

describe('a database outage', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while the database is down, 200 once it is back', async () => {
    for (const url of dataUrls) expect((await app.inject({ url, headers: auth })).statusCode, url).toBe(200);

    await proxy.cut();
    for (const url of dataUrls) {
      const response = await app.inject({ url, headers: { ...auth, 'accept-language': 'en' } });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(503);
      expect(response.headers['content-type']).toContain(problemContentType);
      expect(response.headers['retry-after']).toMatch(/^\d+$/);
      expect(response.json()).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    }
    const refused = await login();
    expect(refused.statusCode, refused.body).toBe(503);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.json().code).toBe('SERVICE_UNAVAILABLE');
    expect((await app.inject({ url: '/ready' })).statusCode).toBe(503);

    await proxy.restore();
    for (const url of dataUrls) expect((await app.inject({ url, headers: auth })).statusCode, url).toBe(200);
    expect((await login()).statusCode).toBe(200);
  });
});
