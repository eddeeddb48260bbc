// The reminders endpoints: the contract's remindersRoutes.
import { remindersRoutes } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export function remindersApi(api: ApiClient) {
  return {
    unsubscribe: (token: string) => api.call(remindersRoutes.unsubscribe, { query: { token } }),
  };
}
