import type { PrismaClient } from '@portal/db';
import { clockFrom, type Clock } from '@portal/domain';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { LoggerOptions } from 'pino';
import type { Config } from './config.js';
import { apiRoutes } from './modules/index.js';
import { healthRoutes } from './modules/health/health.routes.js';
import accessPlugin from './modules/access/access.plugin.js';
import authPlugin from './plugins/auth.js';
import jobsPlugin, { type JobsPluginOptions } from './modules/jobs/jobs.plugin.js';
import mailPlugin, { type MailPluginOptions } from './modules/mail/mail.plugin.js';
import dbPlugin, { type DatabaseHandle } from './plugins/db.js';
import errorsPlugin from './plugins/errors.js';
import cookiePlugin from './plugins/external/cookie.js';
import helmetPlugin from './plugins/external/helmet.js';
import responseHeadersPlugin from './plugins/response-headers.js';
import rateLimitPlugin from './plugins/external/rate-limit.js';
import swaggerPlugin from './plugins/external/swagger.js';
import localePlugin from './plugins/locale.js';
import requestIdPlugin, { genReqId } from './plugins/request-id.js';
import { clientErrorHandler, frameworkErrors } from './lib/server-errors.js';
import staticWebPlugin from './plugins/static-web.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    /** the one "now" of the app, its jobs and its rules */
    clock: Clock;
  }
}

export interface AppOptions {
  config: Config;
  prisma: PrismaClient;
  /** DATABASE_REPLICA_URL's client (read-only sessions): read-only requests read from it (plugins/read-scope.ts) */
  replica?: PrismaClient;
  /** the database behind `prisma`, for the regional import's own connections and its job queue */
  database?: DatabaseHandle;
  /** default: the system clock, or CLOCK_START's */
  clock?: Clock;
  /** e.g. a transport of the tests' own */
  mail?: MailPluginOptions;
  /** e.g. jobs on in a test that runs them as processes do */
  jobs?: JobsPluginOptions;
}

/** pino options for the app: the configured level, credentials redacted. */
export function loggerOptions(config: Pick<Config, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        'headers.authorization',
        'headers.cookie',
      ],
      censor: '[redacted]',
    },
  };
}

/**
 * The whole app as one plugin: external plugins, then the app's own, then the routes (health at the
 * root for orchestrators, everything else under /api, as the contract declares them), then the SPA's files.
 */
export async function portalApp(
  app: FastifyInstance,
  { config, prisma, replica, database, clock, mail, jobs }: AppOptions,
): Promise<void> {
  app.decorate('config', config);
  app.decorate('clock', clock ?? clockFrom(config.clockStart));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(requestIdPlugin);
  await app.register(helmetPlugin);
  await app.register(responseHeadersPlugin);
  await app.register(rateLimitPlugin);
  await app.register(cookiePlugin, { secure: config.nodeEnv === 'production' });
  await app.register(swaggerPlugin);

  await app.register(dbPlugin, { prisma, replica, database });
  await app.register(localePlugin);
  await app.register(errorsPlugin);
  await app.register(authPlugin, {
    secret: config.jwtSecret ?? '',
    ...(config.sessionCheckCacheMs === undefined ? {} : { sessionCheckCacheMs: config.sessionCheckCacheMs }),
  });
  await app.register(accessPlugin);
  await app.register(jobsPlugin, jobs ?? {});
  await app.register(mailPlugin, mail ?? {});

  await app.register(healthRoutes);
  await app.register(apiRoutes);
  await app.register(staticWebPlugin, { root: config.webDist });
}

export interface BuildAppOptions extends AppOptions {
  /** a ready pino logger (server.ts); otherwise one is made from the config, or `false` for none */
  loggerInstance?: FastifyBaseLogger;
  logger?: boolean | LoggerOptions;
}

function createServer({ config, loggerInstance, logger }: BuildAppOptions) {
  return Fastify({
    ...(loggerInstance ? { loggerInstance } : { logger: logger ?? loggerOptions(config) }),
    genReqId,
    requestIdHeader: false,
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
}

export type App = ReturnType<typeof createServer>;

/** A Fastify instance with the app registered; routes may still be added before it is ready. */
export async function buildApp(options: BuildAppOptions): Promise<App> {
  const app = createServer(options);
  await app.register(fp(portalApp, { name: 'portal-app' }), {
    config: options.config,
    prisma: options.prisma,
    ...(options.replica ? { replica: options.replica } : {}),
    ...(options.database ? { database: options.database } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.mail ? { mail: options.mail } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
  });
  return app;
}
