// The metering-points module owns the overview of a customer's metering points (search, filters, sort,
// balances, overdue amounts, open notices) and one metering point's details, nickname and e-bill choice.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { meteringPointsRoutes } from './metering-points.routes.js';
import type { MeteringPointsDeps } from './metering-points.service.js';

/** The metering points module (/api/metering-points): the overview and a metering point's page. */
export const meteringPointsModule: FastifyPluginAsyncZod = async (app) => {
  const deps: MeteringPointsDeps = {
    prisma: app.prisma,
    statementRows: app.statementRows,
    now: () => app.clock.now(),
  };
  await app.register(meteringPointsRoutes, { deps });
};
