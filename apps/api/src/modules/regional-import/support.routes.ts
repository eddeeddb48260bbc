// Support staff's view of the regional imports (paths and schemas: the contract's supportRoutes). Each
// route is declared for staff (`staff: 'support'`, supervisors pass too), which the access seam checks
// before anything else (modules/access/audience.ts); the quarantine's run id goes through it like every id.
import { supportRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error.js';
import { registerRoute } from '../../lib/route.js';
import { auditContext, recordAudit } from '../audit/audit.service.js';
import type { ImportQueue } from './import-queue.js';
import { listImportRuns, quarantineOf, unconfirmedPayments, type SupportDeps } from './support.service.js';

export const supportRoutes: FastifyPluginAsyncZod<{
  deps: SupportDeps;
  /** the import job of this process, when it runs one */
  importQueue: () => ImportQueue | undefined;
}> = async (app, { deps, importQueue }) => {
  registerRoute(app, routes.imports, { staff: 'support' }, async (request) => {
    return listImportRuns(deps, request.query);
  });

  registerRoute(app, routes.quarantine, { staff: 'support', access: 'importRun.read' }, async (request) => {
    // the raw records hold customers' personal data (names, JMBG): every read is on record
    await recordAudit(deps.prisma, auditContext(request), {
      action: 'support.quarantine.read',
      actorUserId: request.actor.userId,
      subjectType: 'import_run',
      subjectId: request.params.id,
    });
    return quarantineOf(deps, request.params.id);
  });

  registerRoute(app, routes.runImports, { staff: 'support' }, async (_request, reply) => {
    const queue = importQueue();
    if (!queue) throw new AppError('IMPORT_QUEUE_UNAVAILABLE');
    const queued = await queue.request();
    return reply.code(202).send({ queued: [...queued] });
  });

  registerRoute(app, routes.unconfirmedPayments, { staff: 'support' }, async () => unconfirmedPayments(deps));
};
