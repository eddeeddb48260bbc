import { billDetailSchema, billListQuery, billListResponse, problemSchema } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { BillsDeps } from './bills.deps.js';
import { getBill, listBills } from './bills.service.js';

const tags = ['bills'];
const problems = { 400: problemSchema, 401: problemSchema, 404: problemSchema };
const idParams = z.object({ id: z.uuid() });

/** Bills, mounted under /api: a metering point's list and one bill. */
export const billsRoutes: FastifyPluginAsyncZod<{ deps: BillsDeps }> = async (app, { deps }) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/metering-points/:id/bills',
    {
      schema: {
        tags,
        summary: 'The bills of the last three years of a metering point, newest first',
        params: idParams,
        querystring: billListQuery,
        response: { 200: billListResponse, ...problems },
      },
    },
    async (request) => listBills(deps, request.user.sub, request.params.id, request.query),
  );

  app.get(
    '/bills/:id',
    {
      schema: {
        tags,
        summary: 'One bill with every element of the paper bill',
        params: idParams,
        response: { 200: billDetailSchema, ...problems },
      },
    },
    async (request) => getBill(deps, request.user.sub, request.params.id),
  );
};
