import { referenceRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerRoute } from '../../lib/route.js';
import { clockNow, listRegions, type ReferenceDeps } from './reference.service.js';

/** The regions and the portal's clock (the contract's referenceRoutes). */
export const referenceRoutes: FastifyPluginAsyncZod<{ deps: ReferenceDeps }> = async (app, { deps }) => {
  registerRoute(app, routes.regions, {}, async () => listRegions(deps));
  registerRoute(app, routes.clock, {}, async () => clockNow(deps));
};
