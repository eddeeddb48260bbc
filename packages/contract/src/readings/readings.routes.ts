import { defineRoute, problems } from '../routes/define-route.js';
import { uuidParams } from '../routes/route-inputs.js';
import { readingsResponse, selfReadingBody, selfReadingSchema } from './readings.schemas.js';

const tags = ['readings'];

/** A metering point's self-readings (samoočitavanje): what the form needs, and submitting one. */
export const readingsRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/metering-points/:id/readings',
    summary: "The meter's registers, the last reading and the customer's self-readings with their status",
    tags,
    params: uuidParams,
    responses: { 200: readingsResponse, ...problems(400, 401, 404) },
  }),
  submit: defineRoute({
    method: 'POST',
    path: '/api/metering-points/:id/readings',
    summary:
      'Submit a self-reading: refused (422) when implausible, 409 to confirm when far above the expected range',
    tags,
    params: uuidParams,
    body: selfReadingBody,
    responses: { 201: selfReadingSchema, ...problems(400, 401, 403, 404, 409, 422) },
  }),
};
