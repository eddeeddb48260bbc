import type { BillLine } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/messages.js';
import { lineExplanationKey } from './layout-line-explanations.js';

const line = (code: string, kind: string): BillLine => ({
  position: 1,
  code,
  kind,
  description: '',
  zone: null,
  register: null,
  quantity: null,
  unit: null,
  unitPrice: null,
  amount: '1.00',
  isSubtotal: false,
});

const lookup = (locale: keyof typeof messages, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages[locale]);

describe('the explanation of an ERS or EPCG line', () => {
  it('is its own item of the layout legend, in every language', () => {
    const keys = [
      lineExplanationKey(line('12', 'network_capacity'), 'EPCG'),
      lineExplanationKey(line('31', 'discount'), 'EPCG'),
      lineExplanationKey(line('26a', 'energy'), 'ERS_BANDS'),
      lineExplanationKey(line('17', 'network_fee'), 'ERS_BANDS'),
    ];
    expect(keys).toEqual([
      'layoutLines.EPCG.c12',
      'layoutLines.EPCG.c31',
      'layoutLines.ERS_BANDS.c26a',
      'layoutLines.ERS_BANDS.c17',
    ]);
    for (const locale of ['en', 'sr-Cyrl', 'sr-Latn'] as const)
      for (const key of keys) expect(lookup(locale, key!), `${locale} ${key}`).toMatch(/\S{3}/);
    expect(lookup('en', keys[1]!)).not.toBe(lookup('en', keys[0]!));
  });

  it('keeps the kind explanation for the EPS layouts, and none for an unknown EPCG code', () => {
    expect(lineExplanationKey(line('3', 'energy'), 'EPS_HOUSEHOLD')).toBe('explain.energy');
    expect(lineExplanationKey(line('99', 'energy'), 'EPCG')).toBeUndefined();
  });
});
