import { consumptionRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendDownload } from '../../lib/download.js';
import { registerRoute } from '../../lib/route.js';
import {
  compareConsumption,
  exportConsumption,
  getAccountConsumption,
  getConsumption,
  type ConsumptionDeps,
} from './consumption.service.js';

/** Consumption of one metering point, of the account, and side by side (the contract's consumptionRoutes). */
export const consumptionRoutes: FastifyPluginAsyncZod<{ deps: ConsumptionDeps }> = async (app, { deps }) => {
  // one statement, scoped by the actor's links: the access seam asks nothing more (modules/access)
  const scoped = {
    access: { permission: 'consumption.read', inStatement: true },
    compiledAnswers: true,
  } as const;
  registerRoute(app, routes.get, scoped, async (request) =>
    getConsumption(deps, request.actor, request.params.id, request.query),
  );

  registerRoute(app, routes.export, { access: 'consumption.read' }, async (request, reply) => {
    const file = await exportConsumption(deps, request.actor, request.params.id, request.query);
    return sendDownload(reply, file);
  });

  registerRoute(app, routes.account, {}, async (request) =>
    getAccountConsumption(deps, request.actor, request.query),
  );

  registerRoute(app, routes.compare, {}, async (request) => {
    await app.requireAccess(request.actor, 'consumption.read', request.query.ids);
    return compareConsumption(deps, request.actor, request.query);
  });
};
