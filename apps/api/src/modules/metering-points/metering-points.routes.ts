import { meteringPointsRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerRoute } from '../../lib/route.js';
import {
  getMeteringPoint,
  listMeteringPoints,
  updateLink,
  type MeteringPointsDeps,
} from './metering-points.service.js';

/** The overview and a metering point's page (the contract's meteringPointsRoutes). */
export const meteringPointsRoutes: FastifyPluginAsyncZod<{ deps: MeteringPointsDeps }> = async (
  app,
  { deps },
) => {
  registerRoute(app, routes.list, { compiledAnswers: true }, async (request) =>
    listMeteringPoints(deps, request.actor, request.query),
  );

  registerRoute(app, routes.get, { access: 'meteringPoint.read' }, async (request) =>
    getMeteringPoint(deps, request.actor, request.params.id),
  );

  registerRoute(app, routes.update, { access: 'meteringPoint.update' }, async (request) =>
    updateLink(deps, request.actor, request.params.id, request.body),
  );
};
