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
  it('writes a line stored in Latin (Belgrade, Novi Sad) in Cyrillic for sr-Cyrl, units kept', () => {
    const latin = { ...line, description: 'Energija zelena zona VT (kWh)' };
    expect(lineLabel(latin, 'sr-Cyrl')).toBe('Енергија зелена зона ВТ (kWh)');
    expect(lineLabel(latin, 'sr-Latn')).toBe('Energija zelena zona VT (kWh)');
  });

  it('keeps the printed Cyrillic, transliterates for Latin and names the kind in English', () => {
    expect(lineLabel(line, 'sr-Cyrl')).toBe('Енергија зелена зона ВТ');
    expect(lineLabel(line, 'sr-Latn')).toBe('Energija zelena zona VT');
    expect(lineLabel(line, 'en')).toBe('Active energy (green zone, VT)');
    const reactive = {
      ...line,
      kind: 'excess_reactive_energy',
      zone: null,
      register: 'reactive_nt' as const,
    };
    expect(lineLabel(reactive, 'en')).toBe('Excess reactive energy (NT)');
    expect(lineLabel({ ...reactive, kind: 'reactive_energy' }, 'en')).toBe('Reactive energy (NT)');
    expect(lineLabel({ ...reactive, kind: 'excess_power', register: 'power' }, 'en')).toBe('Excess power');
    // ERS's network fee on the billing power (OS) beside the per-kWh ones
    const ersNetwork = { ...line, kind: 'network_fee', zone: null, description: 'Мрежарина ОС' };
    expect(lineLabel({ ...ersNetwork, register: 'power' }, 'en')).toBe('Network fee (billing power)');
    expect(lineLabel({ ...ersNetwork, register: 'vt' }, 'en')).toBe('Network fee (VT)');
    expect(lineLabel({ ...reactive, kind: 'energy' }, 'en')).toBe('Active energy (reactive NT)');
    expect(lineLabel({ ...line, kind: 'something_new', zone: null, register: null }, 'en')).toBe(
      'Energija zelena zona VT',
    );
  });

  it("explains each line by its own words, not its neighbours'", () => {
    const of = (kind: string) => lineExplanation({ kind, zone: null, register: null });
    expect(of('billing_power')).toEqual(['billingPower']);
    expect(of('vat')).toEqual(['vat']);
    expect(of('unknown')).toEqual([]);
    // the excise base explains the base, the excise the excise
    expect(of('excise_base')).toEqual(['exciseBase']);
    expect(of('excise')).toEqual(['excise']);
    expect(of('renewables_fee')).not.toEqual(of('efficiency_fee'));
    // green VT, blue VT and red VT are not all "total energy"
    expect(lineExplanation(line)).toEqual(['zoneGreen', 'registerVt']);
    expect(lineExplanation({ ...line, zone: 'blue' })).toEqual(['zoneBlue', 'registerVt']);
    expect(lineExplanation({ ...line, zone: 'red', register: 'nt' })).toEqual(['zoneRed', 'registerNt']);
    // the heading of line 3 is the energy total
    expect(lineExplanation({ ...line, zone: null, register: null })).toEqual(['energy']);
    // other layouts' bands are not the EPS zones
    expect(lineExplanation({ ...line, zone: 'band_i', register: 'vt' })).toEqual(['registerVt']);
  });

  it('has every explanation in the three languages', () => {
    const explain = (locale: keyof typeof messages) =>
      (messages[locale] as { explain: Record<string, string> }).explain;
    const lines: Pick<BillLine, 'kind' | 'zone' | 'register'>[] = [
      ...['billing_power', 'excess_power', 'supplier_cost', 'discount', 'renewables_fee'].map((kind) => ({
        kind,
        zone: null,
        register: null,
      })),
      ...['efficiency_fee', 'excise_base', 'excise', 'vat_base', 'vat', 'vulnerable_reduction'].map(
        (kind) => ({ kind, zone: null, register: null }),
      ),
      ...['period_charge', 'tv_fee', 'reactive_energy', 'excess_reactive_energy', 'energy_and_power'].map(
        (kind) => ({ kind, zone: null, register: null }),
      ),
      { kind: 'energy', zone: 'green', register: 'single' },
      { kind: 'energy', zone: 'red', register: 'nt' },
    ];
    const keys = new Set(lines.flatMap((l) => lineExplanation(l)));
    expect(keys.size).toBeGreaterThan(18);
    for (const locale of ['en', 'sr-Cyrl', 'sr-Latn'] as const) {
      for (const key of keys) expect(explain(locale)[key], `${locale} ${key}`).toBeTruthy();
    }
    const texts = [...keys].map((key) => explain('en')[key]);
    expect(new Set(texts).size).toBe(texts.length);
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
