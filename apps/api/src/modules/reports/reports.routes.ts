// The supervisor's reports (paths and schemas: the contract's reportsRoutes). The access seam lets only
// supervisors through (modules/access/audience.ts) before the query is read.
import { reportsRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendDownload } from '../../lib/download.js';
import { registerRoute } from '../../lib/route.js';
import { auditContext } from '../audit/audit.service.js';
import {
  paymentCsv,
  paymentReport,
  registrationCsv,
  registrationReport,
  type ReportsDeps,
} from './reports.service.js';

const supervisor = { staff: 'supervisor' } as const;

export const reportsRoutes: FastifyPluginAsyncZod<{ deps: ReportsDeps }> = async (app, { deps }) => {
  registerRoute(app, routes.registrations, supervisor, async (request) =>
    registrationReport(deps, request.actor, request.query, auditContext(request)),
  );

  registerRoute(app, routes.registrationsExport, supervisor, async (request, reply) => {
    const report = await registrationReport(deps, request.actor, request.query, auditContext(request), 'csv');
    return sendDownload(reply, registrationCsv(report, request.query));
  });

  registerRoute(app, routes.payments, supervisor, async (request) =>
    paymentReport(deps, request.actor, request.query, auditContext(request)),
  );

  registerRoute(app, routes.paymentsExport, supervisor, async (request, reply) => {
    const report = await paymentReport(deps, request.actor, request.query, auditContext(request), 'csv');
    return sendDownload(reply, paymentCsv(report, request.query));
  });
};
