// The daily job as an API process runs it (NODE_ENV development, a database of its own): support asks
// for an import, the queue in PostgreSQL runs one job per region, the inbox is applied and tidied.
// Customers cannot start it, and a process without a queue says so.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrismaClient, type PrismaClient } from '@portal/db';
import { writeExport } from '@portal/regional-import';
import { sampleRecords } from '@portal/regional-import/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createUser, type TestUser } from '../../testing/customer-data.js';
import { createImportDatabase, type ImportDatabase } from '../../testing/import-database.js';
import { buildTestApp } from '../../testing/test-app.js';

let db: ImportDatabase;
let prisma: PrismaClient;
let app: App;
let inbox: string;
let support: TestUser;
let someone: TestUser;

beforeAll(async () => {
  db = await createImportDatabase();
  prisma = createPrismaClient(db.databaseUrl, { poolSize: 2 });
  inbox = await mkdtemp(join(tmpdir(), 'portal-queue-inbox-'));
  app = await buildTestApp({
    prisma,
    database: { url: db.databaseUrl, embedded: !db.useCopy },
    config: { nodeEnv: 'development', importInbox: inbox, importSchedule: '30 2 * * *' },
  });
  await app.ready();
  support = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  someone = await createUser(app, prisma);
  for (const region of ['BG', 'KG'] as const)
    await writeExport(
      inbox,
      { region, sequence: 1, kind: 'FULL', exportDate: '2026-12-03' },
      sampleRecords({ seed: 3, region, customers: 2 }),
    );
});

afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
  await db?.drop();
  await rm(inbox, { recursive: true, force: true });
});

const run = (user: TestUser) =>
  app.inject({
    method: 'POST',
    url: '/api/support/imports/run',
    headers: { authorization: user.authorization },
  });

async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

it('refuses a customer', async () => {
  const response = await run(someone);
  expect(response.statusCode).toBe(403);
  expect(response.json().code).toBe('FORBIDDEN');
});

it('queues every region for support and applies the inbox through the queue', async () => {
  const response = await run(support);
  expect(response.statusCode).toBe(202);
  expect(response.json().queued).toEqual(['BG', 'NS', 'NI', 'KG', 'KV']);
  const processed = await eventually(async () => {
    const names = await readdir(join(inbox, 'processed')).catch(() => [] as string[]);
    return names.length === 2 ? names.sort() : undefined;
  });
  expect(processed).toEqual(['BG_20261203_000001.zip', 'KG_20261203_000001.xml']);
  const runs = await db.all<{ region_id: string; status: string }>(
    'SELECT region_id, status FROM import_run ORDER BY region_id',
  );
  expect(runs).toEqual([
    { region_id: 'BG', status: 'APPLIED' },
    { region_id: 'KG', status: 'APPLIED' },
  ]);
});

it('keeps at most one job waiting per region, however often it is asked', async () => {
  await Promise.all([run(support), run(support), run(support)]);
  const jobs = await db.all<{ key: string; n: number }>(
    `SELECT singleton_key AS key, count(*)::int AS n FROM pgboss.job
      WHERE name = 'regional-import' AND state IN ('created', 'retry', 'active') GROUP BY singleton_key`,
  );
  for (const job of jobs) expect(job.n).toBeLessThanOrEqual(2);
});

it('answers IMPORT_QUEUE_UNAVAILABLE where no queue runs', async () => {
  const bare = await buildTestApp({ prisma });
  try {
    const response = await bare.inject({
      method: 'POST',
      url: '/api/support/imports/run',
      headers: { authorization: support.authorization },
    });
    expect(response.statusCode).toBe(503);
    expect(response.json().code).toBe('IMPORT_QUEUE_UNAVAILABLE');
  } finally {
    await bare.close();
  }
});
