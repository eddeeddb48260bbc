import {
  meteringPointDetailResponse,
  meteringPointListQuery,
  meteringPointListResponse,
  meteringPointParams,
  meteringPointPatchBody,
  meteringPointPatchResponse,
  problemSchema,
} from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  getMeteringPoint,
  listMeteringPoints,
  updateLink,
  type MeteringPointsDeps,
} from './metering-points.service.js';

const tags = ['metering-points'];
const problems = { 400: problemSchema, 401: problemSchema, 404: problemSchema };

export const meteringPointsRoutes: FastifyPluginAsyncZod<{ deps: MeteringPointsDeps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'The linked metering points with balance, last bill and notices, and the total to pay',
        querystring: meteringPointListQuery,
        response: { 200: meteringPointListResponse, ...problems },
      },
    },
    async (request) => listMeteringPoints(deps, request.actor, request.query),
  );

  app.get(
    '/:id',
    {
      onRequest: app.authenticate,
      config: { access: 'meteringPoint.read' },
      schema: {
        tags,
        summary: 'A linked metering point: address, meter, power, tariff category, contract, region',
        params: meteringPointParams,
        response: { 200: meteringPointDetailResponse, ...problems },
      },
    },
    async (request) => getMeteringPoint(deps, request.actor, request.params.id),
  );

  app.patch(
    '/:id',
    {
      onRequest: app.authenticate,
      config: { access: 'meteringPoint.update' },
      schema: {
        tags,
        summary:
          'Name a linked metering point ("Кућа", "Викендица"; null or "" clears it), or choose e-bills only',
        params: meteringPointParams,
        body: meteringPointPatchBody,
        response: { 200: meteringPointPatchResponse, ...problems },
      },
    },
    async (request) => updateLink(deps, request.actor, request.params.id, request.body),
  );
};
