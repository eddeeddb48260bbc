// The staff administration endpoints: the contract's supportUserRoutes, accountActionRoutes and
// staffAccountRoutes.
import {
  accountActionRoutes,
  staffAccountRoutes,
  supportUserRoutes,
  type StaffCreateBody,
  type SupportReason,
} from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export function staffAdminApi(api: ApiClient) {
  const onUser = (id: string, reason: SupportReason) => ({ params: { id }, body: { reason } });
  return {
    summary: (id: string) => api.call(supportUserRoutes.summary, { params: { id } }),
    resendVerification: (id: string, reason: SupportReason) =>
      api.call(accountActionRoutes.resendVerification, onUser(id, reason)),
    liftThrottle: (id: string, reason: SupportReason) =>
      api.call(accountActionRoutes.liftThrottle, onUser(id, reason)),
    revokeSessions: (id: string, reason: SupportReason) =>
      api.call(accountActionRoutes.revokeSessions, onUser(id, reason)),
    disable: (id: string, reason: SupportReason) => api.call(accountActionRoutes.disable, onUser(id, reason)),
    enable: (id: string, reason: SupportReason) => api.call(accountActionRoutes.enable, onUser(id, reason)),
    unlinkContract: (id: string, billingAccountId: string, reason: SupportReason) =>
      api.call(accountActionRoutes.unlinkContract, { params: { id, billingAccountId }, body: { reason } }),
    staff: () => api.call(staffAccountRoutes.list),
    createStaff: (body: StaffCreateBody) => api.call(staffAccountRoutes.create, { body }),
  };
}
