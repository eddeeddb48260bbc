import { z } from 'zod';
import { binary, defineRoute, problems } from '../routes/define-route.js';
import { documentLocaleQuery, uuidParams } from '../routes/route-inputs.js';
import { billDetailSchema, billListQuery, billListResponse } from './bills.schemas.js';

const tags = ['bills'];
const answers = problems(400, 401, 404);

/** `year`: the newest year with bills when left out */
const archiveQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/** Bills: a metering point's list and one bill, its PDF and a year's zip. */
export const billsRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/metering-points/:id/bills',
    summary: 'The bills of the last three years of a metering point, newest first',
    tags,
    params: uuidParams,
    query: billListQuery,
    responses: { 200: billListResponse, ...answers },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/bills/:id',
    summary: 'One bill with every element of the paper bill',
    tags,
    params: uuidParams,
    responses: { 200: billDetailSchema, ...answers },
  }),
  pdf: defineRoute({
    method: 'GET',
    path: '/api/bills/:id/pdf',
    summary: "The e-bill as PDF (A4, IPS QR code and payment slip), in the language asked or the request's",
    tags,
    params: uuidParams,
    query: documentLocaleQuery,
    responses: { 200: binary(), ...answers },
  }),
  yearArchive: defineRoute({
    method: 'GET',
    path: '/api/metering-points/:id/bills/archive',
    summary: "The PDFs of one year's bills of a metering point, as a zip",
    tags,
    params: uuidParams,
    query: archiveQuery.extend(documentLocaleQuery.shape),
    responses: { 200: binary(), ...answers },
  }),
};
