// The health module owns the orchestrator's probes: /health (the process is up) and /ready (the
// database answers; the read replica's state; where jobs run, each job queue's waiting, running and
// failed jobs).
import { healthRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error.js';
import { registerRoute } from '../../lib/route.js';
import { checkDatabase } from './health.service.js';

/**
 * Probes for orchestrators, outside /api and outside the rate limit: /health says the process is up,
 * /ready that it can serve (the database answers). Probes come every few seconds: only warnings are logged.
 */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  registerRoute(app, routes.health, { logLevel: 'warn' }, async () => ({ status: 'ok' as const }));

  registerRoute(app, routes.ready, { logLevel: 'warn' }, async (request) => {
    try {
      await checkDatabase(app.primary);
    } catch (error) {
      throw new AppError('SERVICE_UNAVAILABLE', { cause: error });
    }
    // informative only: reads fall back to the primary while the replica does not answer
    const replica = app.replica
      ? await checkDatabase(app.replica).then(
          () => 'ok' as const,
          (error: unknown) => {
            request.log.warn({ err: error }, 'the read replica does not answer');
            return 'unavailable' as const;
          },
        )
      : undefined;
    // informative only: a queue that cannot be counted does not make the process unready
    const jobs = await app.jobs.counts().catch((error: unknown) => {
      request.log.warn({ err: error }, 'job counts unavailable');
      return undefined;
    });
    return { status: 'ok' as const, ...(replica ? { replica } : {}), ...(jobs ? { jobs } : {}) };
  });
};
