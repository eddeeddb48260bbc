// A scratch database of its own with demo data, for integration tests that read billing data: the
// demo accounts (demo.household, demo.business) come linked to their metering points.
import { createPrismaClient, migrate, type PrismaClient } from '@portal/db';
import { createScratchDatabase, type ScratchDatabase } from '@portal/db/testing';
import { clockFrom, type Clock } from '@portal/domain';
import { generateDemoData } from '@portal/demo-data';
import { inject } from 'vitest';
import type { App } from '../app.js';
import { testClock } from './clock.js';

export const demoPassword = 'Demo#2026!';

export interface DemoDatabase {
  prisma: PrismaClient;
  /** the clock the data was made with: the tests' clock, or one on `asOf` (give it to the test app) */
  clock: Clock;
  databaseUrl: string;
  drop: () => Promise<void>;
}

export async function createDemoDatabase(
  options: { customers?: number; asOf?: string } = {},
): Promise<DemoDatabase> {
  const database: ScratchDatabase = await createScratchDatabase(inject('databaseMode'), inject('serverUrl'));
  // a day means 08:00 UTC that day, as CLOCK_START reads it
  const clock = options.asOf ? clockFrom(options.asOf) : testClock;
  await migrate(database.databaseUrl);
  await generateDemoData({
    databaseUrl: database.databaseUrl,
    customers: options.customers ?? 10,
    now: clock.now(),
    demoPassword,
    useCopy: database.mode === 'server',
  });
  // one connection to PGlite, as run.ts does (concurrent connections can interleave there)
  const prisma = createPrismaClient(
    database.databaseUrl,
    database.mode === 'server' ? {} : { embedded: true, poolSize: 1 },
  );
  return {
    prisma,
    clock,
    databaseUrl: database.databaseUrl,
    drop: async () => {
      await prisma.$disconnect();
      await database.drop();
    },
  };
}

/** The Authorization header of a fresh session of a demo user. */
export async function demoLogin(app: App, username: string): Promise<{ authorization: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login: username, password: demoPassword },
  });
  if (response.statusCode !== 200) throw new Error(`login of ${username} failed: ${response.body}`);
  return { authorization: `Bearer ${(response.json() as { accessToken: string }).accessToken}` };
}
