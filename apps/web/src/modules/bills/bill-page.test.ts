import type { BillDetail, Locale } from '@portal/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, sessionAnswer, settle } from '../../testing/mount-app.js';

const id = '0196a3c2-7d4e-7f00-8000-0000000000e1';
const address = { street: 'Краља Петра I Карађорђевића 97', postalCode: '78000', city: 'Бања Лука' };

/** An unpaid ERS bill (bands, KM) as the API gives it: its own supplier, no branch, no slip or QR code. */
const ersBill: BillDetail = {
  id,
  number: '2602-0034567891',
  periodStart: '2026-01-16',
  periodEnd: '2026-02-15',
  issueDate: '2026-02-20',
  dueDate: '2026-03-05',
  currency: 'BAM',
  total: '92.78',
  totalToPay: '92.78',
  amountPaid: '0.00',
  status: 'unpaid',
  kwh: 612,
  notRead: false,
  underComplaint: false,
  layout: 'ERS_BANDS',
  supplier: {
    id: 'ers',
    name: 'Електропривреда Републике Српске',
    address: null,
    pib: null,
    website: null,
    paymentNote: 'ers_slip',
  },
  branch: null,
  region: { id: 'NI', name: 'Ниш', nameLatin: 'Niš' },
  readingDate: '2026-02-15',
  days: 31,
  customer: { name: 'Јована Илић', personType: 'natural', deliveryAddress: address },
  billingNumber: '4012345678',
  meteringPoint: {
    id: '0196a3c2-7d4e-7f00-8000-0000000000e2',
    edNumber: '1234567890',
    eic: '89ED1234567890AB',
    address,
    category: 'household',
    rateType: 'dual',
    approvedPowerKw: '17.25',
    billingPowerKw: '7.00',
    contractNumber: null,
  },
  meter: { serialNumber: '41203377', constant: '1' },
  readings: { previous: null, current: null },
  consumption: { vt: 441, nt: 171, single: 0, green: 0, blue: 0, red: 0 },
  netMetering: null,
  lines: [
    {
      position: 1,
      code: '26a',
      kind: 'energy',
      description: 'Опсег I АВТ',
      zone: 'band_i',
      register: 'vt',
      quantity: '373',
      unit: 'kWh',
      unitPrice: '0.0544',
      amount: '20.29',
      isSubtotal: false,
    },
  ],
  totals: {
    periodCharge: '92.78',
    tvFee: '0.00',
    monthTotal: '92.78',
    previousDebt: '0.00',
    paymentsInPeriod: '0.00',
    payments: [],
    interest: '0.00',
    totalToPay: '92.78',
    onTimeDiscountOffer: '0.00',
    onTimeDiscount: 'none',
  },
  paidOn: null,
  payment: null,
};

const api: typeof fetch = async (input) => {
  const path = String(input);
  const session = sessionAnswer(path);
  if (session) return session;
  return path === `/api/bills/${id}` ? jsonResponse(ersBill) : problem(404, 'NOT_FOUND');
};

async function billPage(locale: Locale) {
  const { wrapper } = await mountApp(`/bills/${id}`, locale, { fetch: api });
  await settle();
  const page = wrapper.get('.bill-page');
  return { page, text: page.text() };
}

describe('the bill page of an ERS bill', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('names ERS as the supplier, with no EPS branch, payee, payment code or IPS QR code', async () => {
    const { page, text } = await billPage('sr-Cyrl');
    expect(page.get('[data-testid="bill-supplier-name"]').text()).toBe('Електропривреда Републике Српске');
    expect(text).not.toContain('Србије');
    expect(text).not.toMatch(/ПИБ \d/);
    expect(text).not.toContain('огранак');
    expect(text).not.toContain('Огранак');
    expect(page.find('img[alt^="IPS QR"]').exists()).toBe(false);
    expect(page.find('[data-testid="bill-reference"]').exists()).toBe(false);
    expect(text).not.toContain('189');
    // KM are paid to ERS, not through the portal
    expect(page.find('[data-testid="bill-pay"]').exists()).toBe(false);
    expect(page.get('[data-testid="bill-supplier-payment"]').text()).toContain(
      'плаћа се снабдевачу (Електропривреда Републике Српске)',
    );
    expect(text).toContain('уплатницом са папирног рачуна ЕРС-а');
  }, 30_000);

  it('has no Cyrillic left in Latin and English: supplier, lines and addresses transliterated', async () => {
    for (const locale of ['sr-Latn', 'en'] as const) {
      const { text } = await billPage(locale);
      expect(text).toContain('Elektroprivreda Republike Srpske');
      expect(text).toContain('Kralja Petra I Karađorđevića 97');
      expect(text).not.toMatch(/[\u0400-\u04ff]/);
      document.body.innerHTML = '';
    }
  }, 30_000);
});
