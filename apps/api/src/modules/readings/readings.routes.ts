import { readingsRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerRoute } from '../../lib/route.js';
import { listReadings, submitReading, type ReadingsDeps } from './readings.service.js';

/** A metering point's self-readings (the contract's readingsRoutes). */
export const readingsRoutes: FastifyPluginAsyncZod<{ deps: ReadingsDeps }> = async (app, { deps }) => {
  registerRoute(app, routes.list, { access: 'meteringPoint.read' }, async (request) =>
    listReadings(deps, request.params.id),
  );

  // 'reading.submit' is not a view permission: staff reading a customer's account cannot submit.
  registerRoute(app, routes.submit, { access: 'reading.submit' }, async (request, reply) =>
    reply.code(201).send(await submitReading(deps, request.actor.userId, request.params.id, request.body)),
  );
};
