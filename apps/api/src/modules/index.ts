import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authModule } from './auth/auth.module.js';
import { devMailboxRoutes } from './mail/mail.routes.js';

/**
 * Every domain module's routes, mounted under /api by app.ts. Add a module as
 * `await api.register(billsRoutes, { prefix: '/bills' })`.
 */
export const apiRoutes: FastifyPluginAsyncZod = async (api) => {
  await api.register(authModule, { prefix: '/auth' });
  await api.register(devMailboxRoutes, { prefix: '/dev' });
};
