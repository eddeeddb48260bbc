import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountApp, problem, settle } from '../../testing/mount-app.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const ids = {
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

const openBills = {
  meteringPoints: [
    {
      id: ids.house,
      nickname: 'Kuća',
      address: { street: 'Булевар ослобођења 1', postalCode: '11000', city: 'Београд' },
      billingNumber: '100200300',
      balance: '4000.00',
      pendingConfirmation: '0.00',
      bills: [bill(ids.billOld, '2026-09-001', '1500.00', true), bill(ids.billNew, '2026-10-001', '2500.00')],
    },
    {
      id: ids.shop,
      nickname: null,
      address: { street: 'Тржни центар 5', postalCode: '21000', city: 'Нови Сад' },
      billingNumber: '400500600',
      balance: '1000.00',
      pendingConfirmation: '250.00',
      bills: [bill(ids.billShop, '2026-10-777', '1000.00')],
    },
  ],
  cardFee: { percent: '1.00', minimum: '20.00' },
};

interface Call {
  method: string;
  path: string;
  body: unknown;
}

function fakeApi(routes: Record<string, (body: unknown, calls: Call[]) => Response>) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input);
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, path, body });
    if (path === '/api/auth/refresh') return json({ accessToken: 'token-1', expiresIn: 900 });
    if (path === '/api/auth/me')
      return json({
        id: '0196a3c2-7d4e-7f00-8000-000000000001',
        username: 'marko',
        email: 'marko@example.com',
        personType: 'natural',
        role: 'customer',
        notifyNewBill: true,
        attachBillPdf: false,
        locale: 'en',
      });
    const route = routes[`${method} ${path.split('?')[0]}`];
    return route ? route(body, calls) : problem(404, 'NOT_FOUND');
  };
  return { fetch, calls };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function quoteFor(body: unknown) {
  const { billIds, amount } = body as { billIds: string[]; amount?: string };
  const all = (amount ?? '4000.00') === '4000.00';
  return json({
    amount: amount ?? '4000.00',
    fee: '40.00',
    charged: amount ? (Number(amount) + 40).toFixed(2) : '4040.00',
    allocations: all
      ? [
          { billId: billIds[0], billNumber: '2026-09-001', meteringPointId: ids.house, amount: '1500.00' },
          { billId: billIds[1], billNumber: '2026-10-001', meteringPointId: ids.house, amount: '2500.00' },
        ]
      : [{ billId: billIds[0], billNumber: '2026-09-001', meteringPointId: ids.house, amount }],
  });
}

describe('the pay page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it(
    'preselects the bills of the URL, quotes the amount and sends the browser to the gateway',
    { timeout: 30_000 },
    async () => {
      const assign = vi.fn();
      vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, assign });
      const api = fakeApi({
        'GET /api/payments/open-bills': () => json(openBills),
        'POST /api/payments/quote': (body) => quoteFor(body),
        'POST /api/payments/card': () =>
          json({ orderId: ids.order, paymentPageUrl: 'https://gateway.example/pay/abc' }),
      });
      const { wrapper } = await mountApp(`/pay?meteringPointId=${ids.house}`, 'en', { fetch: api.fetch });
      await settle();
      expect(wrapper.get('h1').text()).toBe('Pay bills');

      const checkbox = (testid: string) => wrapper.get(`[data-testid="${testid}"] input[type="checkbox"]`);
      expect((checkbox('pay-bill-2026-09-001').element as HTMLInputElement).checked).toBe(true);
      expect((checkbox('pay-bill-2026-10-001').element as HTMLInputElement).checked).toBe(true);
      expect((checkbox('pay-bill-2026-10-777').element as HTMLInputElement).checked).toBe(false);
      expect(wrapper.get('[data-testid="pay-bill-2026-09-001"]').text()).toContain('Overdue');
      expect(wrapper.get('[data-testid="pay-bill-2026-09-001"] label').text()).toBe('Bill 2026-09-001');
      expect(wrapper.text()).toContain('RSD 250.00 paid through the portal, pending confirmation');
      const amount = wrapper.get('[data-testid="pay-amount"] input');
      expect((amount.element as HTMLInputElement).value).toBe('4000.00');

      await wait(450);
      await settle();
      const quotes = api.calls.filter((call) => call.path === '/api/payments/quote');
      expect(quotes.at(-1)?.body).toEqual({ billIds: [ids.billOld, ids.billNew] });
      expect(wrapper.get('[data-testid="pay-quote-charged"]').text()).toBe('RSD 4,040.00');
      expect(wrapper.get('[data-testid="pay-quote"]').text()).toContain('Bill 2026-10-001');

      // A partial payment: the amount is sent, and more than the bills is refused before asking.
      await amount.setValue('1,000.50');
      await wait(450);
      await settle();
      expect(api.calls.filter((call) => call.path === '/api/payments/quote').at(-1)?.body).toEqual({
        billIds: [ids.billOld, ids.billNew],
        amount: '1000.50',
      });
      expect(wrapper.get('[data-testid="pay-quote-charged"]').text()).toBe('RSD 1,040.50');
      await amount.setValue('4000.01');
      await settle();
      expect(wrapper.get('[data-testid="pay-amount"]').text()).toContain('cannot be more than');
      expect(wrapper.get('[data-testid="pay-card"]').attributes('disabled')).toBeDefined();

      // Choosing another bill resets the amount to everything open on the chosen bills.
      await checkbox('pay-bill-2026-10-777').setValue(true);
      await settle();
      expect((amount.element as HTMLInputElement).value).toBe('5000.00');

      await wrapper.get('[data-testid="pay-card"]').trigger('click');
      await settle();
      expect(api.calls.find((call) => call.path === '/api/payments/card')?.body).toEqual({
        billIds: [ids.billOld, ids.billNew, ids.billShop],
      });
      expect(assign).toHaveBeenCalledWith('https://gateway.example/pay/abc');
      wrapper.unmount();
    },
  );

  it('shows an IPS QR with the slip data, and a refusal in the form alert', { timeout: 30_000 }, async () => {
    let refuse = false;
    const api = fakeApi({
      'GET /api/payments/open-bills': () => json(openBills),
      'POST /api/payments/quote': (body) => quoteFor(body),
      'POST /api/payments/ips': (body) =>
        refuse
          ? problem(422, 'PAYMENT_NOT_POSSIBLE')
          : json({
              payload: 'K:PR|V:01|C:1|R:845000000040484987|N:EPS|I:RSD1000,00|SF:189|S:Struja|RO:97123',
              amount: (body as { amount?: string }).amount ?? '1000.00',
              payeeName: 'ЕПС Снабдевање',
              payeeAccount: '845-0000000404849-87',
              paymentCode: '189',
              purpose: 'Струја',
              model: '97',
              reference: '97123',
              allocations: [
                {
                  billId: ids.billShop,
                  billNumber: '2026-10-777',
                  meteringPointId: ids.shop,
                  amount: '1000.00',
                },
              ],
            }),
    });
    const { wrapper } = await mountApp(`/pay?billIds=${ids.billShop}`, 'en', { fetch: api.fetch });
    await settle();
    await wrapper.get('[data-testid="pay-ips"]').trigger('click');
    await settle();
    await settle();
    expect(api.calls.find((call) => call.path === '/api/payments/ips')?.body).toEqual({
      billIds: [ids.billShop],
    });
    const panel = wrapper.get('[data-testid="ips-panel"]');
    expect(panel.get('[data-testid="ips-account"]').text()).toBe('845-0000000404849-87');
    expect(panel.get('[data-testid="ips-reference"]').text()).toBe('97123');
    expect(panel.get('[data-testid="ips-model"]').text()).toBe('97');
    expect(panel.findAll('button[aria-label^="Copy"]')).toHaveLength(7);

    refuse = true;
    await wrapper.get('[data-testid="pay-ips"]').trigger('click');
    await settle();
    expect(wrapper.get('[data-testid="pay-error"]').text()).toContain('cannot be paid this way');
    wrapper.unmount();
  });
});

describe('the card payment return page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it(
    'ignores the query, asks the API until the order is no longer processing, then shows it paid',
    { timeout: 30_000 },
    async () => {
      let asked = 0;
      const order = (status: string) => ({
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
      });
      const api = fakeApi({
        [`GET /api/payments/orders/${ids.order}`]: () => json(order(++asked < 2 ? 'processing' : 'paid')),
      });
      const { wrapper } = await mountApp(`/payments/orders/${ids.order}?orderId=gateway-999`, 'en', {
        fetch: api.fetch,
      });
      await settle();
      expect(wrapper.get('[data-testid="order-status"]').attributes('data-status')).toBe('processing');
      expect(wrapper.text()).toContain('Processing your payment');
      await wait(2100);
      await settle();
      expect(wrapper.get('[data-testid="order-status"]').attributes('data-status')).toBe('paid');
      expect(wrapper.text()).toContain('Payment successful.');
      expect(wrapper.get('[data-testid="order-card"]').text()).toBe('DinaCard 989100******0019');
      expect(wrapper.get('[data-testid="order-approval"]').text()).toBe('123456');
      expect(wrapper.find('[data-testid="order-receipt"]').exists()).toBe(true);
      expect(api.calls.some((call) => call.path.includes('gateway-999'))).toBe(false);
      await wait(2100);
      expect(asked).toBe(2);
      wrapper.unmount();
    },
  );
});
