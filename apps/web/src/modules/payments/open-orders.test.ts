import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountApp, settle } from '../../testing/mount-app.js';
import { cardOrder, fakeApi, ids, json, openBills } from './pay-test-fixtures.js';

const openOrder = {
  id: ids.order,
  number: '100042',
  amount: '1500.00',
  charged: '1520.00',
  createdAt: '2026-11-30T06:20:00.000Z',
  billIds: [ids.billOld],
  paymentPageUrl: 'https://gateway.example/pay/gw_1',
};

const orderOpen = () =>
  new Response(
    JSON.stringify({
      type: 'urn:eps-portal:problem:payment-order-open',
      title: 'A card payment for some of these bills has already been started and is not finished.',
      status: 409,
      code: 'PAYMENT_ORDER_OPEN',
      openOrders: [openOrder],
    }),
    { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
  );

describe('the pay page with a card payment still open for the chosen bills', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it(
    'names the open payment, resumes it on the gateway or cancels it and then pays',
    { timeout: 30_000 },
    async () => {
      const assign = vi.fn();
      vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, assign });
      let open = true;
      const api = fakeApi({
        'GET /api/payments/open-bills': () => json(openBills),
        'POST /api/payments/quote': () =>
          json({ amount: '1500.00', fee: '20.00', charged: '1520.00', allocations: [], debtBeyondBills: [] }),
        'POST /api/payments/card': () =>
          open
            ? orderOpen()
            : json({ orderId: ids.order, paymentPageUrl: 'https://gateway.example/pay/gw_2' }, 201),
        [`POST /api/payments/orders/${ids.order}/cancel`]: () => {
          open = false;
          return json(cardOrder('cancelled'));
        },
      });
      const { wrapper } = await mountApp(`/pay?billIds=${ids.billOld}`, 'en', { fetch: api.fetch });
      await settle();
      await wrapper.get('[data-testid="pay-card"]').trigger('click');
      await settle();
      const alert = wrapper.get('[data-testid="pay-open-orders"]');
      expect(alert.text()).toContain('already been started');
      expect(alert.text()).toContain('Payment 100042 of RSD 1,520.00, started 30/11/2026 07:20');
      expect(wrapper.find('[data-testid="pay-error"]').exists()).toBe(false);

      await alert.get('[data-testid="pay-open-order-resume"]').trigger('click');
      expect(assign).toHaveBeenCalledWith('https://gateway.example/pay/gw_1');

      await alert.get('[data-testid="pay-open-order-cancel"]').trigger('click');
      await settle();
      expect(api.calls.some((call) => call.method === 'POST' && call.path.endsWith('/cancel'))).toBe(true);
      expect(wrapper.get('[data-testid="pay-open-order-cancelled"]').text()).toContain(
        'Payment P-2026-000123 is cancelled',
      );
      await wrapper.get('[data-testid="pay-card"]').trigger('click');
      await settle();
      expect(assign).toHaveBeenLastCalledWith('https://gateway.example/pay/gw_2');
      wrapper.unmount();
    },
  );
});
