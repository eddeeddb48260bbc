// The pay page's line for a metering point's interest and other debt beyond its bills: chosen like a
// bill (with the point's bills), added to the total and the quote, paid by card with the amount shown,
// and a refusal of more than is owed now shown in words.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountApp, problem, settle } from '../../testing/mount-app.js';
import { fakeApi, ids, json, openBills, wait } from './pay-test-fixtures.js';

// the house owes 312.45 beyond its two bills (4000.00); the garage has no open bill, only 107.53 interest
const garage = '0196a3c2-7d4e-7f00-8000-0000000000a3';
const withDebt = {
  ...openBills,
  meteringPoints: [
    ...openBills.meteringPoints.map((point) =>
      point.id === ids.house ? { ...point, balance: '4312.45' } : point,
    ),
    {
      ...openBills.meteringPoints[1]!,
      id: garage,
      nickname: 'Garaža',
      billingNumber: '700800900',
      balance: '107.53',
      pendingConfirmation: '0.00',
      bills: [],
    },
  ],
};

describe('the interest and other debt on the pay page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it(
    'is chosen with its bills, quoted, paid by card, and a refusal explained',
    { timeout: 30_000 },
    async () => {
      const assign = vi.fn();
      vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, assign });
      let refuse = true;
      const api = fakeApi({
        'GET /api/payments/open-bills': () => json(withDebt),
        'POST /api/payments/quote': () =>
          json({
            amount: '4312.45',
            fee: '43.12',
            charged: '4355.57',
            allocations: [
              {
                billId: ids.billOld,
                billNumber: '2026-09-001',
                meteringPointId: ids.house,
                amount: '1500.00',
              },
              {
                billId: ids.billNew,
                billNumber: '2026-10-001',
                meteringPointId: ids.house,
                amount: '2500.00',
              },
            ],
            debtBeyondBills: [{ meteringPointId: ids.house, amount: '312.45' }],
          }),
        'POST /api/payments/card': () =>
          refuse
            ? problem(422, 'PAYMENT_MORE_THAN_OWED')
            : json({ orderId: ids.order, paymentPageUrl: 'https://gateway.example/pay/debt' }, 201),
      });
      const { wrapper } = await mountApp('/pay', 'en', { fetch: api.fetch });
      await settle();
      const line = wrapper.get(`[data-testid="pay-debt-${ids.house}"]`);
      expect(line.text()).toContain('Interest and other debt');
      expect(line.text()).toContain('RSD 312.45');
      expect(line.text()).toContain('Interest on late payment, corrections');
      expect(wrapper.find(`[data-testid="pay-debt-${ids.shop}"]`).exists()).toBe(false);

      const checkbox = (selector: string) => wrapper.get(`${selector} input[type="checkbox"]`);
      const checked = (selector: string) => (checkbox(selector).element as HTMLInputElement).checked;
      await checkbox(`[data-testid="pay-debt-check-${ids.house}"]`).setValue(true);
      await settle();
      expect(checked('[data-testid="pay-bill-2026-09-001"]')).toBe(true);
      expect(checked('[data-testid="pay-bill-2026-10-001"]')).toBe(true);
      const amount = wrapper.get('[data-testid="pay-amount"] input');
      expect((amount.element as HTMLInputElement).value).toBe('4312.45');
      expect(wrapper.get('[data-testid="pay-selected-sum"]').text()).toBe(
        'Bills chosen: 2, with interest and other debt; RSD 4,312.45 in total',
      );
      expect(wrapper.get('[data-testid="pay-ips"]').attributes('disabled')).toBeDefined();

      await wait(450);
      await settle();
      const body = { billIds: [ids.billOld, ids.billNew], debtBeyondBills: [ids.house], amount: '4312.45' };
      expect(api.calls.filter((call) => call.path === '/api/payments/quote').at(-1)?.body).toEqual(body);
      expect(wrapper.get('[data-testid="pay-quote"]').text()).toContain('Interest and other debt');
      expect(wrapper.get('[data-testid="pay-quote-charged"]').text()).toBe('RSD 4,355.57');

      await wrapper.get('[data-testid="pay-card"]').trigger('click');
      await settle();
      expect(wrapper.get('[data-testid="pay-error"]').text()).toContain('more than what you owe now');
      expect(assign).not.toHaveBeenCalled();
      refuse = false;
      await wrapper.get('[data-testid="pay-card"]').trigger('click');
      await settle();
      expect(api.calls.filter((call) => call.path === '/api/payments/card').at(-1)?.body).toEqual(body);
      expect(assign).toHaveBeenCalledWith('https://gateway.example/pay/debt');

      // letting go of one of the point's bills lets go of the debt after them
      await checkbox('[data-testid="pay-bill-2026-09-001"]').setValue(false);
      await settle();
      expect(checked(`[data-testid="pay-debt-check-${ids.house}"]`)).toBe(false);
      expect((amount.element as HTMLInputElement).value).toBe('2500.00');
      // "Clear" lets go of it too, also where a point has no bill
      await checkbox(`[data-testid="pay-debt-check-${ids.house}"]`).setValue(true);
      await checkbox(`[data-testid="pay-debt-check-${garage}"]`).setValue(true);
      await settle();
      expect((amount.element as HTMLInputElement).value).toBe('4419.98');
      await wrapper.get('[data-testid="pay-select-none"]').trigger('click');
      await settle();
      expect(checked(`[data-testid="pay-debt-check-${ids.house}"]`)).toBe(false);
      expect(checked(`[data-testid="pay-debt-check-${garage}"]`)).toBe(false);
      expect(wrapper.get('[data-testid="pay-selected-sum"]').text()).toBe(
        'Bills chosen: 0, open in total RSD 0.00',
      );
      wrapper.unmount();
    },
  );
});
