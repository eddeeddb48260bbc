import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyFor, householdBill } from './bill-fixtures.test-helpers.js';
import { formatAmount } from '../../../documents/format.js';
import { pdfText } from '../../../documents/pdf-inspect.test-helpers.js';
import { prosumerBill } from './prosumer-fixture.test-helpers.js';
import { renderBillPdf } from './render-bill-pdf.js';

const bill = prosumerBill();

describe('renderBillPdf: a prosumer bill', () => {
  it('prints the net metering table, line 7 and what line 7 is, in Cyrillic', async () => {
    const pdf = await renderBillPdf(bill, historyFor(bill, 13), 'sr-Cyrl');
    if (process.env.BILL_PDF_OUT) {
      mkdirSync(process.env.BILL_PDF_OUT, { recursive: true });
      writeFileSync(join(process.env.BILL_PDF_OUT, 'prosumer-sr-Cyrl.pdf'), pdf);
    }
    const text = await pdfText(pdf);
    expect(text).toContain('ПРЕУЗЕТА И ИСПОРУЧЕНА ЕНЕРГИЈА, НЕТО МЕРЕЊЕ (kWh)');
    // VT: 441 taken, 305 delivered, 20 brought forward: 116 billed, nothing carried on
    expect(text).toContain('ВТ 441 305 20 116 0');
    // the readings give the energy taken, not the net
    expect(text).toContain('ВТ – виша тарифа (kWh) 18.230 18.671 441 1 441');
    expect(text).toContain('НТ 171 0 0 171 0');
    expect(text).toContain('Трошак приступа систему за дистрибуцију');
    expect(text).toContain(formatAmount('1403.71', 'sr-Cyrl'));
    expect(text).toContain('Основица за акцизу (1+2+3+4+5+6+7)');
    expect(text).toContain('у износу који је обрачунао снабдевач');
  });

  it('speaks English in English, and leaves the table out of other bills', async () => {
    const englishPdf = await renderBillPdf(bill, historyFor(bill, 13), 'en');
    if (process.env.BILL_PDF_OUT)
      writeFileSync(join(process.env.BILL_PDF_OUT, 'prosumer-en.pdf'), englishPdf);
    const english = await pdfText(englishPdf);
    expect(english).toContain('ENERGY TAKEN AND DELIVERED, NET METERING (kWh)');
    expect(english).toContain('Distribution system access');
    expect(english).toContain('the amount the supplier billed');
    expect(english).not.toMatch(/[\u0400-\u04ff]/);
    const household = householdBill();
    const other = await pdfText(await renderBillPdf(household, historyFor(household, 13), 'en'));
    expect(other).not.toContain('NET METERING');
  });
});
