// How many statements an idle API process sends its database a minute: the app built as `npm start`
// builds it (NODE_ENV development: every job on, pg-boss's polling and upkeep included), nobody using it,
// counted by a proxy in front of the database (src/testing/pg-proxy.ts). The first minute (start-up: the
// queue's set-up and the jobs run at start) is printed apart; the figure is the mean of the minutes after.
// Scheduled slots of 5 and 10 minutes fall inside a 10-minute run; the hourly ones add about 0.1 a minute.
//   pnpm --filter @portal/api exec tsx bench/idle-statements.bench.ts [--minutes 10] [--mode server|embedded]
// server: a scratch database on the PostgreSQL server at 127.0.0.1:5432 (dropped at the end);
// embedded: an in-memory PGlite with one connection that the job queue shares, as `npm start` runs it.
import { parseArgs } from 'node:util';
import { createPrismaClient, migrate, poolOf } from '@portal/db';
import { createScratchDatabase } from '@portal/db/testing';
import { buildTestApp } from '../src/testing/test-app.js';
import { startPgProxy } from '../src/testing/pg-proxy.js';

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '10' }, mode: { type: 'string', default: 'server' } },
});
const minutes = Number(values.minutes);
const embedded = values.mode === 'embedded';
const database = await createScratchDatabase(embedded ? 'pglite' : 'server');
await migrate(database.databaseUrl);
const proxy = await startPgProxy(database.databaseUrl);
// as `npm start` opens it (run.ts)
const prisma = createPrismaClient(proxy.url, embedded ? { embedded, poolSize: 1 } : {});
const pool = embedded ? poolOf(prisma) : undefined;
const app = await buildTestApp({
  prisma,
  database: { url: proxy.url, embedded, ...(pool ? { pool } : {}) },
  config: { nodeEnv: 'development', importSchedule: '30 2 * * *' },
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
try {
  const started = proxy.statements();
  await app.ready();
  await sleep(60_000);
  console.log(`start-up and first minute: ${proxy.statements() - started} statements`);
  const perMinute: number[] = [];
  for (let minute = 1; minute <= minutes; minute++) {
    const before = proxy.statements();
    await sleep(60_000);
    perMinute.push(proxy.statements() - before);
    console.log(`minute ${minute}: ${perMinute.at(-1)} statements`);
  }
  const mean = perMinute.reduce((sum, n) => sum + n, 0) / perMinute.length;
  console.log(
    `idle API process (${embedded ? 'embedded PGlite' : 'PostgreSQL server'}): ${mean.toFixed(1)} statements a minute (mean of ${minutes} minutes, max ${Math.max(...perMinute)})`,
  );
} finally {
  await app.close();
  await prisma.$disconnect();
  await proxy.close();
  await database.drop();
}
