// The payment endpoints (the contract's paymentsRoutes): open bills, quote, card order and its state,
// IPS QR, payment history (per metering point and for the whole account), the financial card and
// receipts.
import { paymentsRoutes, type IpsPaymentBody, type Locale, type PaymentRequestBody } from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

/** Paging and the optional date range of a payment history request. */
export interface HistoryQuery {
  page: number;
  pageSize: number;
  from?: string;
  to?: string;
}

export function paymentsApi(api: ApiClient) {
  const routes = paymentsRoutes;
  return {
    openBills: () => api.call(routes.openBills),
    quote: (body: PaymentRequestBody) => api.call(routes.quote, { body }),
    card: (body: PaymentRequestBody) => api.call(routes.card, { body }),
    ips: (body: IpsPaymentBody) => api.call(routes.ips, { body }),
    order: (id: string) => api.call(routes.order, { params: { id } }),
    cancelOrder: (id: string) => api.call(routes.cancelOrder, { params: { id } }),
    receipt: (orderId: string, locale: Locale) =>
      api.download(routes.receipt, { params: { id: orderId }, query: { locale } }),
    history: (meteringPointId: string | null, query: HistoryQuery) =>
      meteringPointId
        ? api.call(routes.meteringPointHistory, { params: { id: meteringPointId }, query })
        : api.call(routes.history, { query }),
    ledger: (meteringPointId: string, range: { from?: string; to?: string } = {}) =>
      api.call(routes.ledger, { params: { id: meteringPointId }, query: range }),
  };
}
