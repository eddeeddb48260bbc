import { z } from 'zod';
import { binary, defineRoute, problems } from '../routes/define-route.js';
import {
  paymentReportQuery,
  paymentReportResponse,
  registrationReportQuery,
  registrationReportResponse,
} from './reports.schemas.js';

const tags = ['support'];
const answers = problems(400, 401, 403);

/** The supervisor's reports of the portal's use (each read is audited). */
export const reportsRoutes = {
  registrations: defineRoute({
    method: 'GET',
    path: '/api/support/reports/registrations',
    summary: 'Customers registered per Belgrade calendar day and in all, by region (supervisor)',
    tags,
    query: registrationReportQuery,
    responses: { 200: registrationReportResponse, ...answers },
  }),
  registrationsExport: defineRoute({
    method: 'GET',
    path: '/api/support/reports/registrations/export',
    summary: 'The registrations report as CSV (UTF-8 with BOM, semicolons) (supervisor)',
    tags,
    query: registrationReportQuery,
    responses: { 200: binary(z.string()), ...answers },
  }),
  payments: defineRoute({
    method: 'GET',
    path: '/api/support/reports/payments',
    summary: 'Payments booked per payment date and in all, by channel and region (supervisor)',
    tags,
    query: paymentReportQuery,
    responses: { 200: paymentReportResponse, ...answers },
  }),
  paymentsExport: defineRoute({
    method: 'GET',
    path: '/api/support/reports/payments/export',
    summary: 'The payments report as CSV (UTF-8 with BOM, semicolons) (supervisor)',
    tags,
    query: paymentReportQuery,
    responses: { 200: binary(z.string()), ...answers },
  }),
};
