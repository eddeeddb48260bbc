import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../../../documents/pdf-inspect.test-helpers.js';
import type { NoticeDocument } from '../notices.service.js';
import { noticeConsequence, noticeLabelsFor } from './notice-labels.js';
import { noticePdfFilename, renderNoticePdf, sentence } from './render-notice-pdf.js';

const address = { street: 'Булевар краља Александра 73', postalCode: '11000', city: 'Београд' };
const warning: NoticeDocument = {
  notice: {
    id: '018c0000-0000-7000-8000-000000000000',
    kind: 'warning_before_disconnection',
    number: 'UO-20261101-1234567890',
    issuedOn: '2026-11-01',
    deliveredOn: null,
    debtDate: '2026-10-31',
    debtAmount: '12345.67',
    deadline: '2026-11-16',
    status: 'open',
    settledOn: null,
  },
  supplier: {
    id: 'eps',
    name: 'Електропривреда Србије АД Београд',
    address: 'Балканска 13',
    pib: '103920327',
    website: 'www.eps.rs',
    paymentNote: null,
  },
  currency: 'RSD',
  branch: { name: 'ЕПС Снабдевање, огранак Београд', address: 'Масарикова 1-3, Београд', phone: null },
  customer: { name: 'Марко Петровић', deliveryAddress: address },
  billingNumber: '2034567891',
  meteringPoint: { edNumber: '1234567890', address },
  payment: {
    payeeName: 'ЈП ЕПС',
    payeeAddress: 'Балканска 13, Београд',
    payeeAccountPrinted: '840-0000000955845-10',
    paymentCode: '189',
    purpose: 'Уплата дуга за ел. енергију',
    reference: '472034567891',
    amount: '12345.67',
    ipsQrPayload: null,
  },
};
const reminder: NoticeDocument = {
  ...warning,
  notice: {
    ...warning.notice,
    kind: 'reminder_before_enforcement',
    status: 'settled',
    settledOn: '2026-11-10',
  },
};

describe('the notice PDF', () => {
  it('is one A4 page with the kind, the debt, the deadline, the consequence and the reference', async () => {
    const pdf = await renderNoticePdf(warning, 'sr-Cyrl');
    expect((await pdfInfo(pdf)).pages).toBe(1);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('УПОЗОРЕЊЕ ПРЕД ОБУСТАВУ ИСПОРУКЕ');
    expect(text).toContain('12.345,67 дин.');
    expect(text).toContain('16.11.2026.');
    expect(text).toContain('97 47-2034567891');
    expect(text).toContain('обустављена испорука');
    expect(text).not.toContain('дин..');
  });

  it('says a settled reminder is settled, and speaks of court in every language', async () => {
    const latin = (await pdfText(await renderNoticePdf(reminder, 'sr-Latn'))).replace(/\s+/g, ' ');
    expect(latin).toContain('OPOMENA PRED UTUŽENJE');
    expect(latin).toContain('izmiren je 10.11.2026.');
    expect(latin).not.toMatch(/[\u0400-\u04FF]/);
    const english = (await pdfText(await renderNoticePdf(reminder, 'en'))).replace(/\s+/g, ' ');
    expect(english).toContain('collect it in court');
    expect(english).not.toMatch(/[\u0400-\u04FF]/);
  });

  it('names the file by kind and number, and renders the same bytes twice', async () => {
    expect(noticePdfFilename(warning)).toBe('upozorenje-UO-20261101-1234567890.pdf');
    expect(noticePdfFilename(reminder)).toBe('opomena-UO-20261101-1234567890.pdf');
    expect((await renderNoticePdf(warning, 'en')).equals(await renderNoticePdf(warning, 'en'))).toBe(true);
  });
});

/** The same warning for a point billed by ERS (seeds/004): its supplier, KM, no branch, slip or QR code. */
const ersWarning: NoticeDocument = {
  ...warning,
  notice: { ...warning.notice, debtAmount: '123.45' },
  supplier: {
    id: 'ers',
    name: 'Електропривреда Републике Српске',
    address: null,
    pib: null,
    website: null,
    paymentNote: 'ers_slip',
  },
  currency: 'BAM',
  branch: null,
  payment: null,
};

describe('the notice PDF of a debt owed to ERS or EPCG', () => {
  it('names that supplier, states the debt in its currency, and prints no EPS branch, payee or slip', async () => {
    for (const locale of ['sr-Cyrl', 'en'] as const) {
      const text = (await pdfText(await renderNoticePdf(ersWarning, locale))).replace(/\s+/g, ' ');
      expect(text).toMatch(/Електропривреда Републике Српске|Elektroprivreda Republike Srpske/);
      expect(text).toMatch(/123,45 КМ|BAM 123.45/);
      for (const eps of [
        'Србије',
        'огранак',
        'ЈП ЕПС',
        '840-0000000955845-10',
        '189',
        '97 47-',
        'дин.',
        'RSD',
      ])
        expect(text).not.toContain(eps);
      // no QR code and no offer to pay on the portal
      expect(text).not.toMatch(
        /скенирањем|scan it in your banking app|на порталу, платном|on the portal, by card/,
      );
    }
    const english = (await pdfText(await renderNoticePdf(ersWarning, 'en'))).replace(/\s+/g, ' ');
    expect(english).toContain('paid to its supplier (Elektroprivreda Republike Srpske)');
    const euro = { ...ersWarning, currency: 'EUR' as const };
    expect((await pdfText(await renderNoticePdf(euro, 'sr-Latn'))).replace(/\s+/g, ' ')).toContain(
      '123,45 €',
    );
  });
});

describe('notice words', () => {
  it('has a consequence for each kind, and one period at the end of a sentence', () => {
    const en = noticeLabelsFor('en');
    expect(noticeConsequence('reminder_before_enforcement', en)).toMatch(/court/);
    expect(noticeConsequence('warning_before_disconnection', en)).toMatch(/disconnected/);
    expect(noticeConsequence('warning_before_disconnection', noticeLabelsFor('sr-Latn'))).toMatch(
      /obustavljena/,
    );
    expect(sentence('износ од 12,00 дин..')).toBe('износ од 12,00 дин.');
    expect(sentence('до 16.11.2026., после')).toBe('до 16.11.2026., после');
  });
});
