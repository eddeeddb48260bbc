// The support module: what staff do with customers' data (the look-up; a portal account's summary and
// a supervisor's account actions; staff management). The regional sync's operations pages stay with
// the regional import (modules/regional-import/support.routes.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authDepsOf } from '../auth/auth.module.js';
import { accountActionsRoutes } from './account-actions.routes.js';
import type { SupportDeps } from './customer-lookup.service.js';
import { supportRoutes } from './support.routes.js';

export const supportModule: FastifyPluginAsyncZod = async (app) => {
  const deps: SupportDeps = { prisma: app.prisma };
  await app.register(supportRoutes, { deps });
  // the accounts module's own services and keys: a supervisor's step is the owner's step
  await app.register(accountActionsRoutes, { deps: authDepsOf(app) });
};
