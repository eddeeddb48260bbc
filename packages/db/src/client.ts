import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
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
   * The embedded PGlite: one session behind every connection (pglite-socket), so no named statements,
   * whose names another connection or a reconnect would find already taken (statement-rows.ts).
   */
  embedded?: boolean;
  /**
   * Every session read-only, as on a hot standby: for a read replica, so that a write sent there by
   * mistake fails (also where the "replica" is a writable copy, as in tests) instead of being lost.
   */
  readOnly?: boolean;
}

/** The pool behind a client, and whether its connections share one session (the embedded PGlite). */
export interface SharedPool {
  pool: pg.Pool;
  embedded: boolean;
}

const pools = new WeakMap<PrismaClient, SharedPool>();

/**
 * The node-postgres pool behind a client of createPrismaClient: one-statement reads on
 * the busiest routes run on it directly, without Prisma's raw-query path (statement-rows.ts).
 */
export function poolOf(client: PrismaClient): pg.Pool | undefined {
  return pools.get(client)?.pool;
}

/** The pool of `client` (poolOf) with whether it is the embedded database's one session. */
export function sharedPoolOf(client: PrismaClient): SharedPool | undefined {
  return pools.get(client);
}

/** One Prisma client over node-postgres; the same path serves PostgreSQL and the embedded PGlite. */
export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: connectionTimeoutMs,
    ...(options.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  });
  // An idle connection the server closed (a restart) must not end the process before Prisma, which
  // listens once it connects, has used the pool: the next query finds out and fails as unavailable.
  pool.on('error', () => {});
  // Prisma ends the pool when the client disconnects (disposeExternalPool)
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, { pool, embedded: options.embedded ?? false });
  return client;
}
