import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BillsDeps } from './bills.deps.js';
import { billsRoutes } from './bills.routes.js';

/** The bills module, mounted at /api: its routes sit under /metering-points/:id/bills and /bills. */
export const billsModule: FastifyPluginAsyncZod = async (app) => {
  const deps: BillsDeps = { prisma: app.prisma, now: () => new Date() };
  await app.register(billsRoutes, { deps });
};
