import { billsRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendDownload, sendPdf } from '../../lib/download.js';
import { registerRoute } from '../../lib/route.js';
import { linksOwner } from '../access/access.repository.js';
import type { BillsDeps } from './bills.deps.js';
import { billArchive, billPdf } from './bill-files.service.js';
import { getBill, listBills } from './bills.service.js';

/** Bills: a metering point's list and one bill (paths and schemas: the contract's billsRoutes). */
export const billsRoutes: FastifyPluginAsyncZod<{ deps: BillsDeps }> = async (app, { deps }) => {
  // One statement each, scoped by the actor's links: the access seam asks nothing more (modules/access).
  registerRoute(
    app,
    routes.list,
    { access: { permission: 'bill.list', inStatement: true }, compiledAnswers: true },
    async (request) => listBills(deps, linksOwner(request.actor), request.params.id, request.query),
  );

  registerRoute(
    app,
    routes.get,
    { access: { permission: 'bill.read', inStatement: true }, compiledAnswers: true },
    async (request) => getBill(deps, linksOwner(request.actor), request.params.id),
  );

  registerRoute(app, routes.pdf, { access: 'bill.pdf' }, async (request, reply) => {
    const file = await billPdf(deps, request.params.id, request.query.locale ?? request.locale);
    return sendPdf(reply, file);
  });

  registerRoute(app, routes.yearArchive, { access: 'bill.list' }, async (request, reply) => {
    const file = await billArchive(
      deps,
      request.params.id,
      request.query.year,
      request.query.locale ?? request.locale,
    );
    return sendDownload(reply, { filename: file.filename, contentType: 'application/zip', body: file.data });
  });
};
