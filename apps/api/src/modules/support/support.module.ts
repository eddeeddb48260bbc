// The support module: what staff do with customers' data (the look-up today; the audited read-only
// view of a customer and the account actions of issue 16 come here). The regional sync's operations
// pages stay with the regional import (modules/regional-import/support.routes.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SupportDeps } from './customer-lookup.service.js';
import { supportRoutes } from './support.routes.js';

export const supportModule: FastifyPluginAsyncZod = async (app) => {
  const deps: SupportDeps = { prisma: app.prisma };
  await app.register(supportRoutes, { deps });
};
