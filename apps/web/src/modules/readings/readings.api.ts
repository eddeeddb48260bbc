// The self-reading endpoints: the contract's readingsRoutes.
import { readingsRoutes, type SelfReadingBody } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export function readingsApi(api: ApiClient) {
  return {
    list: (meteringPointId: string) => api.call(readingsRoutes.list, { params: { id: meteringPointId } }),
    submit: (meteringPointId: string, body: SelfReadingBody) =>
      api.call(readingsRoutes.submit, { params: { id: meteringPointId }, body }),
  };
}
