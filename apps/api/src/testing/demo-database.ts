// A scratch database of its own with demo data, for integration tests that read billing data: the
// demo accounts (demo.household, demo.business) come linked to their metering points.
import { createPrismaClient, migrate, type PrismaClient } from '@portal/db';
import { createScratchDatabase, type ScratchDatabase } from '@portal/db/testing';
import { generateDemoData } from '@portal/demo-data';
import { inject } from 'vitest';
import type { App } from '../app.js';

export const demoPassword = 'Demo#2026!';

export interface DemoDatabase {
  prisma: PrismaClient;
  databaseUrl: string;
  drop: () => Promise<void>;
}

export async function createDemoDatabase(
  options: { customers?: number; asOf?: string } = {},
): Promise<DemoDatabase> {
  const database: ScratchDatabase = await createScratchDatabase(inject('databaseMode'), inject('serverUrl'));
  await migrate(database.databaseUrl);
  await generateDemoData({
    databaseUrl: database.databaseUrl,
    customers: options.customers ?? 10,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    demoPassword,
    useCopy: database.mode === 'server',
  });
  // one connection to PGlite, as run.ts does (concurrent connections can interleave there)
  const prisma = createPrismaClient(database.databaseUrl, database.mode === 'server' ? {} : { poolSize: 1 });
  return {
    prisma,
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
