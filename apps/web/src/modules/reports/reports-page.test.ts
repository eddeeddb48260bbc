import type { PaymentReport, RegistrationReport } from '@portal/contract';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiPlugin } from '../../plugins/api.js';
import { createI18nPlugin } from '../../plugins/i18n.js';
import { createVuetifyPlugin } from '../../plugins/vuetify.js';
import { settle } from '../../testing/mount-app.js';
import type { ReportChartData } from './report-chart-data.js';
import ReportsPage from './reports-page.vue';

// chart.js needs a canvas jsdom has not: the chart shows what it was given as text.
vi.mock('../../components/bar-line-chart.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: { data: { type: Object, required: true }, label: { type: String, default: '' } },
    setup: (props) => () =>
      h(
        'p',
        { 'data-testid': 'chart', 'aria-label': props.label },
        (props.data as ReportChartData).datasets.map((s) => `${s.label}=${s.data.join(',')}`).join(' | '),
      ),
  }),
}));

const channels = { portal_card: 0, portal_ips: 0, ips: 0, bank: 0, post: 0, cashier: 0, other: 0 };

const registrations = (from: string, to: string): RegistrationReport => ({
  from,
  to,
  region: null,
  total: 215_896,
  days: [
    { date: from, count: 200_000, cumulative: 200_000 },
    { date: to, count: 15_896, cumulative: 215_896 },
  ],
});

const payments = (from: string, to: string): PaymentReport => ({
  from,
  to,
  region: null,
  channel: null,
  total: 3,
  totalAmount: '4500.00',
  days: [
    {
      date: from,
      count: 2,
      amount: '3000.00',
      cumulative: 2,
      cumulativeAmount: '3000.00',
      byChannel: { ...channels, portal_card: 1, bank: 1 },
    },
    {
      date: to,
      count: 1,
      amount: '1500.00',
      cumulative: 3,
      cumulativeAmount: '4500.00',
      byChannel: { ...channels, portal_ips: 1 },
    },
  ],
});

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

function fakeApi() {
  const asked: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    const url = new URL(String(input), 'http://portal.test');
    asked.push(`${url.pathname}${url.search}`);
    const from = url.searchParams.get('from')!;
    const to = url.searchParams.get('to')!;
    if (url.pathname === '/api/regions')
      return json({ regions: [{ id: 'BG', name: 'Београд', nameLatin: 'Beograd' }] });
    if (url.pathname === '/api/support/reports/registrations') return json(registrations(from, to));
    if (url.pathname === '/api/support/reports/payments') return json(payments(from, to));
    if (url.pathname.endsWith('/export'))
      return new Response('\uFEFFdate;registrations;cumulative\r\n', {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="registracije.csv"',
        },
      });
    return new Response('{}', { status: 404 });
  };
  return { asked, fetch };
}

async function mountPage() {
  const api = fakeApi();
  const i18n = createI18nPlugin('en');
  const wrapper = mount(ReportsPage, {
    attachTo: document.body,
    global: { plugins: [i18n, createVuetifyPlugin(i18n), createApiPlugin(i18n, api.fetch)] },
  });
  await flushPromises();
  await settle();
  return { wrapper, asked: api.asked };
}

const reportCalls = (asked: string[]) => asked.filter((a) => a.startsWith('/api/support/reports/'));

describe('the reports page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('shows both reports as charts and tables for the last 30 days', { timeout: 30_000 }, async () => {
    const { wrapper, asked } = await mountPage();
    const [registrationsCall, paymentsCall] = reportCalls(asked);
    const from = new URL(registrationsCall!, 'http://x').searchParams.get('from')!;
    const to = new URL(registrationsCall!, 'http://x').searchParams.get('to')!;
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(29);
    expect(paymentsCall).toBe(`/api/support/reports/payments?from=${from}&to=${to}`);

    const section = wrapper.get('[data-testid="registrations-report"]');
    expect(section.get('h2').text()).toBe('Registered users');
    expect(section.get('[data-testid="registrations-report-total"]').text()).toBe(
      'Registered in the period: 215,896',
    );
    await vi.waitFor(() => expect(section.find('[data-testid="chart"]').exists()).toBe(true));
    expect(section.get('[data-testid="chart"]').text()).toBe(
      'Registrations=200000,15896 | Cumulative=200000,215896',
    );
    const rows = section.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()));
    expect(rows[1]).toEqual([expect.stringMatching(/\d\d\/\d\d\/\d{4}/), '15,896', '215,896']);

    const paymentsSection = wrapper.get('[data-testid="payments-report"]');
    expect(paymentsSection.get('[data-testid="payments-report-total"]').text()).toContain(
      'Payments in the period: 3',
    );
    await vi.waitFor(() => expect(paymentsSection.find('[data-testid="chart"]').exists()).toBe(true));
    expect(paymentsSection.get('[data-testid="chart"]').text()).toBe(
      'Portal, card=1,0 | Portal, IPS QR=0,1 | Bank=1,0 | Cumulative=2,3',
    );
    const headers = paymentsSection.findAll('thead th').map((cell) => cell.text());
    expect(headers).toEqual([
      'Date',
      'Payments',
      'Amount',
      'Cumulative',
      'Cumulative amount',
      'Portal, card',
      'Portal, IPS QR',
      'Bank',
    ]);
    expect(paymentsSection.get('caption').text()).toBe('Payments per day');
  });

  it(
    'asks again for a new range, and not at all for one longer than 366 days',
    { timeout: 30_000 },
    async () => {
      const { wrapper, asked } = await mountPage();
      await wrapper.get('[data-testid="reports-from"] input').setValue('2025-01-01');
      await wrapper.get('[data-testid="reports-to"] input').setValue('2025-01-22');
      await flushPromises();
      expect(reportCalls(asked).at(-1)).toBe('/api/support/reports/payments?from=2025-01-01&to=2025-01-22');
      const before = reportCalls(asked).length;

      await wrapper.get('[data-testid="reports-to"] input').setValue('2026-01-02');
      await flushPromises();
      expect(wrapper.get('[data-testid="reports-range-problem"]').text()).toBe(
        'A report covers at most 366 days.',
      );
      expect(reportCalls(asked)).toHaveLength(before);
    },
  );

  it('downloads the CSV of the range shown', { timeout: 30_000 }, async () => {
    const createObjectURL = vi.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { wrapper, asked } = await mountPage();
    await wrapper.get('[data-testid="reports-from"] input').setValue('2025-01-01');
    await wrapper.get('[data-testid="reports-to"] input').setValue('2025-01-22');
    await flushPromises();
    await wrapper.get('[data-testid="registrations-report-csv"]').trigger('click');
    await flushPromises();
    expect(asked.at(-1)).toBe('/api/support/reports/registrations/export?from=2025-01-01&to=2025-01-22');
    expect(createObjectURL).toHaveBeenCalled();
  });
});
