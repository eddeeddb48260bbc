import { problemContentType } from '@portal/contract';
import { isDatabaseUnavailableError } from '@portal/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error.js';
import { makeProblem, problemFromError } from '../lib/problem.js';

export { AppError, type AppErrorOptions, type AppFieldError } from '../lib/app-error.js';

/** Seconds a client is asked to wait when the database is down: outages seen so far lasted a few seconds. */
export const databaseRetryAfterSeconds = 5;

/** A database that cannot be reached is a brief outage (503, try again), not a fault of ours (500). */
function normalized(error: unknown): unknown {
  if (!isDatabaseUnavailableError(error)) return error;
  return new AppError('SERVICE_UNAVAILABLE', {
    headers: { 'retry-after': String(databaseRetryAfterSeconds) },
    cause: error,
  });
}

function instanceOf(request: FastifyRequest): string {
  return request.url.split('?', 1)[0] ?? '/';
}

/**
 * The one error handler and the one not-found handler of the app: every error leaves as
 * application/problem+json with a stable `code` and a title in the caller's language. Server errors
 * are logged with their stack and cause; their response says nothing about them.
 */
export default fp(
  async (app) => {
    app.setErrorHandler(async (thrown, request: FastifyRequest, reply: FastifyReply) => {
      const error = normalized(thrown);
      const problem = problemFromError(error, {
        locale: request.locale,
        instance: instanceOf(request),
        parts: {
          body: request.body,
          querystring: request.query,
          params: request.params,
          headers: request.headers,
        },
      });
      if (problem.status >= 500) {
        request.log.error({ err: thrown, code: problem.code }, 'request failed');
      } else {
        request.log.info({ code: problem.code, reason: (error as Error).message }, 'request rejected');
      }
      if (error instanceof AppError && error.headers) reply.headers(error.headers);
      return reply.code(problem.status).type(problemContentType).send(problem);
    });

    app.setNotFoundHandler({ preHandler: app.rateLimit() }, async (request, reply) => {
      const problem = makeProblem('NOT_FOUND', request.locale, { instance: instanceOf(request) });
      return reply.code(404).type(problemContentType).send(problem);
    });
  },
  { name: 'errors', dependencies: ['locale', '@fastify/rate-limit'] },
);
