import { billDetailSchema, billListQuery, billListResponse, locales, problemSchema } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDownload, sendPdf } from '../../lib/download.js';
import type { BillsDeps } from './bills.deps.js';
import { billArchive, billPdf } from './bill-files.service.js';
import { getBill, listBills } from './bills.service.js';

const tags = ['bills'];
const problems = { 400: problemSchema, 401: problemSchema, 404: problemSchema };
const idParams = z.object({ id: z.uuid() });
const pdfQuery = z.object({ locale: z.enum(locales).optional() });
/** `year`: the newest year with bills when left out */
const archiveQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const binary = z.any().describe('binary file');

/** Bills, mounted under /api: a metering point's list and one bill. */
export const billsRoutes: FastifyPluginAsyncZod<{ deps: BillsDeps }> = async (app, { deps }) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/metering-points/:id/bills',
    {
      config: { access: 'bill.list' },
      schema: {
        tags,
        summary: 'The bills of the last three years of a metering point, newest first',
        params: idParams,
        querystring: billListQuery,
        response: { 200: billListResponse, ...problems },
      },
    },
    async (request) => listBills(deps, request.params.id, request.query),
  );

  app.get(
    '/bills/:id',
    {
      config: { access: 'bill.read' },
      schema: {
        tags,
        summary: 'One bill with every element of the paper bill',
        params: idParams,
        response: { 200: billDetailSchema, ...problems },
      },
    },
    async (request) => getBill(deps, request.params.id),
  );

  app.get(
    '/bills/:id/pdf',
    {
      config: { access: 'bill.pdf' },
      schema: {
        tags,
        summary:
          "The e-bill as PDF (A4, IPS QR code and payment slip), in the language asked or the request's",
        params: idParams,
        querystring: pdfQuery,
        response: { 200: binary, ...problems },
      },
    },
    async (request, reply) => {
      const file = await billPdf(deps, request.params.id, request.query.locale ?? request.locale);
      return sendPdf(reply, file);
    },
  );

  app.get(
    '/metering-points/:id/bills/archive',
    {
      config: { access: 'bill.list' },
      schema: {
        tags,
        summary: "The PDFs of one year's bills of a metering point, as a zip",
        params: idParams,
        querystring: archiveQuery.extend(pdfQuery.shape),
        response: { 200: binary, ...problems },
      },
    },
    async (request, reply) => {
      const file = await billArchive(
        deps,
        request.params.id,
        request.query.year,
        request.query.locale ?? request.locale,
      );
      return sendDownload(reply, {
        filename: file.filename,
        contentType: 'application/zip',
        body: file.data,
      });
    },
  );
};
