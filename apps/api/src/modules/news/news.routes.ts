// Customer news (paths and schemas: the contract's newsRoutes and newsAdminRoutes). The access seam
// decides who gets through (audience.ts) and which ids they may use (permissions.ts: news.markRead for
// customers, newsItem.manage for staff) before a handler runs.
import { newsAdminRoutes, newsRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerRoute } from '../../lib/route.js';
import { acceptOneClickBody } from '../../lib/unsubscribe-token.js';
import { auditContext } from '../audit/audit.service.js';
import {
  createNews,
  expireNews,
  listNewsForStaff,
  requestNewsMailing,
  updateNews,
} from './news-admin.service.js';
import { listNews, markNewsRead, type NewsDeps } from './news.service.js';
import { unsubscribeFromNews, type NewsUnsubscribeDeps } from './news-unsubscribe.js';

const manage = { staff: 'supervisor', access: 'newsItem.manage' } as const;

// Public and signed: limited per address like the other public routes, against token guessing.
const perIp = { rateLimit: { max: 30, timeWindow: '15 minutes' } };

export const newsRoutes: FastifyPluginAsyncZod<{
  deps: NewsDeps;
  unsubscribe: NewsUnsubscribeDeps;
  startMailing: (newsId: string) => void;
}> = async (app, { deps, unsubscribe, startMailing }) => {
  registerRoute(app, routes.list, {}, async (request) => listNews(deps, request.actor, request.locale));

  registerRoute(app, routes.markRead, { access: 'news.markRead' }, async (request) =>
    markNewsRead(deps, request.actor, request.params.id),
  );

  acceptOneClickBody(app);
  registerRoute(app, routes.unsubscribe, perIp, async (request) => {
    await unsubscribeFromNews(unsubscribe, request.query.token, auditContext(request));
    return { status: 'unsubscribed' as const };
  });
  // a browser opening the link: the account page, where news e-mails are turned off (after a login)
  registerRoute(app, routes.unsubscribePage, perIp, async (_request, reply) =>
    reply.redirect('/account', 303),
  );

  registerRoute(app, newsAdminRoutes.list, { staff: 'support' }, async (request) =>
    listNewsForStaff(deps, request.actor, auditContext(request)),
  );

  registerRoute(app, newsAdminRoutes.create, { staff: 'supervisor' }, async (request, reply) => {
    const item = await createNews(deps, request.actor, request.body, auditContext(request));
    return reply.code(201).send(item);
  });

  registerRoute(app, newsAdminRoutes.update, manage, async (request) =>
    updateNews(deps, request.actor, request.params.id, request.body, auditContext(request)),
  );

  registerRoute(app, newsAdminRoutes.expire, manage, async (request) =>
    expireNews(deps, request.actor, request.params.id, auditContext(request)),
  );

  registerRoute(app, newsAdminRoutes.send, manage, async (request, reply) => {
    const item = await requestNewsMailing(deps, request.actor, request.params.id, auditContext(request));
    // the mails are queued in the background: the request returns at once
    startMailing(item.id);
    return reply.code(202).send(item);
  });
};
