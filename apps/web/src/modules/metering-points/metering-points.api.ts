// The metering point endpoints: the contract's meteringPointsRoutes.
import { meteringPointsRoutes, queryString, type MeteringPointSort } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

/** What the overview asks for: paging, search, filters and sort, as the query string carries them. */
export interface MeteringPointQuery {
  page: number;
  pageSize: number;
  q?: string;
  region?: string[];
  status?: 'active' | 'closed';
  overdue?: boolean;
  sort: MeteringPointSort;
  order: 'asc' | 'desc';
}

/** The query the list is asked with, in a fixed order: a search changed or not is a string compared. */
function listQuery(query: MeteringPointQuery) {
  return {
    page: query.page,
    pageSize: query.pageSize,
    q: query.q?.trim() || undefined,
    region: query.region,
    status: query.status,
    overdue: query.overdue,
    sort: query.sort,
    order: query.order,
  };
}

export function meteringPointSearch(query: MeteringPointQuery): string {
  return queryString(listQuery(query)).slice(1);
}

export function meteringPointsApi(api: ApiClient) {
  const update = meteringPointsRoutes.update;
  return {
    list: (query: MeteringPointQuery) => api.call(meteringPointsRoutes.list, { query: listQuery(query) }),
    get: (id: string) => api.call(meteringPointsRoutes.get, { params: { id } }),
    rename: (id: string, nickname: string | null) => api.call(update, { params: { id }, body: { nickname } }),
    setPaperless: (id: string, paperless: boolean) =>
      api.call(update, { params: { id }, body: { paperless } }),
  };
}
