import { defineRoute, problems } from '../routes/define-route.js';
import { customerLookupQuery, customerLookupResponse } from './customer-lookup.schemas.js';

/** Staff's look-up of customers (support and supervisor; each look-up is audited). */
export const customerLookupRoutes = {
  lookup: defineRoute({
    method: 'GET',
    path: '/api/support/customers',
    summary:
      'Customers by billing number, ED number, EIC, name, e-mail of a portal user or the last digits of JMBG/PIB (staff)',
    tags: ['support'],
    query: customerLookupQuery,
    responses: { 200: customerLookupResponse, ...problems(400, 401, 403) },
  }),
};
