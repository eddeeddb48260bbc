import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.js';

export { PrismaClient };
export type { Prisma } from './generated/prisma/client.js';

/**
 * How long a query waits for a connection (a new one, or a free one of the pool) before it fails: a
 * database that does not answer then makes errors the API turns into 503, not requests that hang.
 */
export const connectionTimeoutMs = 10_000;

export interface PrismaClientOptions {
  poolSize?: number;
  /**
   * Every session read-only, as on a hot standby: for a read replica, so that a write sent there by
   * mistake fails (also where the "replica" is a writable copy, as in tests) instead of being lost.
   */
  readOnly?: boolean;
}

/** One Prisma client over node-postgres; the same path serves PostgreSQL and the embedded PGlite. */
export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: connectionTimeoutMs,
    ...(options.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  });
  return new PrismaClient({ adapter });
}
