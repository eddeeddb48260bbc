// The reports module: the supervisor's daily counts of registrations and payments (README.md here says
// what each number counts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reportsRoutes } from './reports.routes.js';
import type { ReportsDeps } from './reports.service.js';

export const reportsModule: FastifyPluginAsyncZod = async (app) => {
  const deps: ReportsDeps = { prisma: app.prisma };
  await app.register(reportsRoutes, { deps });
};
