import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type BillDetail } from '@portal/contract';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  commercialBill,
  historyFor,
  householdBill,
  powerMeteringBill,
} from './bill-fixtures.test-helpers.js';
import { formatRsd, parseRsd } from '@portal/domain';
import { formatAmount, formatDate, formatDecimalText, formatMoney } from '../../../documents/format.js';
import {
  decodeRects,
  largestFilledPath,
  pdfInfo,
  pdfText,
} from '../../../documents/pdf-inspect.test-helpers.js';
import { renderBillPdf } from './render-bill-pdf.js';

const cyrillic = /[\u0400-\u04ff]/;
const render = (bill: BillDetail, locale: (typeof locales)[number] = 'sr-Cyrl', months = 13) =>
  renderBillPdf(bill, historyFor(bill, months), locale);

describe('renderBillPdf: a dual-rate household bill in Cyrillic', () => {
  const bill = householdBill();
  let pdf: Buffer;
  let text: string;
  beforeAll(async () => {
    pdf = await render(bill);
    text = await pdfText(pdf);
  });

  it('is a two-page A4 PDF with the bill in its metadata and language', async () => {
    expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.7');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(pdf.toString('latin1')).toContain('/Lang (sr-Cyrl)');
    const { pages, info } = await pdfInfo(pdf);
    expect(pages).toBe(2);
    expect(info).toMatchObject({
      Title: `РАЧУН ЗА ЕЛЕКТРИЧНУ ЕНЕРГИЈУ ${bill.number}`,
      Author: bill.supplier.name,
      Subject: 'ЕД број 1234567890, 16.01.2026. – 15.02.2026.',
      // the issue date, not the time of rendering: part of what makes the bytes repeatable
      CreationDate: 'D:20260220000000Z',
      ModDate: 'D:20260220000000Z',
    });
  });

  it('gives back the Cyrillic source strings exactly: the embedded font maps its glyphs to Unicode', () => {
    for (const source of [
      bill.supplier.name,
      bill.branch!.name,
      bill.customer.name,
      'Његошева 27, стан 14, 11000 Београд',
      'Ћирила и Методија 8, 11000 Београд',
      bill.payment!.purpose,
      bill.payment!.payeeName,
      ...bill.lines.map((line) => line.description),
    ]) {
      expect(text).toContain(source);
    }
  });

  it('prints every element of the first page (seeds/001, household 1-9)', () => {
    for (const value of [
      `ПИБ ${bill.supplier.pib}`,
      bill.supplier.website,
      bill.meteringPoint.edNumber,
      bill.number,
      '16.01.2026. – 15.02.2026.',
      'Број дана\n31',
      'Датум промета\n15.02.2026.',
      'Рок плаћања\n05.03.2026.',
      'Задужење за обрачунски период 8.632,84 дин.',
      'Такса за јавни медијски сервис 349,00 дин.',
      'Укупно задужење за месец 8.981,84 дин.',
      'Стање дуга на почетку периода 4.187,62 дин.',
      `Уплата од ${formatDate(bill.totals.payments[0]!.paidOn, 'sr-Cyrl')} −4.187,62 дин.`,
      'Камата 0,00 дин.',
      'УКУПНО ЗА УПЛАТУ 8.981,84 дин.',
      `попуст\nод ${formatAmount(bill.totals.onTimeDiscountOffer, 'sr-Cyrl')} дин.`,
    ]) {
      expect(text).toContain(value);
    }
  });

  it('prints the readings, the consumption by zone and every line with its amount', () => {
    expect(text).toContain('ВТ – виша тарифа (kWh) 18.230 18.671 441 1 441');
    expect(text).toContain('НТ – нижа тарифа (kWh) 9.120 9.291 171 1 171');
    expect(text).toMatch(/Зелена зона \d+ \d+ 362 [\d.,]+ дин\./);
    expect(text).toMatch(/Плава зона \d+ \d+ 250 [\d.,]+ дин\./);
    expect(text).toContain('Укупно 441 171 612');
    for (const line of bill.lines) {
      expect(text).toContain(`${line.description} `);
      expect(text).toContain(formatAmount(line.amount, 'sr-Cyrl'));
    }
  });

  it('numbers the lines as the supplier does: one line 3 with the energy total, its lines under it', () => {
    const energy = bill.lines.filter((l) => l.code === '3');
    expect(energy.length).toBeGreaterThan(1);
    const total = formatRsd(energy.reduce((acc, l) => acc + parseRsd(l.amount), 0));
    const kwh = energy.reduce((acc, l) => acc + Number(l.quantity), 0);
    expect(text).toContain(
      `3 Утрошена електрична енергија ${formatDecimalText(String(kwh), 'sr-Cyrl')} kWh ${formatAmount(total, 'sr-Cyrl')}`,
    );
    // no number printed twice, none printed on the energy lines themselves
    const numbers = [...text.matchAll(/^(\d+[a-d]?) \S/gm)].map((m) => m[1]);
    expect(numbers).toEqual(
      expect.arrayContaining(['1', '2', '3', '5', '6', '8', '9', '10', '11', '14', '15']),
    );
    for (const line of energy) expect(text).not.toContain(`3 ${line.description}`);
  });

  it('carries the payment slip: payer, purpose, payee, code, currency, amount, account, model and reference', () => {
    for (const value of ['НАЛОГ ЗА УПЛАТУ', 'шифра плаћања\n189', 'валута\nRSD', 'износ\n8.981,84']) {
      expect(text).toContain(value);
    }
    expect(text).toContain(bill.payment!.payeeAccountPrinted);
    expect(text).toContain(`97 ${bill.payment!.reference}`);
  });

  it('has an IPS QR code that decodes back to the payload, at least 30 mm wide', async () => {
    const decoded = decodeRects(await largestFilledPath(pdf));
    expect(decoded.text).toBe(bill.payment!.ipsQrPayload);
    expect(decoded.widthPt).toBeGreaterThanOrEqual((30 / 25.4) * 72);
  });

  it('renders the same bill to the same bytes', async () => {
    const again = await render(householdBill());
    expect(again.equals(pdf)).toBe(true);
  });

  it('gives the same bytes whatever the process rendered before (the parsed fonts are shared)', async () => {
    // Fresh modules give fresh fonts: one process renders the Latin bill alone, the other after others.
    const fresh = async () => {
      vi.resetModules();
      return (await import('./render-bill-pdf.js')).renderBillPdf;
    };
    const history = historyFor(bill, 13);
    const alone = await (await fresh())(householdBill(), history, 'sr-Latn');
    const renderer = await fresh();
    await renderer(householdBill(), history, 'sr-Cyrl');
    await renderer(powerMeteringBill(), history, 'en');
    const after = await renderer(householdBill(), history, 'sr-Latn');
    expect(after.equals(alone)).toBe(true);
    expect(await pdfText(after)).toContain('Elektroprivreda Srbije AD Beograd');
  });

  it('gives the same bytes when renders run at once (the caches of the fonts are shared)', async () => {
    const jobs = [householdBill(), commercialBill(), powerMeteringBill()].flatMap((one) =>
      locales.map((locale) => () => renderBillPdf(one, historyFor(one, 13), locale)),
    );
    const together = await Promise.all(jobs.map((job) => job()));
    for (const [index, job] of jobs.entries()) expect((await job()).equals(together[index]!)).toBe(true);
  });

  it('shows the 13 months of the mini-chart with their kWh', () => {
    for (const point of historyFor(bill, 13)) expect(text).toContain(String(point.kwh));
  });
});

describe('renderBillPdf: business layouts', () => {
  it('writes names, addresses and lines stored in Latin (Belgrade, Novi Sad) in Cyrillic', async () => {
    const bill = commercialBill();
    bill.customer.name = 'Pekara „Zrno” d.o.o.';
    bill.meteringPoint.address = { street: 'Njegoševa 12a', postalCode: '11000', city: 'Beograd' };
    bill.lines = bill.lines.map((line) =>
      line.kind === 'vat' ? { ...line, description: 'PDV (20%)' } : line,
    );
    const text = await pdfText(await render(bill, 'sr-Cyrl', 9));
    expect(text).toContain('Пекара „Зрно” д.о.о.');
    expect(text).toContain('Његошева 12а, 11000 Београд');
    expect(text).toContain('ПДВ (20%)');
    expect(text).not.toContain('Pekara');
  }, 30_000);

  it('a small-business bill names the payer, shows debt and interest, and no on-time discount', async () => {
    const bill = commercialBill();
    const text = await pdfText(await render(bill, 'sr-Cyrl', 9));
    expect(text).toContain('Платилац (седиште)');
    expect(text).toContain('Пекара „Зрно” д.о.о.');
    // a tenant's shop: the owner on the contract is the customer (4), the bakery the payer with its code (5)
    expect(text).toContain('Милорад Васић');
    expect(text).toContain('Шифра платиоца: 2098765432');
    expect(text).toContain('Остала потрошња на ниском напону');
    expect(text).toContain('ЈТ – јединствена тарифа (kWh) 84.210 85.596 1.386 1 1.386');
    expect(text).toContain('Стање дуга на почетку периода 31.245,80 дин.');
    expect(text).toContain('Камата 187,34 дин.');
    expect(text).toContain(`УКУПНО ЗА УПЛАТУ ${formatAmount(bill.totals.totalToPay, 'sr-Cyrl')} дин.`);
    expect(text).toContain('Црвена зона');
    expect(text).not.toContain('Попуст за плаћање у року');
  });

  it('a power-metering bill shows maximum power, reactive energy and the meter constant', async () => {
    const bill = powerMeteringBill();
    const pdf = await render(bill);
    const text = await pdfText(pdf);
    expect(text).toContain('Константа бројила\n40');
    expect(text).toContain('Максимална снага (kW) 1,175 47');
    expect(text).toContain('Реактивна енергија (kvarh) 3.020 3.230 210 40 8.400');
    expect(text).toContain('ВТ – виша тарифа (kWh) 10.234 10.540 306 40 12.240');
    expect(text).toContain('Прекомерна реактивна енергија');
    expect(text).toContain(
      `Задужење за обрачунски период ${formatAmount(bill.totals.periodCharge, 'sr-Cyrl')}`,
    );
    expect(decodeRects(await largestFilledPath(pdf)).text).toBe(bill.payment!.ipsQrPayload);
  });
});

describe('renderBillPdf: locales', () => {
  it.each(locales)('renders every fixture in %s', async (locale) => {
    for (const bill of [householdBill(), commercialBill(), powerMeteringBill()]) {
      const pdf = await render(bill, locale);
      expect(pdf.length).toBeGreaterThan(10_000);
      expect(pdf.toString('latin1')).toContain(`/Lang (${locale})`);
    }
  });

  it('writes Serbian Latin throughout, the Cyrillic of the billing system transliterated', async () => {
    const text = await pdfText(await render(householdBill(), 'sr-Latn'));
    expect(text).not.toMatch(cyrillic);
    expect(text).toContain('Ljubica Đorđević');
    expect(text).toContain('Plava zona VT');
    expect(text).toContain('UKUPNO ZA UPLATU 8.981,84 din.');
    expect(text).toContain('NALOG ZA UPLATU');
  });

  it('has no Cyrillic in the English bill, and English amounts and dates', async () => {
    for (const bill of [householdBill(), commercialBill(), powerMeteringBill()]) {
      const text = await pdfText(await render(bill, 'en'));
      expect(text).not.toMatch(cyrillic);
      expect(text).toContain(`TOTAL TO PAY RSD ${formatAmount(bill.totals.totalToPay, 'en')}`);
      expect(text).toContain(formatDate(bill.dueDate, 'en'));
    }
    const text = await pdfText(await render(householdBill(), 'en'));
    expect(text).toContain('Blue zone, high tariff (VT)');
    expect(text).toContain('Excise duty base (1+2+3+4+5+6+7)');
    expect(text).toContain('RSD 8,981.84');
  });
});

describe('renderBillPdf: edge cases', () => {
  it('says "not read" for an unread meter and leaves the readings empty', async () => {
    const bill: BillDetail = { ...householdBill(), notRead: true, readingDate: null };
    bill.readings = { previous: bill.readings.previous, current: null };
    const text = await pdfText(await render(bill));
    expect(text).toContain('Број дана\nнеочитано');
    expect(text).toContain('Бројило није очитано');
  });

  it('says the on-time discount offer has lapsed instead of promising it, or that it was earned', async () => {
    const bill = householdBill();
    const offer = formatMoney(bill.totals.onTimeDiscountOffer, 'en');
    const offered = (await pdfText(await render(bill, 'en'))).replace(/\s+/g, ' ');
    expect(offered).toContain(`your next bill will be ${offer} lower`);
    bill.totals = { ...bill.totals, onTimeDiscount: 'lapsed' };
    const lapsed = (await pdfText(await render(bill, 'en'))).replace(/\s+/g, ' ');
    expect(lapsed).toContain('On-time payment discount lapsed');
    expect(lapsed).toContain(`discount on the next bill no longer applies`);
    expect(lapsed).not.toContain('your next bill will be');
    const latin = (await pdfText(await render(bill, 'sr-Latn'))).replace(/\s+/g, ' ');
    expect(latin).toContain('Popust za plaćanje u roku je istekao');
    bill.totals = { ...bill.totals, onTimeDiscount: 'earned' };
    const earned = (await pdfText(await render(bill, 'en'))).replace(/\s+/g, ' ');
    expect(earned).toContain(`Paid on time: your next bill will be ${offer} lower`);
  });

  it('draws no QR code when nothing is to be paid', async () => {
    const bill = householdBill();
    bill.totals = { ...bill.totals, previousDebt: '-9000.00', totalToPay: '-18.16' };
    bill.payment = { ...bill.payment!, amount: '-18.16', ipsQrPayload: null };
    const pdf = await render(bill);
    expect(await pdfText(pdf)).toContain('Нема износа за уплату.');
    expect((await largestFilledPath(pdf)).length).toBeLessThan(20);
  });

  it('continues a long table of lines on a further page', async () => {
    const bill = householdBill();
    bill.lines = [0, 1, 2, 3].flatMap((n) =>
      bill.lines.map((line) => ({ ...line, position: line.position + n * 100 })),
    );
    const text = await pdfText(await render(bill, 'sr-Cyrl', 0));
    expect(text).toContain('Страна 3 од 3');
  });
});

// BILL_PDF_OUT=/tmp/bill-pdf writes the fixtures in every locale, to look at (pdftoppm -png -r 80).
describe.runIf(process.env.BILL_PDF_OUT)('sample PDFs', () => {
  it('writes them', async () => {
    const out = process.env.BILL_PDF_OUT!;
    mkdirSync(out, { recursive: true });
    const fixtures = {
      household: [householdBill(), 13],
      commercial: [commercialBill(), 9],
      power: [powerMeteringBill(), 13],
    } as const;
    for (const [name, [bill, months]] of Object.entries(fixtures)) {
      for (const locale of locales)
        writeFileSync(join(out, `${name}-${locale}.pdf`), await render(bill, locale, months));
    }
  });
});
