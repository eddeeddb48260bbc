import { defineRoute, problems } from '../routes/define-route.js';
import {
  meteringPointDetailResponse,
  meteringPointListQuery,
  meteringPointListResponse,
  meteringPointParams,
  meteringPointPatchBody,
  meteringPointPatchResponse,
} from './metering-points.schemas.js';

const tags = ['metering-points'];
const answers = problems(400, 401, 404);

/** The overview of the linked metering points and one metering point's page. */
export const meteringPointsRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/metering-points',
    summary: 'The linked metering points with balance, last bill and notices, and the total to pay',
    tags,
    query: meteringPointListQuery,
    responses: { 200: meteringPointListResponse, ...answers },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/metering-points/:id',
    summary: 'A linked metering point: address, meter, power, tariff category, contract, region',
    tags,
    params: meteringPointParams,
    responses: { 200: meteringPointDetailResponse, ...answers },
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/metering-points/:id',
    summary:
      'Name a linked metering point ("Кућа", "Викендица"; null or "" clears it), or choose e-bills only',
    tags,
    params: meteringPointParams,
    body: meteringPointPatchBody,
    responses: { 200: meteringPointPatchResponse, ...answers },
  }),
};
