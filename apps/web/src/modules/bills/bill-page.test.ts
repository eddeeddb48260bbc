import type { BillDetail, Locale } from '@portal/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, sessionAnswer, settle } from '../../testing/mount-app.js';

const id = '0196a3c2-7d4e-7f00-8000-0000000000e1';
const address = { street: 'Краља Петра I Карађорђевића 97', postalCode: '78000', city: 'Бања Лука' };

/** A subtotal of the ERS bill as the engine gives it: no zone and no register. */
const ersTotal = (position: number, code: string, kind: string, description: string, amount: string) => ({
  position,
  code,
  kind,
  description,
  zone: null,
  register: null,
  quantity: null,
  unit: null,
  unitPrice: null,
  amount,
  isSubtotal: true,
});

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
  contractHolder: null,
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
    ersTotal(1, '16a', 'energy_total', 'Енергија АВТ', '20.29'),
    ersTotal(2, '16b', 'energy_total', 'Енергија АМТ', '4.10'),
    ersTotal(3, '22c', 'bill_total', 'Износ рачуна са ПДВ-ом', '92.78'),
    {
      position: 4,
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

/** the bill the API answers: the ERS bill unless a test serves another */
let served: BillDetail = ersBill;

const api: typeof fetch = async (input) => {
  const path = String(input);
  const session = sessionAnswer(path);
  if (session) return session;
  return path === `/api/bills/${id}` ? jsonResponse(served) : problem(404, 'NOT_FOUND');
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

  /** The texts behind the (i) buttons of the page's fields, all opened. */
  async function fieldExplanations(locale: Locale) {
    const { page, text } = await billPage(locale);
    for (const toggle of page.findAll('dl [data-testid="explain-toggle"]')) await toggle.trigger('click');
    const explained = page.findAll('dl [data-testid="explanation"]').map((e) => e.text());
    return { page, text, explained: explained.join(' ') };
  }

  it('heads its consumption by tariff and explains its fields by the ERS legend, not EPS zones or discount', async () => {
    const { text, explained } = await fieldExplanations('en');
    expect(text).toContain('Consumption by tariff');
    expect(text).not.toContain('Consumption by zone');
    expect(text).toContain('The calculation by the fields of the ERS bill');
    expect(explained).toContain('consumption bands (field 26)');
    expect(explained).toContain('Default interest (field 22)');
    expect(explained).toContain('AVT, the higher tariff');
    expect(explained).toContain('give no seat or tax number for it');
    expect(explained).not.toMatch(/zone|discount/i);
  }, 30_000);

  it('does the same in Serbian, the Latin script transliterated', async () => {
    const { text, explained } = await fieldExplanations('sr-Latn');
    expect(text).toContain('Potrošnja po tarifama');
    expect(explained).toContain('opsezima potrošnje (polje 26)');
    expect(explained).not.toMatch(/zon|popust/i);
  }, 30_000);

  it('names its energy totals 16a and 16b by tariff element, and prints the bands of field 26 last', async () => {
    const { page } = await billPage('en');
    const rows = page.findAll('[data-testid="bill-line"]').map((row) => row.text());
    const energyVt = rows.findIndex((row) => row.includes('Energy, VT (bands I–III)'));
    const energyNt = rows.findIndex((row) => row.includes('Energy, NT (bands I–III)'));
    const band = rows.findIndex((row) => row.includes('band I, VT'));
    expect(energyVt).toBe(0);
    expect(energyNt).toBe(1);
    expect(band).toBeGreaterThan(energyNt);
  }, 30_000);
});

/**
 * A Belgrade business bill as its export stores it, in Latin (Windows-1250): a bakery renting a shop, the
 * owner on the contract (element 4) and the bakery on the billing account, the payer (element 5).
 */
const tenantBill: BillDetail = {
  ...ersBill,
  layout: 'EPS_COMMERCIAL',
  currency: 'RSD',
  customer: {
    name: 'Pekara „Morava“ d.o.o.',
    personType: 'legal',
    deliveryAddress: { street: 'Njegoševa 12a', postalCode: '11000', city: 'Beograd' },
  },
  contractHolder: { name: 'Ljubomir Đukić', personType: 'natural' },
  billingNumber: '2098765432',
  meteringPoint: {
    ...ersBill.meteringPoint,
    address: { street: 'Bulevar kralja Aleksandra 73', postalCode: '11000', city: 'Beograd' },
    category: 'commercial',
  },
  lines: [{ ...ersBill.lines[3]!, kind: 'energy', description: 'Energija zelena zona VT', zone: 'green' }],
};

describe('the bill page of a business bill stored in Latin', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    served = ersBill;
  });

  it('shows the contract holder as the customer and the tenant as the payer, with its code and seat', async () => {
    served = tenantBill;
    const { page } = await billPage('sr-Cyrl');
    expect(page.get('[data-testid="bill-customer"]').text()).toContain('Љубомир Ђукић');
    const payer = page.get('[data-testid="bill-payer"]').text();
    expect(payer).toContain('Пекара „Морава“ д.о.о.');
    expect(payer).toContain('Шифра платиоца 2098765432');
    expect(payer).toContain('Његошева 12а, 11000 Београд');
  }, 30_000);

  it('writes the names, addresses and lines stored in Latin in Cyrillic, units and numerals kept', async () => {
    served = tenantBill;
    const { text } = await billPage('sr-Cyrl');
    expect(text).toContain('Булевар краља Александра 73');
    expect(text).toContain('Енергија зелена зона ВТ');
    // what may stay Latin on a Cyrillic page: units, Roman numerals, codes (EIC, the line's 26a) and
    // the names PDF and IPS QR of the interface's own texts
    const kept = /kWh|kW|\b[IVX]+\b|89ED1234567890AB|\d+a\b|PDF|IPS QR/g;
    const latin = text.replace(kept, '').match(/[A-Za-zčćđšžČĆĐŠŽ]+/g);
    expect(latin).toBeNull();
  }, 30_000);
});
