// The consumption endpoints: periods with the comparison against past years, and the exports.
import type { ConsumptionResponse } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export type ExportFormat = 'csv' | 'espi';

export function consumptionApi(api: ApiClient) {
  const base = (id: string) => `/api/metering-points/${encodeURIComponent(id)}/consumption`;
  return {
    get: (meteringPointId: string) => api.request<ConsumptionResponse>('GET', base(meteringPointId)),
    export: (meteringPointId: string, format: ExportFormat) =>
      api.download(`${base(meteringPointId)}/export?format=${format}`),
  };
}
