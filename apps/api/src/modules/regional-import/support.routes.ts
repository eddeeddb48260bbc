// Support staff's view of the regional imports (paths and schemas: the contract's supportRoutes). The
// list routes take no id, so they check the role themselves; the quarantine's run id goes through the
// access seam like every id.
import { supportRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error.js';
import { registerRoute } from '../../lib/route.js';
import type { Actor } from '../access/actor.js';
import { auditContext, recordAudit } from '../audit/audit.service.js';
import type { ImportQueue } from './import-queue.js';
import { listImportRuns, quarantineOf, unconfirmedPayments, type SupportDeps } from './support.service.js';

function requireSupport(actor: Actor): void {
  if (actor.role !== 'SUPPORT') throw new AppError('FORBIDDEN');
}

export const supportRoutes: FastifyPluginAsyncZod<{
  deps: SupportDeps;
  /** the import job of this process, when it runs one */
  importQueue: () => ImportQueue | undefined;
}> = async (app, { deps, importQueue }) => {
  registerRoute(app, routes.imports, {}, async (request) => {
    requireSupport(request.actor);
    return listImportRuns(deps, request.query);
  });

  registerRoute(app, routes.quarantine, { access: 'importRun.read' }, async (request) => {
    // the raw records hold customers' personal data (names, JMBG): every read is on record
    await recordAudit(deps.prisma, auditContext(request), {
      action: 'support.quarantine.read',
      actorUserId: request.actor.userId,
      subjectType: 'import_run',
      subjectId: request.params.id,
    });
    return quarantineOf(deps, request.params.id);
  });

  registerRoute(app, routes.runImports, {}, async (request, reply) => {
    requireSupport(request.actor);
    const queue = importQueue();
    if (!queue) throw new AppError('IMPORT_QUEUE_UNAVAILABLE');
    const queued = await queue.request();
    return reply.code(202).send({ queued: [...queued] });
  });

  registerRoute(app, routes.unconfirmedPayments, {}, async (request) => {
    requireSupport(request.actor);
    return unconfirmedPayments(deps);
  });
};
