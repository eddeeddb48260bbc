// The reference module owns what is the same for everyone: the regions and the portal's clock (its now
// and Belgrade date), which the SPA reads instead of keeping copies.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { referenceRoutes } from './reference.routes.js';
import type { ReferenceDeps } from './reference.service.js';

/**
 * The reference module: the regions (reference data, no customer's) and the portal's
 * clock as the SPA reads them (`GET /api/regions`, `GET /api/clock`).
 */
export const referenceModule: FastifyPluginAsyncZod = async (app) => {
  const deps: ReferenceDeps = { prisma: app.prisma, now: () => app.clock.now() };
  await app.register(referenceRoutes, { deps });
};
