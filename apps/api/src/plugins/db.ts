import { readReplicaRouting, statementRows, type PrismaClient, type StatementRows } from '@portal/db';
import fp from 'fastify-plugin';
import type { Pool } from 'pg';
import { readScopeHooks } from './read-scope.js';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The database of every module. With a read replica, the reads of read-only requests go there
     * (read-scope.ts); writes, and everything outside a request, go to the primary.
     */
    prisma: PrismaClient;
    /** the primary itself, for checks that must see every committed write (an open session) */
    primary: PrismaClient;
    /** the read replica (DATABASE_REPLICA_URL), when there is one */
    replica: PrismaClient | undefined;
    /**
     * One read statement's rows on node-postgres directly (the busiest one-statement routes), read
     * where `prisma` would read it: the replica under the same rules. Never part of a transaction.
     */
    statementRows: StatementRows;
    /** the database Prisma talks to, for work that needs connections of its own (bulk import, job queue) */
    database: DatabaseHandle | undefined;
  }
}

export interface DatabaseHandle {
  url: string;
  /** the embedded PGlite: one session, no COPY */
  embedded: boolean;
  /**
   * The pool behind `prisma` when others must share it: the embedded database serves one session well
   * (pglite-socket can interleave concurrent connections' messages), so the job queue uses this one.
   */
  pool?: Pool;
}

export interface DbPluginOptions {
  /** opened and closed by the caller (server.ts or a test), not by the app */
  prisma: PrismaClient;
  /** a client of the read replica, read-only sessions (createPrismaClient's readOnly); the caller's too */
  replica?: PrismaClient | undefined;
  /** unset in tests that need no connections of their own */
  database?: DatabaseHandle | undefined;
}

/** Audit rows are a record of the request: none of its reads depends on them. */
const appendOnlyModels = ['AuditEvent'];

/** Makes the Prisma client available to every module as `app.prisma`, the database as `app.database`. */
export default fp<DbPluginOptions>(
  async (app, { prisma, replica, database }) => {
    app.decorate('primary', prisma);
    app.decorate('replica', replica);
    app.decorate('database', database);
    if (!replica) {
      app.decorate('prisma', prisma);
      app.decorate('statementRows', statementRows(prisma));
      return;
    }
    const { scope } = readScopeHooks(app);
    const routing = readReplicaRouting(prisma, replica, {
      scope,
      appendOnly: appendOnlyModels,
      now: () => app.clock.now().getTime(),
    });
    app.decorate('prisma', routing.client);
    app.decorate('statementRows', routing.statementRows);
  },
  { name: 'db', dependencies: ['cookie'] },
);
