import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import { AppError } from '../../lib/app-error.js';

export const isApiPath = (url: string): boolean => url === '/api' || /^\/api[/?]/.test(url);

/**
 * Whom a request is counted for: the user of a valid access token (an office or a mobile network behind
 * one address is many users), else the client address. Only the signature and expiry are checked here,
 * not the session: a revoked session's token still counts for its user, and its requests are refused later.
 */
export function rateLimitKey(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    try {
      const { sub } = request.server.jwt.verify<{ sub?: unknown }>(header.slice(7));
      if (typeof sub === 'string' && sub) return `user:${sub}`;
    } catch {
      // not a token of ours: counted by address, like a request without one
    }
  }
  return `ip:${request.ip}`;
}

/**
 * A global default of 300 requests a minute per user (or client address) on /api (the SPA's files and the
 * health checks are not counted). Routes that need a tighter limit (sign-in, registration) set
 * `config.rateLimit`. Exceeding it answers 429 RATE_LIMITED with Retry-After. With REDIS_URL the counts
 * live in Redis, shared by every API process; if Redis cannot be reached, requests are let through (and
 * the error logged) rather than refused.
 */
export default fp(
  async (app) => {
    const { redisUrl } = app.config;
    const redis = redisUrl
      ? new Redis(redisUrl, {
          // fail fast while Redis is away instead of queueing every request's command
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
          lazyConnect: true,
        })
      : undefined;
    if (redis) {
      redis.on('error', (error: Error) => app.log.warn({ err: error }, 'rate-limit store (Redis) error'));
      await redis
        .connect()
        .catch((error: unknown) => app.log.warn({ err: error }, 'Redis not reachable yet'));
      app.addHook('onClose', async () => {
        await redis.quit().catch(() => redis.disconnect());
      });
    }
    await app.register(fastifyRateLimit, {
      global: true,
      max: 300,
      timeWindow: '1 minute',
      keyGenerator: rateLimitKey,
      allowList: (request) => !isApiPath(request.url),
      ...(redis ? { redis, nameSpace: 'portal-rate-limit:', skipOnError: true } : {}),
      errorResponseBuilder: (_request, context) =>
        new AppError(context.statusCode === 403 ? 'FORBIDDEN' : 'RATE_LIMITED'),
    });
  },
  { name: 'rate-limit' },
);
