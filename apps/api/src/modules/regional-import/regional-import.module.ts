// The regional-import module owns applying the regional billing exports (applyExport, see README.md)
// and support staff's view of them: the import runs, their quarantine, unconfirmed portal payments.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { supportRoutes } from './support.routes.js';
import type { SupportDeps } from './support.service.js';

/** Mounted at /api/support. */
export const regionalImportModule: FastifyPluginAsyncZod = async (app) => {
  const deps: SupportDeps = { prisma: app.prisma, now: () => app.clock.now() };
  await app.register(supportRoutes, { deps });
};
