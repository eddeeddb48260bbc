// The metering point endpoints, typed by the contract.
import type {
  MeteringPointDetail,
  MeteringPointListResponse,
  MeteringPointPatchResponse,
  MeteringPointSort,
} from '@portal/contract';
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

export function meteringPointSearch(query: MeteringPointQuery): string {
  const params = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
  if (query.q?.trim()) params.set('q', query.q.trim());
  if (query.region?.length) params.set('region', query.region.join(','));
  if (query.status) params.set('status', query.status);
  if (query.overdue !== undefined) params.set('overdue', String(query.overdue));
  params.set('sort', query.sort);
  params.set('order', query.order);
  return params.toString();
}

export function meteringPointsApi(api: ApiClient) {
  return {
    list: (query: MeteringPointQuery) =>
      api.request<MeteringPointListResponse>('GET', `/api/metering-points?${meteringPointSearch(query)}`),
    get: (id: string) =>
      api.request<MeteringPointDetail>('GET', `/api/metering-points/${encodeURIComponent(id)}`),
    rename: (id: string, nickname: string | null) =>
      api.request<{ id: string; nickname: string | null }>(
        'PATCH',
        `/api/metering-points/${encodeURIComponent(id)}`,
        { nickname },
      ),
    setPaperless: (id: string, paperless: boolean) =>
      api.request<MeteringPointPatchResponse>('PATCH', `/api/metering-points/${encodeURIComponent(id)}`, {
        paperless,
      }),
  };
}
