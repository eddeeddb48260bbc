import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/**
 * Every domain module's routes, mounted under /api by app.ts. Add a module as
 * `await api.register(billsRoutes, { prefix: '/bills' })`.
 */
export const apiRoutes: FastifyPluginAsyncZod = async (_api) => {};
