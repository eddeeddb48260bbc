// Support staff's view of the regional imports, under /api/support. The list routes take no id, so
// they check the role themselves; the quarantine's run id goes through the access seam like every id.
import {
  importRunListQuery,
  importRunListResponse,
  problemSchema,
  quarantineResponse,
  unconfirmedPaymentsResponse,
} from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../access/actor.js';
import { auditContext, recordAudit } from '../audit/audit.service.js';
import { listImportRuns, quarantineOf, unconfirmedPayments, type SupportDeps } from './support.service.js';

const tags = ['support'];
const problems = { 401: problemSchema, 403: problemSchema };

function requireSupport(actor: Actor): void {
  if (actor.role !== 'SUPPORT') throw new AppError('FORBIDDEN');
}

export const supportRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  app.get(
    '/imports',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Every attempt to apply a regional export, latest first (support staff)',
        querystring: importRunListQuery,
        response: { 200: importRunListResponse, ...problems },
      },
    },
    async (request) => {
      requireSupport(request.actor);
      return listImportRuns(deps, request.query);
    },
  );

  app.get(
    '/imports/:id/quarantine',
    {
      onRequest: app.authenticate,
      config: { access: 'importRun.read' },
      schema: {
        tags,
        summary: 'The records an export could not take, with their raw text and reason (support staff)',
        params: z.object({ id: z.string() }),
        response: { 200: quarantineResponse, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      // the raw records hold customers' personal data (names, JMBG): every read is on record
      await recordAudit(deps.prisma, auditContext(request), {
        action: 'support.quarantine.read',
        actorUserId: request.actor.userId,
        subjectType: 'import_run',
        subjectId: request.params.id,
      });
      return quarantineOf(deps, request.params.id);
    },
  );

  app.get(
    '/unconfirmed-payments',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary:
          'Portal payments that no regional export has confirmed within the days allowed (support staff)',
        response: { 200: unconfirmedPaymentsResponse, ...problems },
      },
    },
    async (request) => {
      requireSupport(request.actor);
      return unconfirmedPayments(deps);
    },
  );
};
