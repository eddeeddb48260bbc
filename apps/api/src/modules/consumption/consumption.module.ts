// The consumption module owns kWh by zone and tariff per billing period, its comparison with earlier
// years and between metering points, and the CSV and Green Button exports.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { consumptionRoutes } from './consumption.routes.js';

/** The consumption module: its routes sit under /api/metering-points/:id/consumption and /api/consumption. */
export const consumptionModule: FastifyPluginAsyncZod = async (app) => {
  await app.register(consumptionRoutes, {
    deps: { statementRows: app.statementRows, now: () => app.clock.now() },
  });
};
