import { createPrismaClient, type PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { buildTestApp } from '../../testing/test-app.js';
import { testDatabaseClient } from '../../testing/test-database.js';

declare module 'vitest' {
  interface ProvidedContext {
    databaseUrl: string;
  }
}

describe('readiness against a real database', () => {
  let prisma: PrismaClient;
  let app: App;

  beforeAll(async () => {
    prisma = testDatabaseClient();
    app = await buildTestApp({ prisma });
  });

  afterAll(async () => {
    await app?.close();
    await prisma?.$disconnect();
  });

  it('GET /ready is 200 when PostgreSQL answers', async () => {
    const response = await app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /ready is 503 when nothing listens at the database address', async () => {
    const unreachable = createPrismaClient('postgresql://portal@127.0.0.1:1/portal');
    const down = await buildTestApp({ prisma: unreachable });
    try {
      const response = await down.inject({ method: 'GET', url: '/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    } finally {
      await down.close();
      await unreachable.$disconnect();
    }
  });
});
