// The staff audit endpoint (staffAuditRoutes) and, for a supervisor's filter, the staff list.
import { staffAccountRoutes, staffAuditRoutes, type StaffAuditQuery } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export type AuditFilters = Partial<Omit<StaffAuditQuery, 'page' | 'pageSize'>>;

export function staffAuditApi(api: ApiClient) {
  return {
    events: (filters: AuditFilters, page: number, pageSize: number) =>
      api.call(staffAuditRoutes.list, { query: { ...filters, page, pageSize } }),
    staff: () => api.call(staffAccountRoutes.list),
  };
}
