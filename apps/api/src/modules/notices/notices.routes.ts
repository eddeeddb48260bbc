import { noticesRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendPdf } from '../../lib/download.js';
import { registerRoute } from '../../lib/route.js';
import { noticePdf } from './notice-files.service.js';
import type { NoticesDeps } from './notices.deps.js';
import { listNotices } from './notices.service.js';

/** Dunning notices: a metering point's list and one notice as PDF (the contract's noticesRoutes). */
export const noticesRoutes: FastifyPluginAsyncZod<{ deps: NoticesDeps }> = async (app, { deps }) => {
  registerRoute(app, routes.list, { access: 'notice.list' }, async (request) =>
    listNotices(deps, request.params.id),
  );

  registerRoute(
    app,
    routes.pdf,
    { access: { permission: 'notice.pdf', param: 'noticeId' } },
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
