import { defineRoute, problems } from '../routes/define-route.js';
import { uuidParams } from '../routes/route-inputs.js';
import {
  accessLogQuery,
  accessLogResponse,
  openSupportAccessBody,
  supportAccessListQuery,
  supportAccessListResponse,
  supportAccessSchema,
} from './support-access.schemas.js';

const tags = ['support'];

/** Staff's audited, read-only view of a customer's account, and the customer's record of it. */
export const supportAccessRoutes = {
  open: defineRoute({
    method: 'POST',
    path: '/api/support/customers/:id/access',
    summary:
      "Opens a read-only view of a customer's account for 30 minutes, with a reason; use its id as the X-Support-Access header (staff)",
    tags,
    params: uuidParams,
    body: openSupportAccessBody,
    responses: { 201: supportAccessSchema, ...problems(400, 401, 403, 404, 409) },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/support/accesses/:id',
    summary: 'An access the staff member opened, while it lasts (staff)',
    tags,
    params: uuidParams,
    responses: { 200: supportAccessSchema, ...problems(400, 401, 403, 404) },
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/support/accesses',
    summary: "Accesses to customers' accounts: support staff their own, supervisors everyone's (staff)",
    tags,
    query: supportAccessListQuery,
    responses: { 200: supportAccessListResponse, ...problems(400, 401, 403) },
  }),
};

/** The customer's record of staff accesses to their account ("Who looked at my data"). */
export const accessLogRoutes = {
  accessLog: defineRoute({
    method: 'GET',
    path: '/api/auth/me/access-log',
    summary: "Staff accesses to the logged-in user's account: when, the staff role and ID, why (category)",
    tags: ['account'],
    query: accessLogQuery,
    responses: { 200: accessLogResponse, ...problems(400, 401) },
  }),
};
