import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountApp, problem, settle } from '../../testing/mount-app.js';
import { cardOrder, fakeApi, ids, json, openBills, wait } from './pay-test-fixtures.js';

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
          {
            billId: billIds[1] ?? ids.billNew,
            billNumber: '2026-10-001',
            meteringPointId: ids.house,
            amount: '2500.00',
          },
        ]
      : [{ billId: billIds[0], billNumber: '2026-09-001', meteringPointId: ids.house, amount }],
    debtBeyondBills: [],
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
          json({ orderId: ids.order, paymentPageUrl: 'https://gateway.example/pay/abc' }, 201),
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
      const api = fakeApi({
        [`GET /api/payments/orders/${ids.order}`]: () => json(cardOrder(++asked < 2 ? 'processing' : 'paid')),
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
