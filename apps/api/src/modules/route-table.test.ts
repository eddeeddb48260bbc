// The API registers exactly the routes the contract declares (@portal/contract's routeTable), each
// once, with the declaration's method and path: a route added on one side only fails here.
import { declaredRoutes } from '@portal/contract';
import Fastify, { type RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalApp } from '../app.js';
import { docsPrefix } from '../plugins/external/swagger.js';
import { testClock } from '../testing/clock.js';
import { fakePrisma, testConfig } from '../testing/test-app.js';

/** Routes the app has that are not the API's own, so not in the contract. */
const notInContract = [
  // Swagger UI and the OpenAPI document, which describe the contract's routes
  (url: string) => url === docsPrefix || url.startsWith(`${docsPrefix}/`),
  // the built SPA's files and its history-mode fallback (none here: the tests have no web folder)
  (url: string) => url === '/*',
];

const registered: string[] = [];
const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();

beforeAll(async () => {
  app.addHook('onRoute', (route: RouteOptions) => {
    // HEAD is added by Fastify for every GET
    for (const method of [route.method].flat().filter((m) => m !== 'HEAD'))
      if (!notInContract.some((excluded) => excluded(route.url))) registered.push(`${method} ${route.url}`);
  });
  // The dev mailbox is registered: the test configuration keeps mail locally (no SMTP_URL).
  await app.register(fp(portalApp, { name: 'portal-app' }), {
    config: testConfig(),
    prisma: fakePrisma(),
    clock: testClock,
  });
  await app.ready();
});

afterAll(() => app.close());

describe('the route table', () => {
  it('registers every declared route once, and nothing undeclared', () => {
    const declared = declaredRoutes().map((route) => `${route.method} ${route.path}`);
    expect([...registered].sort()).toEqual([...declared].sort());
  });
});
