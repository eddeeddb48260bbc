// A started portal with nobody using it must leave the database alone: its background work (the mail
// outbox, announcements, payment reconciliation) wakes up a few times a minute, not a thousand times a
// second. Built as `npm start` builds it (NODE_ENV development: every worker and job on), on a real
// database, through a proxy that counts the statements the app sends.
import { createPrismaClient, migrate, type PrismaClient } from '@portal/db';
import { createScratchDatabase, type ScratchDatabase } from '@portal/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { App } from './app.js';
import { startPgProxy, type PgProxy } from './testing/pg-proxy.js';
import { buildTestApp } from './testing/test-app.js';

let database: ScratchDatabase;
let proxy: PgProxy;
let prisma: PrismaClient;
let app: App;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  database = await createScratchDatabase(inject('databaseMode'), inject('serverUrl'));
  await migrate(database.databaseUrl);
  proxy = await startPgProxy(database.databaseUrl);
  prisma = createPrismaClient(proxy.url, { poolSize: 2 });
  // with a database of its own to give the regional import's job queue, as npm start has
  app = await buildTestApp({
    prisma,
    database: { url: proxy.url, embedded: false },
    config: { nodeEnv: 'development', importSchedule: '30 2 * * *' },
  });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
  await proxy?.close();
  await database?.drop();
});

it('sends at most a couple of statements in 12 idle seconds once started', async () => {
  await sleep(3_000); // the jobs' first runs at start-up
  const before = proxy.statements();
  await sleep(12_000);
  const sent = proxy.statements() - before;
  console.log(`idle portal: ${sent} statements in 12 s`);
  // the mail outbox every 30 s, payment reconciliation every minute, the import queue every 5 minutes
  // and its upkeep every 10: 0 to 2 in any 12 seconds
  expect(sent).toBeLessThanOrEqual(2);
}, 30_000);
