import type { BillDetail } from '@portal/contract';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createI18nPlugin } from '../../plugins/i18n.js';
import { createVuetifyPlugin } from '../../plugins/vuetify.js';
import BillAccount from './bill-account.vue';

const totals: BillDetail['totals'] = {
  periodCharge: '8632.84',
  tvFee: '349.00',
  monthTotal: '8981.84',
  previousDebt: '5187.62',
  paymentsInPeriod: '5187.62',
  payments: [
    { paidOn: '2026-02-03', amount: '4187.62' },
    { paidOn: '2026-02-20', amount: '1000.00' },
  ],
  interest: '12.40',
  totalToPay: '8994.24',
  onTimeDiscountOffer: '0.00',
  onTimeDiscount: 'none',
};

function mountAccount(value: BillDetail['totals']) {
  const i18n = createI18nPlugin('en');
  return mount(BillAccount, {
    props: { totals: value },
    global: { plugins: [i18n, createVuetifyPlugin(i18n)] },
  });
}

describe('the analytical views of the debt', () => {
  it('lists each payment with its date, and sets the TV fee apart from the electricity debt', () => {
    const wrapper = mountAccount(totals);
    const payments = wrapper.findAll('[data-testid="bill-payment-row"]').map((row) => row.text());
    expect(payments).toHaveLength(2);
    expect(payments[0]).toMatch(/Payment of 03\/02\/2026−RSD 4,187\.62/);
    expect(payments[1]).toMatch(/1,000\.00/);
    const electricity = wrapper.get('[data-testid="bill-electricity-view"]').text();
    expect(electricity).toContain('Debt for electricity');
    expect(electricity).toContain('8,645.24'); // 8,994.24 to pay less the 349.00 TV fee
    expect(wrapper.get('[data-testid="bill-tv-view"]').text()).toContain('349.00');
    // as the PDF: the fee's own debt line, the period's fee (the exports give no earlier fee debt)
    expect(wrapper.get('[data-testid="bill-tv-view"]').text()).toMatch(/Debt for the fee\s*RSD 349\.00/);
    expect(wrapper.get('[data-testid="bill-total-to-pay"]').text()).toContain('8,994.24');
  });

  it('says when nothing was paid, and has no TV view without a TV fee', () => {
    const wrapper = mountAccount({ ...totals, payments: [], paymentsInPeriod: '0.00', tvFee: '0.00' });
    expect(wrapper.findAll('[data-testid="bill-payment-row"]')).toHaveLength(0);
    expect(wrapper.get('[data-testid="bill-electricity-view"]').text()).toContain('none');
    expect(wrapper.find('[data-testid="bill-tv-view"]').exists()).toBe(false);
  });
});
