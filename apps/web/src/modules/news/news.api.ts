// The news endpoints (the contract's newsRoutes and newsAdminRoutes): a customer's announcements and
// dismissing one; the staff list, and a supervisor's writing, ending and e-mailing.
import { newsAdminRoutes, newsRoutes, type NewsWriteBody } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export function newsApi(api: ApiClient) {
  return {
    list: () => api.call(newsRoutes.list, {}),
    markRead: (id: string) => api.call(newsRoutes.markRead, { params: { id } }),
    adminList: () => api.call(newsAdminRoutes.list, {}),
    create: (body: NewsWriteBody) => api.call(newsAdminRoutes.create, { body }),
    update: (id: string, body: NewsWriteBody) => api.call(newsAdminRoutes.update, { params: { id }, body }),
    expire: (id: string) => api.call(newsAdminRoutes.expire, { params: { id } }),
    send: (id: string) => api.call(newsAdminRoutes.send, { params: { id } }),
  };
}
