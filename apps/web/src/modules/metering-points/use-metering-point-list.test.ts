import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mountApp, problem, settle } from '../../testing/mount-app.js';
import { meteringPointSearch } from './metering-points.api.js';
import { queryFromRoute, routeFromQuery } from './use-metering-point-list.js';

describe('the overview query in the address', () => {
  it('reads paging, search, filters and sort, ignoring what it does not know', () => {
    const query = queryFromRoute(
      {
        page: '3',
        q: 'Кућа',
        region: 'BG,NI,XX',
        overdue: 'true',
        sort: 'balance',
        order: 'desc',
      },
      ['BG', 'NS', 'NI', 'KG', 'KV'],
    );
    expect(query).toEqual({
      page: 3,
      pageSize: 20,
      q: 'Кућа',
      region: ['BG', 'NI'],
      status: undefined,
      overdue: true,
      sort: 'balance',
      order: 'desc',
    });
    expect(queryFromRoute({ page: '-1', sort: 'drop table', status: 'weird' })).toMatchObject({
      page: 1,
      sort: 'nickname',
      status: undefined,
    });
  });

  it('keeps the region codes of the address that look like one while the regions are not known yet', () => {
    expect(queryFromRoute({ region: 'BG,SU,x1,TOOLONGCODE' }).region).toEqual(['BG', 'SU']);
    expect(queryFromRoute({ region: 'BG,SU' }, ['BG', 'NS']).region).toEqual(['BG']);
    expect(queryFromRoute({ region: 'SU' }, ['BG']).region).toBeUndefined();
  });

  it('writes the address without defaults and the API query with them', () => {
    const query = queryFromRoute({ region: 'NS', status: 'active', overdue: 'false' });
    expect(routeFromQuery(query)).toEqual({ region: 'NS', status: 'active', overdue: 'false' });
    expect(routeFromQuery(queryFromRoute({}))).toEqual({});
    expect(meteringPointSearch(query)).toBe(
      'page=1&pageSize=20&region=NS&status=active&overdue=false&sort=nickname&order=asc',
    );
  });
});

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

const point = {
  id: '0196a3c2-7d4e-7f00-8000-000000000010',
  nickname: 'Кућа',
  address: { street: 'Булевар ослобођења 12', postalCode: '11000', city: 'Београд' },
  region: { id: 'BG', name: 'Београд', nameLatin: 'Beograd' },
  edNumber: '2034567891001',
  category: 'household',
  currency: 'RSD',
  status: 'active',
  billingAccount: { id: '0196a3c2-7d4e-7f00-8000-000000000020', number: '2034567891' },
  balance: '-150.00',
  pendingConfirmation: '0.00',
  syncedAt: '2026-11-20T03:00:00.000Z',
  lastBill: null,
  overdueAmount: '0.00',
  openDunningNotice: null,
};

const credit = {
  items: [point],
  totalToPay: '0.00',
  totalsToPay: [{ currency: 'RSD', amount: '0.00' }],
};

describe('the overview page', () => {
  const requests: string[] = [];
  let listed: object = credit;
  const fetch: typeof globalThis.fetch = async (input) => {
    const path = String(input);
    requests.push(path);
    if (path === '/api/auth/refresh') return json({ accessToken: 'token-1', expiresIn: 900 });
    if (path === '/api/auth/me')
      return json({
        id: point.id,
        username: 'marko',
        email: 'm@example.com',
        personType: 'natural',
        role: 'customer',
        notifyNewBill: true,
        attachBillPdf: false,
        reminderDaysBefore: 3,
        remindOnDueDate: true,
        newsEmails: false,
        mfa: { totp: false, recoveryCodesLeft: 0 },
        locale: 'en',
      });
    if (path.startsWith('/api/metering-points?')) return json({ total: 1, page: 1, pageSize: 20, ...listed });
    return problem(404, 'NOT_FOUND');
  };
  beforeEach(() => {
    localStorage.clear();
    requests.length = 0;
    listed = credit;
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('is where a logged-in user lands, and says a credit in words', async () => {
    const { wrapper, router } = await mountApp('/', 'en', { fetch });
    await settle();
    expect(router.currentRoute.value.name).toBe('overview');
    expect(wrapper.get('h1').text()).toBe('Overview');
    expect(wrapper.get('[data-testid="overview-total-amount"]').text()).toBe('RSD 0.00');
    const text = wrapper.text();
    expect(text).toContain('Кућа');
    expect(text).toContain('Credit RSD 150.00');
    expect(requests).toContain('/api/metering-points?page=1&pageSize=20&sort=nickname&order=asc');
    wrapper.unmount();
  });

  it('shows a debt in euros on its own and offers no payment for it (the portal takes dinars)', async () => {
    const euros = { ...point, currency: 'EUR', balance: '42.50', nickname: 'Стан' };
    listed = { items: [euros], totalToPay: '0.00', totalsToPay: [{ currency: 'EUR', amount: '42.50' }] };
    const { wrapper } = await mountApp('/', 'en', { fetch });
    await settle();
    expect(wrapper.get('[data-testid="overview-total-amount"]').text()).toBe('EUR 42.50');
    expect(wrapper.find('[data-testid="overview-pay"]').exists()).toBe(false);
    expect(wrapper.find(`[data-testid="pay-debt-link-${point.id}"]`).exists()).toBe(false);
    wrapper.unmount();
  });
});
