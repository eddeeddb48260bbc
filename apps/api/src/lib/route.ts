// Registers a route declared in the contract (@portal/contract): method, path, schemas, OpenAPI summary
// and tags come from the declaration, so the server cannot drift from what the SPA calls. The handler's
// request and reply are typed from the same schemas.
import { csrfHeader, type Route } from '@portal/contract';
import type {
  ContextConfigDefault,
  FastifyRequest,
  FastifyContextConfig,
  LogLevel,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
} from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from './app-error.js';
import { compiledSerializerCompiler } from './serializer.js';

type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

/** Fastify's schema for route `R`, as the zod type provider reads it. */
export interface RouteSchema<R> {
  params: R extends { params: infer P } ? P : undefined;
  querystring: R extends { query: infer Q } ? Q : undefined;
  body: R extends { body: infer B } ? B : undefined;
  response: R extends { responses: infer Rs } ? Rs : undefined;
}

export type RouteHandler<R> = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  ContextConfigDefault,
  RouteSchema<R>,
  ZodTypeProvider
>;

/** What only the server knows of a route: who may use its ids, its own limits, its log level. */
export interface ServerRouteOptions {
  /** the permission the access seam checks on the route's id (modules/access) */
  access?: FastifyContextConfig['access'];
  /** the route is for staff of this level or above (modules/access/audience.ts) */
  staff?: FastifyContextConfig['staff'];
  /** e.g. a tighter rate limit, or none */
  rateLimit?: FastifyContextConfig['rateLimit'];
  /** a GET that must read the primary even with a read replica (plugins/read-scope.ts) */
  reads?: FastifyContextConfig['reads'];
  logLevel?: LogLevel;
  /** the answers written by compiled serializers instead of zod (lib/serializer.ts): the busiest reads */
  compiledAnswers?: boolean;
}

/** Cookie-authenticated routes: SameSite=Strict plus a header no cross-site form can send. */
async function requireCsrfHeader(request: FastifyRequest) {
  if (request.headers[csrfHeader] !== '1') throw new AppError('FORBIDDEN');
}

/**
 * Registers `route` on `app` with `handler`. Routes whose declaration asks for a session run
 * `app.authenticate` first; those of the refresh cookie check the CSRF header before the handler; the
 * others are public.
 */
export function registerRoute<const R extends Route>(
  app: ZodApp,
  route: R,
  options: ServerRouteOptions,
  handler: RouteHandler<R>,
): void {
  const { access, staff, rateLimit, reads, logLevel, compiledAnswers } = options;
  const has = (key: 'params' | 'query' | 'body') => route[key] !== undefined;
  app.route({
    method: route.method,
    url: route.path,
    ...(route.auth === 'session' ? { onRequest: app.authenticate } : {}),
    ...(route.auth === 'refreshCookie' ? { preHandler: requireCsrfHeader } : {}),
    ...(logLevel ? { logLevel } : {}),
    ...(compiledAnswers
      ? {
          serializerCompiler: compiledSerializerCompiler({
            checkWithZod: app.config.nodeEnv !== 'production',
          }),
        }
      : {}),
    config: {
      ...(access === undefined ? {} : { access }),
      ...(staff === undefined ? {} : { staff }),
      ...(rateLimit === undefined ? {} : { rateLimit }),
      ...(reads === undefined ? {} : { reads }),
    },
    schema: {
      tags: [...route.tags],
      summary: route.summary,
      ...(route.hide ? { hide: true } : {}),
      ...(has('params') ? { params: route.params } : {}),
      ...(has('query') ? { querystring: route.query } : {}),
      ...(has('body') ? { body: route.body } : {}),
      ...(Object.keys(route.responses).length > 0 ? { response: route.responses } : {}),
    },
    handler: handler as RouteHandlerMethod,
  });
}
