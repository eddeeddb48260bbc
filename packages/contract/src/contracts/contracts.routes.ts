import { z } from 'zod';
import { defineRoute, problems } from '../routes/define-route.js';
import {
  contractParams,
  contractsResponse,
  linkContractBody,
  linkContractResponse,
} from './contracts.schemas.js';

const tags = ['contracts'];
const answers = problems(400, 401, 404, 409, 422, 429);

/** Linking a customer's contracts (billing accounts) to the account. */
export const contractsRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/contracts',
    summary: 'The contracts (billing accounts) linked to this account',
    tags,
    responses: { 200: contractsResponse, ...answers },
  }),
  link: defineRoute({
    method: 'POST',
    path: '/api/contracts',
    summary: 'Link a contract by billing number and JMBG, or billing number, PIB and matični broj',
    tags,
    body: linkContractBody,
    responses: { 201: linkContractResponse, ...answers },
  }),
  unlink: defineRoute({
    method: 'DELETE',
    path: '/api/contracts/:id',
    summary: 'Unlink a contract: its metering points leave this account',
    tags,
    params: contractParams,
    responses: { 204: z.null(), ...answers },
  }),
};
