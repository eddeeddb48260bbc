// The consumption endpoints: one metering point's periods and exports, the account's sum, and metering
// points side by side; each for a range of months.
import type {
  AccountConsumptionResponse,
  ConsumptionCompareResponse,
  ConsumptionResponse,
} from '@portal/contract';
import type { ApiClient } from '../../api/client.js';
import { rangeQuery, type MonthRange } from './consumption-range.js';

export type ExportFormat = 'csv' | 'espi';

export function consumptionApi(api: ApiClient) {
  const base = (id: string) => `/api/metering-points/${encodeURIComponent(id)}/consumption`;
  return {
    get: (meteringPointId: string, range: MonthRange) =>
      api.request<ConsumptionResponse>('GET', `${base(meteringPointId)}?${rangeQuery(range)}`),
    export: (meteringPointId: string, format: ExportFormat, range: MonthRange) =>
      api.download(`${base(meteringPointId)}/export?format=${format}&${rangeQuery(range)}`),
    account: (range: MonthRange) =>
      api.request<AccountConsumptionResponse>('GET', `/api/consumption?${rangeQuery(range)}`),
    compare: (ids: readonly string[], range: MonthRange) =>
      api.request<ConsumptionCompareResponse>(
        'GET',
        `/api/consumption/compare?ids=${ids.map(encodeURIComponent).join(',')}&${rangeQuery(range)}`,
      ),
  };
}
