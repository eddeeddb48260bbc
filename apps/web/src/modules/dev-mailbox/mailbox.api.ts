// The mailbox page's endpoints: the contract's devMailboxRoutes.
import { devMailboxRoutes } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export type { MailMessage, MailSummary } from '@portal/contract';

export function mailboxApi(api: ApiClient) {
  return {
    list: () => api.call(devMailboxRoutes.list),
    get: (id: string) => api.call(devMailboxRoutes.get, { params: { id } }),
  };
}
