import type { BillLine } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/messages.js';
import { discountMessageKey, lineExplanation, lineLabel } from './bill-labels.js';

const line: BillLine = {
  position: 3,
  code: '3',
  kind: 'energy',
  description: 'Енергија зелена зона ВТ',
  zone: 'green',
  register: 'vt',
  quantity: '280',
  unit: 'kWh',
  unitPrice: '9.012000',
  amount: '2523.36',
  isSubtotal: false,
};

describe('bill line names', () => {
  it('keeps the printed Cyrillic, transliterates for Latin and names the kind in English', () => {
    expect(lineLabel(line, 'sr-Cyrl')).toBe('Енергија зелена зона ВТ');
    expect(lineLabel(line, 'sr-Latn')).toBe('Energija zelena zona VT');
    expect(lineLabel(line, 'en')).toBe('Energy (green zone, VT)');
    expect(lineLabel({ ...line, kind: 'something_new', zone: null, register: null }, 'en')).toBe(
      'Energija zelena zona VT',
    );
  });

  it('has an explanation for the lines the paper bill explains', () => {
    expect(lineExplanation('billing_power')).toBe('billingPower');
    expect(lineExplanation('vat')).toBe('vat');
    expect(lineExplanation('unknown')).toBeUndefined();
  });
});

describe('the on-time discount message', () => {
  it('promises the discount only while it is offered, and says when it has lapsed', () => {
    expect(discountMessageKey('none')).toBeNull();
    expect(discountMessageKey('offered')).toBe('bill.discountNotice');
    expect(discountMessageKey('earned')).toBe('bill.discountEarned');
    expect(discountMessageKey('lapsed')).toBe('bill.discountLapsed');
  });
  it('has its texts in the three languages', () => {
    const text = (locale: keyof typeof messages, key: string) =>
      (messages[locale] as { bill: Record<string, string> }).bill[key];
    expect(text('en', 'discountLapsed')).toContain('no longer applies');
    expect(text('sr-Cyrl', 'discountLapsed')).toContain('више не важи');
    expect(text('sr-Latn', 'discountLapsed')).toContain('više ne važi');
    for (const locale of ['en', 'sr-Cyrl', 'sr-Latn'] as const) {
      expect(text(locale, 'discountEarned')).toContain('{discount}');
    }
  });
});
