// The consumption endpoints (the contract's consumptionRoutes): one metering point's periods and
// exports, the account's sum, and metering points side by side; each for a range of months.
import { consumptionRoutes, type ConsumptionExportFormat } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';
import { rangeDates, type MonthRange } from './consumption-range.js';

export type ExportFormat = ConsumptionExportFormat;

export function consumptionApi(api: ApiClient) {
  return {
    get: (meteringPointId: string, range: MonthRange) =>
      api.call(consumptionRoutes.get, { params: { id: meteringPointId }, query: rangeDates(range) }),
    export: (meteringPointId: string, format: ExportFormat, range: MonthRange) =>
      api.download(consumptionRoutes.export, {
        params: { id: meteringPointId },
        query: { format, ...rangeDates(range) },
      }),
    account: (range: MonthRange) => api.call(consumptionRoutes.account, { query: rangeDates(range) }),
    compare: (ids: readonly string[], range: MonthRange) =>
      api.call(consumptionRoutes.compare, { query: { ids: [...ids], ...rangeDates(range) } }),
  };
}
