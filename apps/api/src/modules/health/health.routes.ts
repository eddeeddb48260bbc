// The health module owns the orchestrator's probes: /health (the process is up) and /ready (the
// database answers).
import { problemSchema } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import { checkDatabase } from './health.service.js';

const okSchema = z.object({ status: z.literal('ok') });

/**
 * Probes for orchestrators, outside /api and outside the rate limit: /health says the process is up,
 * /ready that it can serve (the database answers).
 */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: { tags: ['health'], summary: 'The process is up', response: { 200: okSchema } },
      logLevel: 'warn',
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'The app can serve requests: the database is reachable',
        response: { 200: okSchema, 503: problemSchema },
      },
      logLevel: 'warn',
    },
    async () => {
      try {
        await checkDatabase(app.prisma);
      } catch (error) {
        throw new AppError('SERVICE_UNAVAILABLE', { cause: error });
      }
      return { status: 'ok' as const };
    },
  );
};
