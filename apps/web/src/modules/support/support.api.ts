// The staff endpoints of the support module: the look-up of customers (customerLookupRoutes) and the
// regional imports, their quarantine and unconfirmed portal payments (supportRoutes).
import { customerLookupRoutes, supportRoutes } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export function supportApi(api: ApiClient) {
  return {
    lookup: (q: string, page: number, pageSize: number) =>
      api.call(customerLookupRoutes.lookup, { query: { q, page, pageSize } }),
    imports: (region?: string) => api.call(supportRoutes.imports, { query: region ? { region } : {} }),
    quarantine: (id: string) => api.call(supportRoutes.quarantine, { params: { id } }),
    runImports: () => api.call(supportRoutes.runImports),
    unconfirmedPayments: () => api.call(supportRoutes.unconfirmedPayments),
  };
}
