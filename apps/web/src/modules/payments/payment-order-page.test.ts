import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountApp, settle } from '../../testing/mount-app.js';
import { cardOrder, fakeApi, ids, json } from './pay-test-fixtures.js';

describe('the card payment return page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('says a payment cancelled on the gateway page was cancelled, not declined', async () => {
    const api = fakeApi({ [`GET /api/payments/orders/${ids.order}`]: () => json(cardOrder('cancelled')) });
    const { wrapper } = await mountApp(`/payments/orders/${ids.order}`, 'en', { fetch: api.fetch });
    await settle();
    expect(wrapper.get('[data-testid="order-status"]').attributes('data-status')).toBe('cancelled');
    expect(wrapper.text()).toContain('Payment cancelled.');
    expect(wrapper.text()).toContain('You cancelled the payment and nothing was charged.');
    expect(wrapper.text()).not.toContain('declined');
    expect(wrapper.get('[data-testid="order-retry"]').attributes('href')).toBe(`/pay?billIds=${ids.billOld}`);
    wrapper.unmount();
  });

  it('lists the interest and other debt paid, and offers its metering point again', async () => {
    const withDebt = {
      ...cardOrder('declined'),
      amount: '1812.45',
      charged: '1832.45',
      debtBeyondBills: [{ meteringPointId: ids.house, amount: '312.45' }],
    };
    const api = fakeApi({ [`GET /api/payments/orders/${ids.order}`]: () => json(withDebt) });
    const { wrapper } = await mountApp(`/payments/orders/${ids.order}`, 'en', { fetch: api.fetch });
    await settle();
    expect(wrapper.get('[data-testid="order-other-debt"]').text()).toBe('Interest and other debtRSD 312.45');
    expect(wrapper.get('[data-testid="order-retry"]').attributes('href')).toBe(
      `/pay?meteringPointId=${ids.house}`,
    );
    wrapper.unmount();
  });
});
