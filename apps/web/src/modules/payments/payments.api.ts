// The payment endpoints, typed by the contract: open bills, quote, card order and its state, IPS QR,
// payment history (per metering point and for the whole account), the financial card and receipts.
import type {
  IpsPayment,
  IpsPaymentBody,
  Ledger,
  Locale,
  OpenBillsResponse,
  PaymentHistory,
  PaymentOrder,
  PaymentQuote,
  PaymentRequestBody,
} from '@portal/contract';
import type { ApiClient } from '../../api/client.js';

/** Paging and the optional date range of a payment history request. */
export interface HistoryQuery {
  page: number;
  pageSize: number;
  from?: string;
  to?: string;
}

export function historySearch(query: { page: number; pageSize: number; from?: string; to?: string }) {
  const params = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  return params.toString();
}

function rangeSearch(range: { from?: string; to?: string }): string {
  const params = new URLSearchParams();
  if (range.from) params.set('from', range.from);
  if (range.to) params.set('to', range.to);
  return params.size ? `?${params}` : '';
}

export function paymentsApi(api: ApiClient) {
  const point = (id: string) => `/api/metering-points/${encodeURIComponent(id)}`;
  return {
    openBills: () => api.request<OpenBillsResponse>('GET', '/api/payments/open-bills'),
    quote: (body: PaymentRequestBody) => api.request<PaymentQuote>('POST', '/api/payments/quote', body),
    card: (body: PaymentRequestBody) =>
      api.request<{ orderId: string; paymentPageUrl: string }>('POST', '/api/payments/card', body),
    ips: (body: IpsPaymentBody) => api.request<IpsPayment>('POST', '/api/payments/ips', body),
    order: (id: string) => api.request<PaymentOrder>('GET', `/api/payments/orders/${encodeURIComponent(id)}`),
    cancelOrder: (id: string) =>
      api.request<PaymentOrder>('POST', `/api/payments/orders/${encodeURIComponent(id)}/cancel`, {}),
    receipt: (orderId: string, locale: Locale) =>
      api.download(`/api/payments/orders/${encodeURIComponent(orderId)}/receipt?locale=${locale}`),
    history: (meteringPointId: string | null, query: HistoryQuery) =>
      api.request<PaymentHistory>(
        'GET',
        `${meteringPointId ? `${point(meteringPointId)}/payments` : '/api/payments'}?${historySearch(query)}`,
      ),
    ledger: (meteringPointId: string, range: { from?: string; to?: string } = {}) =>
      api.request<Ledger>('GET', `${point(meteringPointId)}/ledger${rangeSearch(range)}`),
  };
}
