import { contractsRoutes as routes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerRoute } from '../../lib/route.js';
import { auditContext } from '../audit/audit.service.js';
import type { ContractsDeps } from './contracts.deps.js';
import { linkContract, listContracts, unlinkContract } from './contracts.service.js';

/** Linking contracts to the account (the contract's contractsRoutes). */
export const contractsRoutes: FastifyPluginAsyncZod<{ deps: ContractsDeps }> = async (app, { deps }) => {
  registerRoute(app, routes.list, {}, async (request) => ({
    items: await listContracts(deps, request.actor),
  }));

  registerRoute(app, routes.link, {}, async (request, reply) => {
    const result = await linkContract(deps, request.actor, request.body, auditContext(request));
    return reply.code(201).send(result);
  });

  registerRoute(app, routes.unlink, { access: 'contract.unlink' }, async (request, reply) => {
    await unlinkContract(deps, request.actor, request.params.id, auditContext(request));
    return reply.code(204).send(null);
  });
};
