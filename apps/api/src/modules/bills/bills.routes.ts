import { billsRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendDownload, sendPdf } from '../../lib/download.js';
import { registerRoute } from '../../lib/route.js';
import type { BillsDeps } from './bills.deps.js';
import { billArchive, billPdf } from './bill-files.service.js';
import { getBill, listBills } from './bills.service.js';

/** Bills: a metering point's list and one bill (paths and schemas: the contract's billsRoutes). */
export const billsRoutes: FastifyPluginAsyncZod<{ deps: BillsDeps }> = async (app, { deps }) => {
  registerRoute(app, routes.list, { access: 'bill.list' }, async (request) =>
    listBills(deps, request.params.id, request.query),
  );

  registerRoute(app, routes.get, { access: 'bill.read' }, async (request) =>
    getBill(deps, request.params.id),
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
