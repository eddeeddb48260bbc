// The contract (billing account) endpoints: the contract's contractsRoutes.
import { contractsRoutes, type LinkContractByCompany, type LinkContractByJmbg } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export function contractsApi(api: ApiClient) {
  return {
    list: () => api.call(contractsRoutes.list),
    link: (body: LinkContractByJmbg | LinkContractByCompany) => api.call(contractsRoutes.link, { body }),
    unlink: (id: string) => api.call(contractsRoutes.unlink, { params: { id } }),
  };
}
