import { createPrismaClient, openDatabase, poolOf, type OpenDatabase, type PrismaClient } from '@portal/db';
import { clockFrom } from '@portal/domain';
import pino from 'pino';
import { buildApp, loggerOptions, type App } from './app.js';
import { ConfigError, loadConfig, type ResolvedConfig } from './config.js';
import type { StartedSandbox, startSandboxGateway } from './sandbox-gateway.js';
import type { PreparedData, prepareData } from './startup.js';

/**
 * What only `npm start` does, handed in by its entry point (local.ts), so that the production bundle
 * (server.ts) holds neither the demo data generator nor the sandbox gateway.
 */
export interface RunOptions {
  /** loads demo data into an empty database */
  prepareData?: typeof prepareData;
  /** runs the sandbox card gateway unless PAYMENT_GATEWAY_URL names one */
  startSandboxGateway?: typeof startSandboxGateway;
}

/** The process: configuration, database, app, listen; and a clean shutdown on SIGINT/SIGTERM. */
export async function runServer(options: RunOptions = {}): Promise<void> {
  let config: ResolvedConfig;
  try {
    config = await loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }

  const log = pino(loggerOptions(config));
  const clock = clockFrom(config.clockStart);
  let database: OpenDatabase | undefined;
  let prisma: PrismaClient | undefined;
  let replica: PrismaClient | undefined;
  let app: App | undefined;
  let sandbox: StartedSandbox | undefined;
  let prepared: PreparedData = { banner: [] };

  let stopping: Promise<void> | undefined;
  const stop = (reason: string): Promise<void> =>
    (stopping ??= (async () => {
      log.info({ reason }, 'shutting down');
      const force = setTimeout(() => {
        log.error('shutdown took too long; exiting');
        process.exit(1);
      }, 10_000).unref();
      await app?.close();
      await sandbox?.app.close();
      await prisma?.$disconnect();
      await replica?.$disconnect();
      await database?.close();
      clearTimeout(force);
    })());

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }

  try {
    database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      log: (message) => log.info(message),
    });
    // PGlite is one session: pglite-socket can interleave the extended-protocol messages of concurrent
    // connections (electric-sql/pglite#1046), so the embedded database gets one connection, which the
    // job queue shares (Prisma ends the pool when it disconnects).
    prisma = createPrismaClient(
      database.databaseUrl,
      database.embedded ? { embedded: true, poolSize: 1 } : {},
    );
    const pool = database.embedded ? poolOf(prisma) : undefined;
    // migrations were applied to the primary; the replica follows it (config: only with DATABASE_URL)
    if (config.databaseReplicaUrl)
      replica = createPrismaClient(config.databaseReplicaUrl, { readOnly: true });
    if (options.prepareData)
      prepared = await options.prepareData({
        config,
        prisma,
        database,
        log,
        clock,
      });
    if (options.startSandboxGateway && !config.paymentGateway)
      sandbox = await options.startSandboxGateway(config, clock);
    app = await buildApp({
      config,
      prisma,
      ...(replica ? { replica } : {}),
      database: { url: database.databaseUrl, embedded: database.embedded, ...(pool ? { pool } : {}) },
      clock,
      loggerInstance: log,
    });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    log.fatal({ err: error }, 'could not start');
    await stop('startup failed').catch(() => {});
    process.exit(1);
  }

  // The address users are told is the one the portal knows itself by (PUBLIC_URL or its default), so
  // that the browser comes back from the card gateway to the origin it logged in on.
  const url = config.publicUrl;
  console.log(
    [
      '',
      `  EPS customer portal is running at ${url}`,
      `  API documentation: ${url}/api/docs`,
      `  Database: ${database.embedded ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}${replica ? ', reads of read-only requests from DATABASE_REPLICA_URL' : ''}`,
      ...prepared.banner,
      ...(sandbox?.banner ?? []),
      '',
    ].join('\n'),
  );
}
