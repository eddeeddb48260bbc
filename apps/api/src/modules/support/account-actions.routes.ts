// A portal account as support sees it (support), a supervisor's account actions and staff management
// (supervisor). Paths and schemas: the contract's supportUserRoutes, accountActionRoutes and
// staffAccountRoutes; the access seam checks the staff level before the handler (access/audience.ts).
import { accountActionRoutes, staffAccountRoutes, supportUserRoutes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerRoute } from '../../lib/route.js';
import { auditContext } from '../audit/audit.service.js';
import {
  disableAccount,
  enableAccount,
  liftLoginThrottle,
  resendVerificationMail,
  revokeAllSessions,
  supportUserSummary,
  unlinkContractOf,
  type AccountActionDeps,
} from './account-actions.service.js';
import { createStaffMember, listStaff } from './staff-management.service.js';

const supervisor = { staff: 'supervisor' } as const;
/** an action on the account in the path: every staff member holds every account (modules/access) */
const onAccount = { staff: 'supervisor', access: 'account.manage' } as const;

export const accountActionsRoutes: FastifyPluginAsyncZod<{ deps: AccountActionDeps }> = async (
  app,
  { deps },
) => {
  registerRoute(
    app,
    supportUserRoutes.summary,
    { staff: 'support', access: 'account.read' },
    async (request) => supportUserSummary(deps, request.actor, request.params.id, auditContext(request)),
  );

  const routes = accountActionRoutes;
  registerRoute(app, routes.resendVerification, onAccount, async (request, reply) => {
    const { params, body, actor } = request;
    await resendVerificationMail(deps, actor, params.id, body.reason, auditContext(request));
    return reply.code(202).send({ status: 'sent' as const });
  });

  registerRoute(app, routes.liftThrottle, onAccount, async (request) => ({
    lifted: await liftLoginThrottle(
      deps,
      request.actor,
      request.params.id,
      request.body.reason,
      auditContext(request),
    ),
  }));

  registerRoute(app, routes.revokeSessions, onAccount, async (request) => ({
    revoked: await revokeAllSessions(
      deps,
      request.actor,
      request.params.id,
      request.body.reason,
      auditContext(request),
    ),
  }));

  registerRoute(app, routes.disable, onAccount, async (request) => {
    await disableAccount(deps, request.actor, request.params.id, request.body.reason, auditContext(request));
    return { disabled: true };
  });

  registerRoute(app, routes.enable, onAccount, async (request) => {
    await enableAccount(deps, request.actor, request.params.id, request.body.reason, auditContext(request));
    return { disabled: false };
  });

  registerRoute(app, routes.unlinkContract, onAccount, async (request) => {
    const { id, billingAccountId } = request.params;
    const context = auditContext(request);
    return {
      unlinked: await unlinkContractOf(
        deps,
        request.actor,
        id,
        billingAccountId,
        request.body.reason,
        context,
      ),
    };
  });

  registerRoute(app, staffAccountRoutes.list, supervisor, async (request) => ({
    staff: await listStaff(deps, request.actor, auditContext(request)),
  }));

  registerRoute(app, staffAccountRoutes.create, supervisor, async (request, reply) =>
    reply.code(201).send(await createStaffMember(deps, request.actor, request.body, auditContext(request))),
  );
};
