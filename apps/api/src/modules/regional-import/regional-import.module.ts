// The regional import module owns the daily sync of the five regional billing exports into the model
// (readers in @portal/regional-import, the writer here: see README.md), its job queue, and support
// staff's view of it: the import runs, their quarantine, portal payments no export confirmed.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createImportDeps } from './import-deps.js';
import { importJob, importQueue } from './import-queue.js';
import { processInbox } from './inbox.js';
import { supportRoutes } from './support.routes.js';
import type { SupportDeps } from './support.service.js';

export const regionalImportModule: FastifyPluginAsyncZod = async (app) => {
  const { config, database } = app;
  const deps: SupportDeps = { prisma: app.prisma, now: () => app.clock.now() };
  const queue = importQueue((name, data, key) => app.jobs.trigger(name, data, key));
  await app.register(supportRoutes, { deps, importQueue: () => (app.jobs.running ? queue : undefined) });

  // The inbox job needs a database to give the import its own connections: none in unit tests.
  if (!database) return;
  const importDeps = createImportDeps({ database, clock: app.clock });
  app.jobs.register(
    importJob({
      schedule: config.importSchedule,
      processRegion: async (region) => {
        const started = Date.now();
        const outcomes = await processInbox(importDeps, config.importInbox, region);
        for (const { files: _files, ...outcome } of outcomes) app.log.info(outcome, 'regional export');
        app.log.info({ region, ms: Date.now() - started }, 'regional import done');
      },
    }),
  );
};
