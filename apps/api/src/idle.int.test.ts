// A started portal with nobody using it must leave the database alone: its background jobs (the mail
// outbox, announcements, payment reconciliation) are queued on slots of a minute or more, and the job
// queue's workers poll every 5 minutes, not every few seconds. Built as `npm start` builds it (NODE_ENV
// development: every job on), on a real database, through a proxy that counts the statements the app
// sends. The figure per minute, slots included, is bench/idle-statements.bench.ts's.
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

it('sends only the rare polling of the job queue between two scheduled slots', async () => {
  await sleep(10_000); // the jobs queued at start-up
  // the slots are whole minutes: measure from 5 s after one (its jobs done) to 5 s before the next
  const intoMinute = Date.now() % 60_000;
  await sleep((65_000 - intoMinute) % 60_000 || 60_000);
  const before = proxy.statements();
  await sleep(50_000);
  const sent = proxy.statements() - before;
  console.log(`idle portal: ${sent} statements in 50 s between slots`);
  // 8 workers polling every 5 minutes (1.3 expected in 50 s) and maybe the queue's upkeep (4, every 10)
  expect(sent).toBeLessThanOrEqual(8);
}, 150_000);
