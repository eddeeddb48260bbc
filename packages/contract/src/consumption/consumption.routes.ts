import { z } from 'zod';
import { binary, defineRoute, problems } from '../routes/define-route.js';
import { uuidParams } from '../routes/route-inputs.js';
import {
  accountConsumptionResponse,
  consumptionCompareQuery,
  consumptionCompareResponse,
  consumptionExportQuery,
  consumptionQuery,
  consumptionResponse,
} from './consumption.schemas.js';

const tags = ['consumption'];
const answers = problems(400, 401, 404);

/** Consumption of one metering point, of the whole account, and of metering points side by side. */
export const consumptionRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/metering-points/:id/consumption',
    summary: 'kWh by zone and tariff per billing period, and each month against the two years before',
    tags,
    params: uuidParams,
    query: consumptionQuery,
    responses: { 200: consumptionResponse, ...answers },
  }),
  export: defineRoute({
    method: 'GET',
    path: '/api/metering-points/:id/consumption/export',
    summary: 'The consumption as CSV (UTF-8 with BOM) or Green Button ESPI XML',
    tags,
    params: uuidParams,
    query: consumptionExportQuery,
    responses: { 200: binary(z.string()), ...answers },
  }),
  account: defineRoute({
    method: 'GET',
    path: '/api/consumption',
    summary: "All the caller's metering points summed per billing month, against the two years before",
    tags,
    query: consumptionQuery,
    responses: { 200: accountConsumptionResponse, ...answers },
  }),
  compare: defineRoute({
    method: 'GET',
    path: '/api/consumption/compare',
    summary: "Up to five of the caller's metering points side by side per billing month",
    tags,
    query: consumptionCompareQuery,
    responses: { 200: consumptionCompareResponse, ...answers },
  }),
};
