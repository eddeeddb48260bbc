// The dunning notice endpoints: the list of a metering point and one notice as PDF.
import type { DunningNoticeListResponse, Locale } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export function noticesApi(api: ApiClient) {
  const base = (meteringPointId: string) =>
    `/api/metering-points/${encodeURIComponent(meteringPointId)}/notices`;
  return {
    list: (meteringPointId: string) => api.request<DunningNoticeListResponse>('GET', base(meteringPointId)),
    pdf: (meteringPointId: string, noticeId: string, locale: Locale) =>
      api.download(`${base(meteringPointId)}/${encodeURIComponent(noticeId)}/pdf?locale=${locale}`),
  };
}
