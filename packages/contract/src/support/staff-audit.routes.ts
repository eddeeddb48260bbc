import { defineRoute, problems } from '../routes/define-route.js';
import { staffAuditQuery, staffAuditResponse } from './staff-audit.schemas.js';

/** The staff's audit view: support staff their own events, supervisors everyone's. */
export const staffAuditRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/support/audit',
    summary:
      "What staff did with customers' data, newest first: support staff their own, supervisors everyone's (staff)",
    tags: ['support'],
    query: staffAuditQuery,
    responses: { 200: staffAuditResponse, ...problems(400, 401, 403) },
  }),
};
