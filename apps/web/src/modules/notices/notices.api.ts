// The dunning notice endpoints (the contract's noticesRoutes): the list of a metering point and one
// notice as PDF.
import { noticesRoutes, type Locale } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export function noticesApi(api: ApiClient) {
  return {
    list: (meteringPointId: string) => api.call(noticesRoutes.list, { params: { id: meteringPointId } }),
    pdf: (meteringPointId: string, noticeId: string, locale: Locale) =>
      api.download(noticesRoutes.pdf, { params: { id: meteringPointId, noticeId }, query: { locale } }),
  };
}
