// The PDF of a bill issued by ERS (KM) or EPCG (EUR): their supplier at the top, no EPS branch, payee,
// payment code or IPS QR code, and their own payment note where an EPS bill has its slip.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type BillDetail, type Locale } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { largestFilledPath, pdfText } from '../../../documents/pdf-inspect.test-helpers.js';
import { historyFor } from './bill-fixtures.test-helpers.js';
import { epcgBill, ersBill } from './other-layouts-fixture.test-helpers.js';
import { renderBillPdf } from './render-bill-pdf.js';

const cyrillic = /[\u0400-\u04ff]/;
const render = (bill: BillDetail, locale: Locale) => renderBillPdf(bill, historyFor(bill, 13), locale);
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** What an EPS bill prints about EPS and its Serbian payment slip, in every script. */
const epsOnly = [
  'Електропривреда Србије',
  'Elektroprivreda Srbije',
  '103920327',
  'www.eps.rs',
  'огранак',
  'ogranak',
  'ЈП ЕПС БЕОГРАД',
  'JP EPS BEOGRAD',
  '845-0000000404849-87',
  'НАЛОГ ЗА УПЛАТУ',
  'NALOG ZA UPLATU',
  'PAYMENT ORDER',
  'Уплата по рачуну за ел. енергију',
  'Uplata po računu za el. energiju',
];

describe('the PDF of an EPCG bill', () => {
  it('names EPCG as the supplier, with its site, and nothing of EPS or its payee', async () => {
    const text = oneLine(await pdfText(await render(epcgBill(), 'sr-Cyrl')));
    expect(text).toContain('Електропривреда Црне Горе');
    expect(text).toContain('www.epcg.com');
    for (const eps of epsOnly) expect(text).not.toContain(eps);
    expect(text).toContain('€');
  });

  it('says how EPCG is paid, not through the portal, in every language', async () => {
    const expected: Record<Locale, string[]> = {
      'sr-Cyrl': [
        'плаћа се снабдевачу (Електропривреда Црне Горе)',
        'претплатни/наплатни број и позив на број',
      ],
      'sr-Latn': [
        'plaća se snabdevaču (Elektroprivreda Crne Gore)',
        'pretplatni/naplatni broj i poziv na broj',
      ],
      en: ['paid to its supplier (Elektroprivreda Crne Gore)', 'subscriber/billing number and the reference'],
    };
    for (const locale of locales) {
      const text = oneLine(await pdfText(await render(epcgBill(), locale)));
      for (const words of expected[locale]) expect(text).toContain(words);
      if (locale !== 'sr-Cyrl') expect(text).not.toMatch(cyrillic);
    }
  });

  it('draws no IPS QR code though there is an amount to pay', async () => {
    const bill = epcgBill();
    expect(Number(bill.totals.totalToPay)).toBeGreaterThan(0);
    expect((await largestFilledPath(await render(bill, 'en'))).length).toBeLessThan(20);
  });
});

describe('the PDF of an ERS bill', () => {
  it('names ERS, leaves out what the sources do not give, and points to its own slip', async () => {
    const text = oneLine(await pdfText(await render(ersBill(), 'sr-Cyrl')));
    expect(text).toContain('Електропривреда Републике Српске');
    expect(text).toContain('уплатницом са папирног рачуна ЕРС-а');
    for (const eps of epsOnly) expect(text).not.toContain(eps);
    expect(text).not.toContain('ПИБ');
  });

  it('has no Cyrillic in Latin and English, line names and addresses included', async () => {
    for (const locale of ['sr-Latn', 'en'] as const) {
      const text = oneLine(await pdfText(await render(ersBill(), locale)));
      expect(text).not.toMatch(cyrillic);
      expect(text).toContain('Elektroprivreda Republike Srpske');
      expect(text).toContain('Banja Luka');
    }
  });

  it('names the energy totals 16a and 16b by their tariff element, not both "Energy"', async () => {
    const en = oneLine(await pdfText(await render(ersBill(), 'en')));
    expect(en).toContain('Energy, high tariff (VT), bands I–III');
    expect(en).toContain('Energy, low tariff (NT), bands I–III');
    const latin = oneLine(await pdfText(await render(ersBill(), 'sr-Latn')));
    expect(latin).toContain('Energija AVT');
    expect(latin).toContain('Energija AMT');
  });
});

// BILL_PDF_OUT=/tmp/bill-pdf writes these fixtures in every locale, to look at (pdftoppm -png -r 60).
describe.runIf(process.env.BILL_PDF_OUT)('sample PDFs of the other layouts', () => {
  it('writes them', async () => {
    const out = process.env.BILL_PDF_OUT!;
    mkdirSync(out, { recursive: true });
    for (const [name, bill] of Object.entries({ ers: ersBill(), epcg: epcgBill() })) {
      for (const locale of locales)
        writeFileSync(join(out, `${name}-${locale}.pdf`), await render(bill, locale));
    }
  });
});
