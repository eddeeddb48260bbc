// One read statement's rows straight from node-postgres: Prisma's raw-query path (its engine's
// parameter and row conversion) cost the busiest one-statement routes about a third of their CPU
// beside pg (apps/api/bench/README.md). A connection of the pool: never part of a transaction.
import type pg from 'pg';
import { sharedPoolOf, type PrismaClient } from './client.js';

/**
 * The rows of `sql` with the `$n` parameters `params`; json columns come parsed. With a `name` the
 * statement is prepared once per connection and its plan kept (PostgreSQL's plan cache): planning a
 * statement that reads the partitioned line items costs more than running it. Only for a text that
 * holds no values (they go in `params`): each distinct text stays prepared on every connection.
 */
export type StatementRows = (
  sql: string,
  params: readonly unknown[],
  name?: string,
) => Promise<Record<string, unknown>[]>;

/**
 * The statements of a node-postgres pool (also the bare server's of apps/api/bench/vs-bare). Without
 * `named`, no statement is prepared: the embedded PGlite keeps one session across reconnects, where a
 * new connection's name would already be taken ("prepared statement … already exists").
 */
export function poolStatementRows(pool: Pick<pg.Pool, 'query'>, named = true): StatementRows {
  return async (sql, params, name) =>
    (await pool.query({ text: sql, values: params as unknown[], ...(named && name && { name }) })).rows;
}

/** `client`'s statements: on its pool when it was made by createPrismaClient, else through Prisma. */
export function statementRows(client: PrismaClient): StatementRows {
  const shared = sharedPoolOf(client);
  if (shared) return poolStatementRows(shared.pool, !shared.embedded);
  return (sql, params) => client.$queryRawUnsafe(sql, ...params);
}
