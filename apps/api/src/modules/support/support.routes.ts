// Staff's own routes (paths and schemas: the contract's customerLookupRoutes, supportAccessRoutes and
// staffAuditRoutes).
// Each is declared for a staff level, which the access seam checks before the handler
// (modules/access/audience.ts); the customer's access log is for the logged-in account itself.
import {
  accessLogRoutes,
  customerLookupRoutes,
  staffAuditRoutes,
  supportAccessRoutes,
} from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerRoute } from '../../lib/route.js';
import { auditContext } from '../audit/audit.service.js';
import { lookUpCustomers, type SupportDeps } from './customer-lookup.service.js';
import { accessLogOf } from './access-log.service.js';
import { staffAudit } from './staff-audit.service.js';
import { getSupportAccess, listSupportAccesses, openSupportAccess } from './support-access.service.js';

export const supportRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  registerRoute(app, customerLookupRoutes.lookup, { staff: 'support' }, async (request) =>
    lookUpCustomers(deps, request.actor, request.query, auditContext(request)),
  );

  registerRoute(
    app,
    supportAccessRoutes.open,
    { staff: 'support', access: 'customer.view' },
    async (request, reply) => {
      const access = await openSupportAccess(
        deps,
        request.actor,
        request.params.id,
        request.body,
        auditContext(request),
      );
      return reply.code(201).send(access);
    },
  );

  registerRoute(
    app,
    supportAccessRoutes.get,
    { staff: 'support', access: 'supportAccess.read' },
    async (request) => getSupportAccess(deps, request.actor, request.params.id, app.clock.now()),
  );

  registerRoute(app, supportAccessRoutes.list, { staff: 'support' }, async (request) =>
    listSupportAccesses(deps, request.actor, request.query),
  );

  registerRoute(app, staffAuditRoutes.list, { staff: 'support' }, async (request) =>
    staffAudit(deps, request.actor, request.query),
  );

  registerRoute(app, accessLogRoutes.accessLog, {}, async (request) =>
    accessLogOf(deps, request.actor, request.query),
  );
};
