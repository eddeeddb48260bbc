// The report endpoints (the contract's reportsRoutes): each report as JSON for the charts, and as CSV.
import { reportsRoutes, type PaymentChannel } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export interface ReportFilters {
  from: string;
  to: string;
  /** a region code, 'none' (users without a linked metering point), or '' for all */
  region: string;
  /** '' for every channel */
  channel: PaymentChannel | '';
}

const registrationQuery = (f: ReportFilters) => ({
  from: f.from,
  to: f.to,
  ...(f.region ? { region: f.region } : {}),
});
const paymentQuery = (f: ReportFilters) => ({
  ...registrationQuery(f),
  ...(f.channel ? { channel: f.channel } : {}),
});

export function reportsApi(api: ApiClient) {
  return {
    registrations: (f: ReportFilters) =>
      api.call(reportsRoutes.registrations, { query: registrationQuery(f) }),
    payments: (f: ReportFilters) => api.call(reportsRoutes.payments, { query: paymentQuery(f) }),
    registrationsCsv: (f: ReportFilters) =>
      api.download(reportsRoutes.registrationsExport, { query: registrationQuery(f) }),
    paymentsCsv: (f: ReportFilters) => api.download(reportsRoutes.paymentsExport, { query: paymentQuery(f) }),
  };
}
