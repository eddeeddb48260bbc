// The contract (billing account) endpoints, typed by the contract package.
import type {
  ContractsResponse,
  LinkContractByCompany,
  LinkContractByJmbg,
  LinkContractResponse,
} from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export function contractsApi(api: ApiClient) {
  return {
    list: () => api.request<ContractsResponse>('GET', '/api/contracts'),
    link: (body: LinkContractByJmbg | LinkContractByCompany) =>
      api.request<LinkContractResponse>('POST', '/api/contracts', body),
    unlink: (id: string) => api.request<void>('DELETE', `/api/contracts/${encodeURIComponent(id)}`),
  };
}
