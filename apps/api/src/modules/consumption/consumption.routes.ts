import {
  accountConsumptionResponse,
  consumptionCompareQuery,
  consumptionCompareResponse,
  consumptionExportQuery,
  consumptionQuery,
  consumptionResponse,
  problemSchema,
} from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDownload } from '../../lib/download.js';
import {
  compareConsumption,
  exportConsumption,
  getAccountConsumption,
  getConsumption,
  type ConsumptionDeps,
} from './consumption.service.js';

const tags = ['consumption'];
const problems = { 400: problemSchema, 401: problemSchema, 404: problemSchema };
const idParams = z.object({ id: z.uuid() });

/** Consumption of one metering point (/api/metering-points/:id/...) and of the account (/api/consumption). */
export const consumptionRoutes: FastifyPluginAsyncZod<{ deps: ConsumptionDeps }> = async (app, { deps }) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/metering-points/:id/consumption',
    {
      config: { access: 'consumption.read' },
      schema: {
        tags,
        summary: 'kWh by zone and tariff per billing period, and each month against the two years before',
        params: idParams,
        querystring: consumptionQuery,
        response: { 200: consumptionResponse, ...problems },
      },
    },
    async (request) => getConsumption(deps, request.actor, request.params.id, request.query),
  );

  app.get(
    '/metering-points/:id/consumption/export',
    {
      config: { access: 'consumption.read' },
      schema: {
        tags,
        summary: 'The consumption as CSV (UTF-8 with BOM) or Green Button ESPI XML',
        params: idParams,
        querystring: consumptionExportQuery,
        response: { 200: z.string(), ...problems },
      },
    },
    async (request, reply) => {
      const file = await exportConsumption(deps, request.actor, request.params.id, request.query);
      return sendDownload(reply, file);
    },
  );

  app.get(
    '/consumption',
    {
      schema: {
        tags,
        summary: "All the caller's metering points summed per billing month, against the two years before",
        querystring: consumptionQuery,
        response: { 200: accountConsumptionResponse, ...problems },
      },
    },
    async (request) => getAccountConsumption(deps, request.actor, request.query),
  );

  app.get(
    '/consumption/compare',
    {
      schema: {
        tags,
        summary: "Up to five of the caller's metering points side by side per billing month",
        querystring: consumptionCompareQuery,
        response: { 200: consumptionCompareResponse, ...problems },
      },
    },
    async (request) => {
      await app.requireAccess(request.actor, 'consumption.read', request.query.ids);
      return compareConsumption(deps, request.actor, request.query);
    },
  );
};
