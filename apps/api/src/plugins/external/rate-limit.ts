import fastifyRateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { AppError } from '../../lib/app-error.js';

export const isApiPath = (url: string): boolean => url === '/api' || /^\/api[/?]/.test(url);

/**
 * A global default of 300 requests a minute per client address on /api (the SPA's files and the
 * health checks are not counted). Routes that need a tighter limit (sign-in, registration) set
 * `config.rateLimit`. Exceeding it answers 429 RATE_LIMITED with Retry-After.
 */
export default fp(
  async (app) => {
    await app.register(fastifyRateLimit, {
      global: true,
      max: 300,
      timeWindow: '1 minute',
      allowList: (request) => !isApiPath(request.url),
      errorResponseBuilder: (_request, context) =>
        new AppError(context.statusCode === 403 ? 'FORBIDDEN' : 'RATE_LIMITED'),
    });
  },
  { name: 'rate-limit' },
);
