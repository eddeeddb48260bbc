import { clockResponse, problemSchema, regionListResponse } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clockNow, listRegions, type ReferenceDeps } from './reference.service.js';

const tags = ['reference'];

export const referenceRoutes: FastifyPluginAsyncZod<{ deps: ReferenceDeps }> = async (app, { deps }) => {
  app.get(
    '/regions',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'The regions of the supplier: code, name in Cyrillic and in Latin script',
        response: { 200: regionListResponse, 401: problemSchema },
      },
    },
    async () => listRegions(deps),
  );

  // Public: the SPA asks it at start, before anyone logs in; it tells nothing about anyone.
  app.get(
    '/clock',
    {
      schema: {
        tags,
        summary: "The portal's clock: now, and today's date in Europe/Belgrade",
        response: { 200: clockResponse },
      },
    },
    async () => clockNow(deps),
  );
};
