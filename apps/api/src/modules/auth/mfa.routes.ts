import { mfaRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerRoute } from '../../lib/route.js';
import { auditContext } from '../audit/audit.service.js';
import type { AuthDeps } from './auth.deps.js';
import { confirmTotp, disableTotp, enrolTotp } from './mfa.service.js';

// Codes and passwords are checked here: limited per address like the account's other checks.
const perIp = { rateLimit: { max: 10, timeWindow: '15 minutes' } };

/**
 * TOTP on the logged-in user's own account (the contract's mfaRoutes; its loginMfa is registered with
 * the login in auth.routes.ts). Every route acts on the caller's account only: none takes a user id.
 */
export const mfaRoutes: FastifyPluginAsyncZod<{ deps: AuthDeps }> = async (app, { deps }) => {
  registerRoute(app, routes.enrolTotp, perIp, async (request) =>
    enrolTotp(deps, request.user.sub, auditContext(request)),
  );

  registerRoute(app, routes.confirmTotp, perIp, async (request) => ({
    recoveryCodes: await confirmTotp(deps, request.user.sub, request.body.code, auditContext(request)),
  }));

  registerRoute(app, routes.disableTotp, perIp, async (request, reply) => {
    await disableTotp(deps, request.user.sub, request.body, auditContext(request));
    return reply.code(204).send(null);
  });
};
