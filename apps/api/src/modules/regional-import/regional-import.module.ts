// The regional import module owns the daily sync of the five regional billing exports into the model
// (readers in @portal/regional-import, the writer here: see README.md), its job queue, and support
// staff's view of it: the import runs, their quarantine, portal payments no export confirmed.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createImportDeps } from './import-deps.js';
import { startImportQueue, type ImportQueue } from './import-queue.js';
import { processInbox } from './inbox.js';
import { supportRoutes } from './support.routes.js';
import type { SupportDeps } from './support.service.js';

export const regionalImportModule: FastifyPluginAsyncZod = async (app) => {
  const { config, database } = app;
  let queue: ImportQueue | undefined;
  const deps: SupportDeps = { prisma: app.prisma, now: () => app.clock.now() };
  await app.register(supportRoutes, { deps, importQueue: () => queue });

  // The inbox job runs in every API process that has a database to give it its own connections: not in
  // unit tests (none), nor with NODE_ENV=test, where tests apply exports themselves.
  if (!database || config.nodeEnv === 'test') return;
  const importDeps = createImportDeps({ database, clock: app.clock });
  app.addHook('onReady', async () => {
    queue = await startImportQueue({
      databaseUrl: database.url,
      embedded: database.embedded,
      schedule: config.importSchedule,
      log: app.log,
      processRegion: async (region) => {
        const outcomes = await processInbox(importDeps, config.importInbox, region);
        for (const { files: _files, ...outcome } of outcomes) app.log.info(outcome, 'regional export');
      },
    });
  });
  app.addHook('onClose', async () => queue?.stop());
};
