import {
  contractParams,
  contractsResponse,
  linkContractBody,
  linkContractResponse,
  problemSchema,
} from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContext } from '../audit/audit.service.js';
import type { ContractsDeps } from './contracts.deps.js';
import { linkContract, listContracts, unlinkContract } from './contracts.service.js';

const tags = ['contracts'];
const problems = {
  400: problemSchema,
  401: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
  429: problemSchema,
};

export const contractsRoutes: FastifyPluginAsyncZod<{ deps: ContractsDeps }> = async (app, { deps }) => {
  app.get(
    '/',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'The contracts (billing accounts) linked to this account',
        response: { 200: contractsResponse, ...problems },
      },
    },
    async (request) => ({ items: await listContracts(deps, request.actor) }),
  );

  app.post(
    '/',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Link a contract by billing number and JMBG, or billing number, PIB and matični broj',
        body: linkContractBody,
        response: { 201: linkContractResponse, ...problems },
      },
    },
    async (request, reply) => {
      const result = await linkContract(deps, request.actor, request.body, auditContext(request));
      return reply.code(201).send(result);
    },
  );

  app.delete(
    '/:id',
    {
      onRequest: app.authenticate,
      config: { access: 'contract.unlink' },
      schema: {
        tags,
        summary: 'Unlink a contract: its metering points leave this account',
        params: contractParams,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await unlinkContract(deps, request.actor, request.params.id, auditContext(request));
      return reply.code(204).send(null);
    },
  );
};
