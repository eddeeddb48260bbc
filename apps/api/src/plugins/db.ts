import type { PrismaClient } from '@portal/db';
import fp from 'fastify-plugin';
import type { Pool } from 'pg';

declare module 'fastify' {
  interface FastifyInstance {
    prisma: PrismaClient;
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
  /** unset in tests that need no connections of their own */
  database?: DatabaseHandle | undefined;
}

/** Makes the Prisma client available to every module as `app.prisma`, the database as `app.database`. */
export default fp<DbPluginOptions>(
  async (app, { prisma, database }) => {
    app.decorate('prisma', prisma);
    app.decorate('database', database);
  },
  { name: 'db' },
);
