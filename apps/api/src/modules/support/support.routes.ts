// Staff's own routes (paths and schemas: the contract's customerLookupRoutes). Each is declared for a
// staff level, which the access seam checks before the handler (modules/access/audience.ts).
import { customerLookupRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerRoute } from '../../lib/route.js';
import { auditContext } from '../audit/audit.service.js';
import { lookUpCustomers, type SupportDeps } from './customer-lookup.service.js';

export const supportRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  registerRoute(app, routes.lookup, { staff: 'support' }, async (request) =>
    lookUpCustomers(deps, request.actor, request.query, auditContext(request)),
  );
};
