// The complaint endpoints (the contract's complaintsRoutes and supportComplaintsRoutes): the customer's
// filing (a form with files), list, complaint, reply and files; support's inbox, complaint and steps.
import {
  complaintsRoutes,
  meteringPointsRoutes,
  supportComplaintsRoutes,
  type ComplaintStepBody,
} from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

export function complaintsApi(api: ApiClient) {
  return {
    file: (form: FormData) => api.upload(complaintsRoutes.file, form),
    list: (page = 1) => api.call(complaintsRoutes.list, { query: { page, pageSize: 50 } }),
    get: (id: string) => api.call(complaintsRoutes.get, { params: { id } }),
    reply: (id: string, text: string) => api.call(complaintsRoutes.reply, { params: { id }, body: { text } }),
    attachment: (id: string, attachmentId: string) =>
      api.download(complaintsRoutes.attachment, { params: { id, attachmentId } }),
    /** the metering points a complaint may be about */
    meteringPoints: () => api.call(meteringPointsRoutes.list, { query: { pageSize: 100 } }),
  };
}

export function supportComplaintsApi(api: ApiClient) {
  return {
    inbox: (query: { state: 'open' | 'closed'; page?: number; pageSize?: number }) =>
      api.call(supportComplaintsRoutes.inbox, { query }),
    get: (id: string) => api.call(supportComplaintsRoutes.get, { params: { id } }),
    step: (id: string, body: ComplaintStepBody) =>
      api.call(supportComplaintsRoutes.step, { params: { id }, body }),
    attachment: (id: string, attachmentId: string) =>
      api.download(supportComplaintsRoutes.attachment, { params: { id, attachmentId } }),
  };
}
