import type { BillLine } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/messages.js';
import { lineExplanationKeys } from './layout-line-explanations.js';

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
      lineExplanationKeys(line('12', 'network_capacity'), 'EPCG'),
      lineExplanationKeys(line('31', 'discount'), 'EPCG'),
      lineExplanationKeys(line('26a', 'energy'), 'ERS_BANDS'),
      lineExplanationKeys(line('17', 'network_fee'), 'ERS_BANDS'),
    ];
    expect(keys).toEqual([
      ['layoutLines.EPCG.c12'],
      ['layoutLines.EPCG.c31'],
      ['layoutLines.ERS_BANDS.c26a'],
      ['layoutLines.ERS_BANDS.c17'],
    ]);
    for (const locale of ['en', 'sr-Cyrl', 'sr-Latn'] as const)
      for (const [key] of keys) expect(lookup(locale, key!), `${locale} ${key}`).toMatch(/\S{3}/);
    expect(lookup('en', keys[1]![0]!)).not.toBe(lookup('en', keys[0]![0]!));
  });

  it('keeps the kind explanation for the EPS layouts, and none for an unknown EPCG code', () => {
    expect(lineExplanationKeys(line('3', 'energy'), 'EPS_HOUSEHOLD')).toEqual(['explain.energy']);
    expect(lineExplanationKeys(line('99', 'energy'), 'EPCG')).toEqual([]);
  });

  it('explains the power-metering lines whose kind means something else on a household bill', () => {
    const keys = ['billing_power', 'energy', 'excise_base', 'vat_base'].map((kind) =>
      lineExplanationKeys(line('14', kind), 'EPS_POWER_METERING'),
    );
    expect(keys.map(([key]) => key)).toEqual([
      'layoutKinds.EPS_POWER_METERING.billing_power',
      'layoutKinds.EPS_POWER_METERING.energy',
      'layoutKinds.EPS_POWER_METERING.excise_base',
      'layoutKinds.EPS_POWER_METERING.vat_base',
    ]);
    for (const locale of ['en', 'sr-Cyrl', 'sr-Latn'] as const)
      for (const [key] of keys) expect(lookup(locale, key!), `${locale} ${key}`).toMatch(/\S{3}/);
    // the others by their kind, as on every EPS bill
    expect(lineExplanationKeys(line('14', 'excess_power'), 'EPS_POWER_METERING')).toEqual([
      'explain.excessPower',
    ]);
    expect(lineExplanationKeys(line('14', 'reactive_energy'), 'EPS_POWER_METERING')).toEqual([
      'explain.reactive',
    ]);
    expect(lineExplanationKeys(line('14', 'billing_power'), 'EPS_HOUSEHOLD')).toEqual([
      'explain.billingPower',
    ]);
  });
});
