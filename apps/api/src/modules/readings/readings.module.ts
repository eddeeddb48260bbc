// The readings module owns customers' meter self-readings (samoočitavanje): the form's facts, the
// plausibility check (@portal/domain), the history with each reading's status, and the daily outbound
// file per region to the regional billing systems (README.md).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { writeOutboundReadings } from './outbound-readings.js';
import { readingsRoutes } from './readings.routes.js';

/** Hourly, looks for readings to send; it writes at most one file per region a day. */
export const readingsOutboxJob = 'readings-outbox';

export const readingsModule: FastifyPluginAsyncZod = async (app) => {
  const deps = { prisma: app.prisma, now: () => app.clock.now() };
  await app.register(readingsRoutes, { deps });
  app.jobs.register({
    name: readingsOutboxJob,
    schedule: { everySeconds: 60 * 60 },
    atStart: true,
    run: () => writeOutboundReadings({ ...deps, outbox: app.config.readingsOutbox }),
  });
};
