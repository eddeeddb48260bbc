import { z } from 'zod';
import { defineRoute, problems } from '../routes/define-route.js';
import { uuidParams } from '../routes/route-inputs.js';
import {
  importRunListQuery,
  importRunListResponse,
  quarantineResponse,
  unconfirmedPaymentsResponse,
} from './support.schemas.js';

const tags = ['support'];

/** What the import job answers to a request to run now: the regions queued. */
export const importRequestResponse = z.object({ queued: z.array(z.string()) });

/** Support staff's view of the regional imports (support role only). */
export const supportRoutes = {
  imports: defineRoute({
    method: 'GET',
    path: '/api/support/imports',
    summary: 'Every attempt to apply a regional export, latest first (support staff)',
    tags,
    query: importRunListQuery,
    responses: { 200: importRunListResponse, ...problems(400, 401, 403) },
  }),
  quarantine: defineRoute({
    method: 'GET',
    path: '/api/support/imports/:id/quarantine',
    summary: 'The records an export could not take, with their raw text and reason (support staff)',
    tags,
    params: uuidParams,
    responses: { 200: quarantineResponse, ...problems(400, 401, 403, 404) },
  }),
  runImports: defineRoute({
    method: 'POST',
    path: '/api/support/imports/run',
    summary: 'Imports what lies in the inbox now, each region as a job of the queue (support staff)',
    tags,
    responses: { 202: importRequestResponse, ...problems(401, 403, 503) },
  }),
  unconfirmedPayments: defineRoute({
    method: 'GET',
    path: '/api/support/unconfirmed-payments',
    summary: 'Portal payments that no regional export has confirmed within the days allowed (support staff)',
    tags,
    responses: { 200: unconfirmedPaymentsResponse, ...problems(401, 403) },
  }),
};
