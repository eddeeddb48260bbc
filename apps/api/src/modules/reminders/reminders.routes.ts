import { remindersRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerRoute } from '../../lib/route.js';
import { acceptOneClickBody } from '../../lib/unsubscribe-token.js';
import { auditContext } from '../audit/audit.service.js';
import type { RemindersDeps } from './reminders.deps.js';
import { unsubscribeFromReminders } from './reminders.service.js';

// Public and signed: limited per address like the other public routes, against token guessing.
const perIp = { rateLimit: { max: 30, timeWindow: '15 minutes' } };

/** The reminders module's routes (the contract's remindersRoutes). */
export const remindersRoutes: FastifyPluginAsyncZod<{ deps: RemindersDeps }> = async (app, { deps }) => {
  acceptOneClickBody(app);

  registerRoute(app, routes.unsubscribe, perIp, async (request) => {
    await unsubscribeFromReminders(deps, request.query.token, auditContext(request));
    return { status: 'unsubscribed' as const };
  });

  registerRoute(app, routes.unsubscribePage, perIp, async (request, reply) =>
    reply.redirect(`/reminders/unsubscribe?token=${encodeURIComponent(request.query.token)}`, 303),
  );
};
