import type { PrismaClient } from '@portal/db';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    prisma: PrismaClient;
  }
}

export interface DbPluginOptions {
  /** opened and closed by the caller (server.ts or a test), not by the app */
  prisma: PrismaClient;
}

/** Makes the Prisma client available to every module as `app.prisma`. */
export default fp<DbPluginOptions>(
  async (app, { prisma }) => {
    app.decorate('prisma', prisma);
  },
  { name: 'db' },
);
