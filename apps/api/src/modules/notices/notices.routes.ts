import { dunningNoticeListResponse, locales, problemSchema } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendPdf } from '../../lib/download.js';
import { noticePdf } from './notice-files.service.js';
import type { NoticesDeps } from './notices.deps.js';
import { listNotices } from './notices.service.js';

const tags = ['notices'];
const problems = { 400: problemSchema, 401: problemSchema, 404: problemSchema };
const idParams = z.object({ id: z.uuid() });
const noticeParams = idParams.extend({ noticeId: z.uuid() });
const pdfQuery = z.object({ locale: z.enum(locales).optional() });
const binary = z.any().describe('binary file');

/** Dunning notices, mounted under /api: a metering point's list and one notice as PDF. */
export const noticesRoutes: FastifyPluginAsyncZod<{ deps: NoticesDeps }> = async (app, { deps }) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/metering-points/:id/notices',
    {
      config: { access: 'notice.list' },
      schema: {
        tags,
        summary:
          'The reminders before enforcement and warnings before disconnection of the last three years, newest first',
        params: idParams,
        response: { 200: dunningNoticeListResponse, ...problems },
      },
    },
    async (request) => listNotices(deps, request.params.id),
  );

  app.get(
    '/metering-points/:id/notices/:noticeId/pdf',
    {
      // the notice is the holder's; the service also requires it to be of the metering point :id
      config: { access: { permission: 'notice.pdf', param: 'noticeId' } },
      schema: {
        tags,
        summary: "A dunning notice as PDF (A4), in the language asked or the request's",
        params: noticeParams,
        querystring: pdfQuery,
        response: { 200: binary, ...problems },
      },
    },
    async (request, reply) => {
      const file = await noticePdf(
        deps,
        request.params.id,
        request.params.noticeId,
        request.query.locale ?? request.locale,
      );
      return sendPdf(reply, file);
    },
  );
};
