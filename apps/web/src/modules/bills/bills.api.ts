// The bill endpoints: the list of a metering point, one bill, its PDF and a year's zip.
import type { BillDetail, BillListResponse, BillPaymentStatus, Locale } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export function billsApi(api: ApiClient) {
  return {
    list: (meteringPointId: string, filter: { year?: number; status?: BillPaymentStatus } = {}) => {
      const params = new URLSearchParams();
      if (filter.year) params.set('year', String(filter.year));
      if (filter.status) params.set('status', filter.status);
      const search = params.size ? `?${params}` : '';
      return api.request<BillListResponse>(
        'GET',
        `/api/metering-points/${encodeURIComponent(meteringPointId)}/bills${search}`,
      );
    },
    get: (id: string) => api.request<BillDetail>('GET', `/api/bills/${encodeURIComponent(id)}`),
    pdf: (id: string, locale: Locale) =>
      api.download(`/api/bills/${encodeURIComponent(id)}/pdf?locale=${locale}`),
    yearArchive: (meteringPointId: string, year: number) =>
      api.download(`/api/metering-points/${encodeURIComponent(meteringPointId)}/bills/archive?year=${year}`),
  };
}
