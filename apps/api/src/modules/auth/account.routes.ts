import { accountRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerRoute } from '../../lib/route.js';
import { auditContext } from '../audit/audit.service.js';
import {
  changePassword,
  confirmEmailChange,
  requestEmailChange,
  loadMe,
  updateProfile,
} from './account.service.js';
import type { AuthDeps } from './auth.deps.js';

// Each of these checks the current password: limited like logins, per address.
const perIp = { rateLimit: { max: 10, timeWindow: '15 minutes' } };

/** The logged-in user's own account (the contract's accountRoutes). */
export const accountRoutes: FastifyPluginAsyncZod<{ deps: AuthDeps }> = async (app, { deps }) => {
  const session = (request: { user: { sub: string; sid: string } }) => ({
    userId: request.user.sub,
    sessionId: request.user.sid,
  });

  registerRoute(app, routes.me, {}, async (request) => loadMe(deps, request.user.sub));

  registerRoute(app, routes.updateMe, {}, async (request) =>
    updateProfile(deps, request.user.sub, request.body, auditContext(request)),
  );

  registerRoute(app, routes.changePassword, perIp, async (request) => {
    await changePassword(deps, session(request), request.body, auditContext(request));
    return { status: 'password_changed' as const };
  });

  registerRoute(app, routes.changeEmail, perIp, async (request, reply) => {
    await requestEmailChange(deps, request.user.sub, request.body, auditContext(request));
    return reply.code(202).send({ status: 'verification_sent' as const });
  });

  registerRoute(app, routes.confirmEmailChange, perIp, async (request) => ({
    status: 'email_changed' as const,
    email: await confirmEmailChange(deps, session(request), request.body.code, auditContext(request)),
  }));
};
