// The bill endpoints (the contract's billsRoutes): the list of a metering point, one bill, its PDF and
// a year's zip.
import { billsRoutes, type BillPaymentStatus, type Locale } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export function billsApi(api: ApiClient) {
  return {
    list: (meteringPointId: string, filter: { year?: number; status?: BillPaymentStatus } = {}) =>
      api.call(billsRoutes.list, {
        params: { id: meteringPointId },
        query: { year: filter.year || undefined, status: filter.status },
      }),
    get: (id: string) => api.call(billsRoutes.get, { params: { id } }),
    pdf: (id: string, locale: Locale) => api.download(billsRoutes.pdf, { params: { id }, query: { locale } }),
    yearArchive: (meteringPointId: string, year: number) =>
      api.download(billsRoutes.yearArchive, { params: { id: meteringPointId }, query: { year } }),
  };
}
