// What the payment pages' component tests share: a fake API answering by "METHOD /path", the open
// bills of two metering points, and a card order in a given state.
import { jsonResponse, problem, sessionAnswer } from '../../testing/mount-app.js';

export const json = jsonResponse;

export const ids = {
  house: '0196a3c2-7d4e-7f00-8000-0000000000a1',
  shop: '0196a3c2-7d4e-7f00-8000-0000000000a2',
  billOld: '0196a3c2-7d4e-7f00-8000-0000000000b1',
  billNew: '0196a3c2-7d4e-7f00-8000-0000000000b2',
  billShop: '0196a3c2-7d4e-7f00-8000-0000000000b3',
  order: '0196a3c2-7d4e-7f00-8000-0000000000c1',
};

const bill = (id: string, number: string, open: string, overdue = false) => ({
  id,
  number,
  periodStart: '2026-09-01',
  periodEnd: '2026-09-30',
  dueDate: '2026-10-20',
  total: open,
  open,
  overdue,
});

export const openBills = {
  meteringPoints: [
    {
      id: ids.house,
      nickname: 'Kuća',
      address: { street: 'Булевар ослобођења 1', postalCode: '11000', city: 'Београд' },
      billingNumber: '100200300',
      edNumber: '1000000001',
      region: { id: 'BG', name: 'Београд', nameLatin: 'Beograd' },
      openNotice: false,
      balance: '4000.00',
      pendingConfirmation: '0.00',
      bills: [bill(ids.billOld, '2026-09-001', '1500.00', true), bill(ids.billNew, '2026-10-001', '2500.00')],
    },
    {
      id: ids.shop,
      nickname: null,
      address: { street: 'Тржни центар 5', postalCode: '21000', city: 'Нови Сад' },
      billingNumber: '400500600',
      edNumber: '2000000002',
      region: { id: 'NS', name: 'Нови Сад', nameLatin: 'Novi Sad' },
      openNotice: false,
      balance: '1000.00',
      pendingConfirmation: '250.00',
      bills: [bill(ids.billShop, '2026-10-777', '1000.00')],
    },
  ],
  cardFee: { percent: '1.00', minimum: '20.00' },
};

export interface Call {
  method: string;
  path: string;
  body: unknown;
}

export function fakeApi(routes: Record<string, (body: unknown, calls: Call[]) => Response>) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input);
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, path, body });
    const session = sessionAnswer(path);
    if (session) return session;
    const route = routes[`${method} ${path.split('?')[0]}`];
    return route ? route(body, calls) : problem(404, 'NOT_FOUND');
  };
  return { fetch, calls };
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A card order for the first bill of the house, in `status`. */
export const cardOrder = (status: string) => ({
  id: ids.order,
  number: 'P-2026-000123',
  status,
  amount: '1500.00',
  fee: '20.00',
  charged: '1520.00',
  createdAt: '2026-11-30T06:20:00.000Z',
  paidAt: status === 'paid' ? '2026-11-30T06:21:00.000Z' : null,
  card: status === 'paid' ? { brand: 'dina', maskedPan: '989100******0019' } : null,
  approvalCode: status === 'paid' ? '123456' : null,
  allocations: [
    { billId: ids.billOld, billNumber: '2026-09-001', meteringPointId: ids.house, amount: '1500.00' },
  ],
  debtBeyondBills: [],
  surplusCredit: null,
});
