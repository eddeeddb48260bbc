import type { DunningNoticeListResponse } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { settle } from '../../testing/mount-app.js';
import { mountWithApi } from '../../testing/mount-with-api.js';
import NoticesTab from './notices-tab.vue';

const pointId = '018c0000-0000-7000-8000-0000000000aa';
const eps = { id: 'eps', name: 'ЕПС', address: null, pib: null, website: null, paymentNote: null } as const;
const list: DunningNoticeListResponse = {
  supplier: eps,
  currency: 'RSD',
  items: [
    {
      id: '018c0000-0000-7000-8000-000000000001',
      kind: 'reminder_before_enforcement',
      number: 'OU-1',
      issuedOn: '2026-01-10',
      deliveredOn: null,
      debtDate: '2026-01-09',
      debtAmount: '8000.00',
      deadline: '2026-01-18',
      status: 'settled',
      settledOn: '2026-01-15',
    },
    {
      id: '018c0000-0000-7000-8000-000000000002',
      kind: 'warning_before_disconnection',
      number: 'UO-2',
      issuedOn: '2026-11-01',
      deliveredOn: '2026-11-04',
      debtDate: '2026-10-31',
      debtAmount: '12345.67',
      deadline: '2026-11-16',
      status: 'open',
      settledOn: null,
    },
  ],
};

/** The same notices owed to EPCG (seeds/003), in euros. */
const epcgList: DunningNoticeListResponse = {
  ...list,
  supplier: {
    id: 'epcg',
    name: 'Електропривреда Црне Горе',
    address: null,
    pib: null,
    website: 'www.epcg.com',
    paymentNote: 'epcg_reference',
  },
  currency: 'EUR',
};

async function mountTab(answer: DunningNoticeListResponse = list) {
  const { wrapper, requested } = mountWithApi(NoticesTab, { meteringPointId: pointId }, () => answer);
  await settle();
  return { wrapper, requested: requested.map(String) };
}

describe('the notices tab', () => {
  it('lists open notices first, with the consequence, a PDF button and a way to pay', async () => {
    const { wrapper, requested } = await mountTab();
    expect(requested[0]).toContain(`/api/metering-points/${pointId}/notices`);
    const cards = wrapper.findAll('[data-testid^="notice-"][data-status]');
    expect(cards.map((card) => card.attributes('data-status'))).toEqual(['open', 'settled']);
    const [open, settled] = cards;
    expect(open!.text()).toContain('Warning before disconnection');
    expect(open!.text()).toContain('RSD 12,345.67');
    expect(open!.get('[data-testid="notice-consequence"]').text()).toMatch(/disconnected/);
    expect(open!.get('[data-testid="notice-pay"]').attributes('href')).toBe(
      `/pay?meteringPointId=${pointId}`,
    );
    expect(open!.find('[data-testid="notice-pdf"]').exists()).toBe(true);
    expect(settled!.text()).toContain('Reminder before enforcement');
    expect(settled!.text()).toContain('Paid');
    expect(settled!.find('[data-testid="notice-pay"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('of a point billed by EPCG states the debt in euros and sends it to EPCG, not to a card payment', async () => {
    const { wrapper } = await mountTab(epcgList);
    const open = wrapper.get('[data-status="open"]');
    expect(open.text()).toContain('EUR 12,345.67');
    expect(open.text()).not.toContain('RSD');
    expect(open.find('[data-testid="notice-pay"]').exists()).toBe(false);
    expect(open.get('[data-testid="bill-supplier-payment"]').text()).toContain(
      'This debt is paid to its supplier (Elektroprivreda Crne Gore)',
    );
    expect(
      wrapper.get('[data-status="settled"]').find('[data-testid="bill-supplier-payment"]').exists(),
    ).toBe(false);
    wrapper.unmount();
  });
});
