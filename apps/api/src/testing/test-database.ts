// The integration run's database (packages/db testing/global-setup.ts) as the tests' Prisma client.
import { createPrismaClient, type PrismaClient, type PrismaClientOptions } from '@portal/db';
import { inject } from 'vitest';

/** A client of the run's database; on PGlite it knows that every connection is the one session. */
export function testDatabaseClient(options: PrismaClientOptions = {}): PrismaClient {
  return createPrismaClient(inject('databaseUrl'), {
    ...options,
    embedded: inject('databaseMode') === 'pglite',
  });
}
